import { ReactNode, useMemo } from 'react';
import { ColumnConfig, SortDescriptor, Table, useTable } from '@backstage/ui';
import type { TableRow } from '../useServerTable';

/**
 * What a sortable column of a local table sorts by.
 *
 * @public
 */
export type SortValue = string | number | undefined;

/**
 * Compares two sort values: numbers as numbers, text as people read it, and a missing value after
 * every other whichever the direction, as a blank cell is no answer.
 */
export function compareSortValues(
  a: SortValue,
  b: SortValue,
  direction: SortDescriptor['direction'],
): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    return a === undefined ? 1 : -1;
  }
  const order =
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a).localeCompare(String(b), 'en', { numeric: true });
  return direction === 'descending' ? -order : order;
}

/**
 * A Backstage UI table of rows already in memory: a card's few rows or a page's figures. Rows
 * keep the order given until a sortable column (one with a `sortValues` entry) is sorted; with
 * `pageSize` a longer list shows that many rows a page.
 *
 * @public
 */
export function LocalTable<T extends object>(props: {
  columns: readonly ColumnConfig<TableRow<T>>[];
  rows: readonly T[];
  /** The row's key, unique in the table. */
  rowId: (row: T, index: number) => string;
  /** By column id, what a sortable column sorts by. */
  sortValues?: Record<string, (row: T) => SortValue>;
  initialSort?: SortDescriptor;
  /** Rows a page once there are more; every row on one page otherwise. */
  pageSize?: number;
  emptyState: ReactNode;
}) {
  const { columns, rows, rowId, sortValues, initialSort, pageSize } = props;
  const data = useMemo(
    () => rows.map((row, index) => ({ ...row, id: rowId(row, index) })),
    [rows, rowId],
  );
  const { tableProps } = useTable<TableRow<T>>({
    mode: 'complete',
    data,
    initialSort,
    sortFn: (unsorted, sort) => {
      const valueOf = sortValues?.[String(sort.column)];
      return valueOf
        ? [...unsorted].sort((a, b) =>
            compareSortValues(valueOf(a), valueOf(b), sort.direction),
          )
        : unsorted;
    },
    paginationOptions:
      pageSize && rows.length > pageSize
        ? { pageSize, pageSizeOptions: [] }
        : { type: 'none' },
  });
  return (
    <Table
      columnConfig={columns}
      {...tableProps}
      emptyState={props.emptyState}
    />
  );
}

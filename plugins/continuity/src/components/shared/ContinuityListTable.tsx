import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';
import {
  Button,
  Cell,
  ColumnConfig,
  Flex,
  Row,
  RowRenderFn,
  Table,
  Text,
} from '@backstage/ui';
import type { ContinuityList } from '@readiness/plugin-continuity-common';
import type {
  ListPage,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';
import {
  EntityPathScope,
  FilterBar,
  FilterDefinition,
  ListSearchField,
  TableEmptyText,
  TableRow,
  useServerTable,
} from '@readiness/plugin-readiness-react';
import { ContinuityCsvButton } from './ContinuityCsvButton';

/** Which rows of a table show their details, and how to open or close them. */
interface RowDetailsState {
  isOpen: (rowId: string) => boolean;
  toggle: (rowId: string) => void;
}

const RowDetailsContext = createContext<RowDetailsState | undefined>(undefined);

/**
 * The button that opens a row's details under it, in a {@link ContinuityListTable} given
 * `rowDetails`: a cell of the row places it beside what the details expand on.
 */
export function RowDetailsToggle({ rowId }: { rowId: string }) {
  const details = useContext(RowDetailsContext);
  if (!details) return null;
  const isOpen = details.isOpen(rowId);
  return (
    <Button
      size="small"
      variant="secondary"
      aria-expanded={isOpen}
      onPress={() => details.toggle(rowId)}
    >
      {isOpen ? 'Hide details' : 'Show details'}
    </Button>
  );
}

/**
 * The table's rows with a full-width row of details under each opened one (Backstage UI's table
 * has no detail panel of its own), and the state the {@link RowDetailsToggle}s read.
 */
function useRowDetails<T extends object>(
  columns: ColumnConfig<TableRow<T>>[],
  rows: TableRow<T>[] | undefined,
  render: ((row: TableRow<T>) => ReactNode) | undefined,
) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (rowId: string) =>
      setOpen(current => {
        const next = new Set(current);
        if (!next.delete(rowId)) next.add(rowId);
        return next;
      }),
    [],
  );
  const state = useMemo<RowDetailsState>(
    () => ({ isOpen: rowId => open.has(rowId), toggle }),
    [open, toggle],
  );
  return useMemo(() => {
    if (!render || !rows) return { state, data: rows };
    const detailIds = new Set<string>();
    const data = rows.flatMap(row => {
      if (!open.has(row.id)) return [row];
      const details = { ...row, id: `${row.id} details` };
      detailIds.add(details.id);
      return [row, details];
    });
    const rowConfig: RowRenderFn<TableRow<T>> = ({ item }) =>
      detailIds.has(item.id) ? (
        <Row id={item.id}>
          <Cell colSpan={columns.length}>{render(item)}</Cell>
        </Row>
      ) : (
        <Row id={item.id} columns={columns}>
          {column => column.cell(item)}
        </Row>
      );
    return { state, data, rowConfig };
  }, [columns, rows, render, open, state]);
}

/**
 * A continuity list as its pages show it: a search box and the filter bar with the CSV download
 * of what they select, the list's heading, then the table, paged, sorted and searched by the
 * backend. A sortable column's id is the name of the backend's sort.
 */
export function ContinuityListTable<T extends object>(props: {
  list: ContinuityList;
  fileName: string;
  fetchPage: (request: ListRequest) => Promise<ListPage<T>>;
  /** The row's key, unique in the list: its entity ref, say. */
  rowId: (row: T) => string;
  filterDefinitions: FilterDefinition<string>[];
  filters: Record<string, string[]>;
  onFiltersChange: (filters: Record<string, string[]>) => void;
  defaultSort?: { sort: string; order: 'asc' | 'desc' };
  title: string;
  subtitle: string;
  /** What the search box looks for, for screen readers: "Search vendors". */
  searchLabel: string;
  /** What the table says when nothing matches the search and filters. */
  emptyText: string;
  columns: ColumnConfig<TableRow<T>>[];
  /** What a row's {@link RowDetailsToggle} opens under it. */
  rowDetails?: (row: TableRow<T>) => ReactNode;
  /** More actions before the CSV download. */
  actions?: ReactNode;
  /** What stands between the filter bar and the list's heading. */
  children?: ReactNode;
}) {
  const [search, setSearch] = useState('');
  const { tableProps, lastRequest } = useServerTable(props.fetchPage, {
    base: { filters: props.filters, ...(search && { q: search }) },
    rowId: props.rowId,
    defaultSort: props.defaultSort,
  });
  const details = useRowDetails(
    props.columns,
    tableProps.data,
    props.rowDetails,
  );
  return (
    <section aria-label={props.title}>
      <FilterBar
        filters={props.filterDefinitions}
        value={props.filters}
        onChange={props.onFiltersChange}
        actions={
          <>
            {props.actions}
            <ContinuityCsvButton
              list={props.list}
              request={lastRequest}
              fileName={props.fileName}
            />
          </>
        }
      >
        <ListSearchField
          value={search}
          onChange={setSearch}
          label={props.searchLabel}
        />
      </FilterBar>
      {props.children}
      <Flex direction="column" gap="2">
        <Text as="h2" variant="title-small">
          {props.title}
        </Text>
        <Text as="p" variant="body-small" color="secondary">
          {props.subtitle}
        </Text>
      </Flex>
      <EntityPathScope>
        <RowDetailsContext.Provider value={details.state}>
          <Table
            columnConfig={props.columns}
            {...tableProps}
            data={details.data}
            rowConfig={details.rowConfig}
            emptyState={<TableEmptyText>{props.emptyText}</TableEmptyText>}
          />
        </RowDetailsContext.Provider>
      </EntityPathScope>
    </section>
  );
}

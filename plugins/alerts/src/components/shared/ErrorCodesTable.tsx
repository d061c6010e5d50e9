import { Cell, ColumnConfig, Text } from '@backstage/ui';
import { Chip } from '@material-ui/core';
import {
  LocalTable,
  SortValue,
  TableCard,
  TableEmptyText,
  TableRow,
} from '@readiness/plugin-readiness-react';
import type { ErrorCodeEntry } from '@readiness/plugin-alerts-common';
import { EntityLinks } from './links';

/** A code is one word: it is not broken at its hyphens. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** An entry's key: the catalog lists a code once per class. */
const errorCodeRowId = (entry: ErrorCodeEntry) =>
  `${entry.class} ${entry.code}`;

/** The meanings the alerts give a code, as one text. */
const describeMeanings = (entry: ErrorCodeEntry) => entry.meanings.join(' / ');

/** The error code columns; the SOPs and alerts, lists of links, do not sort. */
const errorCodeColumns: ColumnConfig<TableRow<ErrorCodeEntry>>[] = [
  {
    id: 'code',
    label: 'Code',
    isRowHeader: true,
    isSortable: true,
    minWidth: 160,
    cell: entry => (
      <Cell>
        <Text as="div" variant="body-medium">
          <code style={NO_WRAP}>{entry.code}</code>
        </Text>
      </Cell>
    ),
  },
  {
    id: 'class',
    label: 'Class',
    isSortable: true,
    cell: entry => (
      <Cell>
        <Chip size="small" variant="outlined" label={entry.class} />
      </Cell>
    ),
  },
  {
    id: 'meaning',
    label: 'Meaning',
    isSortable: true,
    minWidth: 200,
    defaultWidth: '2fr',
    cell: entry => (
      <Cell>
        <Text as="div" variant="body-medium">
          {describeMeanings(entry) || '—'}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'procedures',
    label: 'SOP',
    minWidth: 200,
    defaultWidth: '1.5fr',
    cell: entry => (
      <Cell>
        {entry.procedures.length ? (
          <EntityLinks entities={entry.procedures} limit={3} />
        ) : (
          <Text variant="body-medium" color="danger">
            none
          </Text>
        )}
      </Cell>
    ),
  },
  {
    id: 'alerts',
    label: 'Alerts',
    minWidth: 260,
    defaultWidth: '2fr',
    cell: entry => (
      <Cell>
        <EntityLinks entities={entry.alerts} limit={4} />
      </Cell>
    ),
  },
];

/** What the sortable columns sort by; a code without a meaning comes last. */
const errorCodeSortValues: Record<
  string,
  (entry: ErrorCodeEntry) => SortValue
> = {
  code: entry => entry.code,
  class: entry => entry.class,
  meaning: entry => describeMeanings(entry) || undefined,
};

/**
 * Error codes in a card under its title, each with its class, meanings, SOPs and the alerts that
 * carry it; sorted here by code, class or meaning. With `pageSize`, a long list is paged.
 */
export function ErrorCodesTable(props: {
  title: string;
  subtitle?: string;
  errorCodes: readonly ErrorCodeEntry[];
  /** Codes a page once there are more; every code on one page otherwise. */
  pageSize?: number;
  /** What the table says when there is no code to show. */
  emptyText: string;
}) {
  const { title, subtitle, errorCodes, pageSize, emptyText } = props;
  return (
    <TableCard title={title} subtitle={subtitle}>
      <LocalTable<ErrorCodeEntry>
        columns={errorCodeColumns}
        rows={errorCodes}
        rowId={errorCodeRowId}
        sortValues={errorCodeSortValues}
        pageSize={pageSize}
        emptyState={<TableEmptyText>{emptyText}</TableEmptyText>}
      />
    </TableCard>
  );
}

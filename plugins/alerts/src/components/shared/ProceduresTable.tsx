import {
  Cell,
  CellText,
  ColumnConfig,
  Table,
  Text,
  UseTableResult,
} from '@backstage/ui';
import {
  KeepDaysWhole,
  LocalTable,
  SortValue,
  TableCard,
  TableEmptyText,
  TableRow,
} from '@readiness/plugin-readiness-react';
import {
  PROCEDURE_REVIEW_STATES,
  type ProcedureRow,
} from '@readiness/plugin-alerts-common';
import { describeInterval, ReviewChip } from './chips';
import { EntityLink, EntityLinks, TechDocsLink } from './links';

const TYPE_LABELS: Record<string, string> = {
  sop: 'SOP',
  runbook: 'runbook',
  'owners-manual': "owner's manual",
  checklist: 'checklist',
  'script-template': 'script template',
};

export { TYPE_LABELS as PROCEDURE_TYPE_LABELS };

type ProcedureTableRow = TableRow<ProcedureRow>;

/** A procedure's key: its ref. */
export const procedureRowId = (procedure: ProcedureRow) => procedure.ref;

/** "reviewed 2026-03-02, every 6 months", "never reviewed". */
function describeReviews(procedure: ProcedureRow): string {
  const last = procedure.lastReviewed
    ? `reviewed ${procedure.lastReviewed}`
    : 'never reviewed';
  return procedure.reviewInterval
    ? `${last}, every ${describeInterval(procedure.reviewInterval)}`
    : last;
}

/**
 * The procedure columns. A sortable column's id is the name of the SOP library's sort
 * (`GET /procedures?sort=`), so a server-side table passes the header's sort on as it is.
 */
const procedureColumns: ColumnConfig<ProcedureTableRow>[] = [
  {
    id: 'title',
    label: 'Procedure',
    isRowHeader: true,
    isSortable: true,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <EntityLink entity={row} />
        {row.description && (
          <Text as="div" variant="body-x-small" color="secondary">
            {row.description}
          </Text>
        )}
      </Cell>
    ),
  },
  {
    id: 'type',
    label: 'Type',
    isSortable: true,
    cell: row => (
      <Cell>
        <Text as="div" variant="body-medium">
          {TYPE_LABELS[row.type] ?? row.type}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'review',
    label: 'Review',
    isSortable: true,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <ReviewChip review={row.review} />
        <Text as="div" variant="body-x-small" color="secondary">
          <KeepDaysWhole>{describeReviews(row)}</KeepDaysWhole>
        </Text>
      </Cell>
    ),
  },
  {
    id: 'owner',
    label: 'Owner',
    isSortable: true,
    cell: row => (
      <Cell>
        <EntityLink entity={row.owner} />
      </Cell>
    ),
  },
  {
    id: 'services',
    label: 'For',
    minWidth: 220,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <EntityLinks entities={row.services} limit={3} />
      </Cell>
    ),
  },
  {
    id: 'alerts',
    label: 'Alerts',
    cell: row => <CellText title={String(row.alertCount)} />,
  },
  {
    id: 'body',
    label: 'Body',
    cell: row => (
      <Cell>
        {row.hasTechDocs ? (
          <TechDocsLink entityRef={row.ref}>TechDocs</TechDocsLink>
        ) : (
          <Text variant="body-medium">inline</Text>
        )}
      </Cell>
    ),
  },
];

/** What the sortable columns sort by when every procedure is on the page, as the backend sorts. */
const procedureSortValues: Record<string, (row: ProcedureRow) => SortValue> = {
  title: row => row.title,
  type: row => row.type,
  // The most urgent state first; within it, the longest overdue first.
  review: row =>
    `${PROCEDURE_REVIEW_STATES.indexOf(row.review.state)} ${
      row.reviewDue ?? '0000-00-00'
    }`,
  owner: row => row.owner.title,
};

/** The props of a server-side procedures table, from `useServerTable`. */
type ProceduresTableProps = UseTableResult<ProcedureTableRow>['tableProps'];

/**
 * Procedures in a card under its title: either the procedures themselves, all on the page and
 * sorted here, or the `tableProps` of the SOP library, paged and sorted by the backend.
 */
export function ProceduresTable(
  props: {
    title: string;
    subtitle?: string;
    /** What the table says when there is no procedure to show. */
    emptyText: string;
  } & (
    | { procedures: readonly ProcedureRow[] }
    | { tableProps: ProceduresTableProps }
  ),
) {
  const { title, subtitle, emptyText } = props;
  const emptyState = <TableEmptyText>{emptyText}</TableEmptyText>;
  return (
    <TableCard title={title} subtitle={subtitle}>
      {'procedures' in props ? (
        <LocalTable<ProcedureRow>
          columns={procedureColumns}
          rows={props.procedures}
          rowId={procedureRowId}
          sortValues={procedureSortValues}
          emptyState={emptyState}
        />
      ) : (
        <Table
          columnConfig={procedureColumns}
          {...props.tableProps}
          emptyState={emptyState}
        />
      )}
    </TableCard>
  );
}

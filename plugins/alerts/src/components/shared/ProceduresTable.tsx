import { Table, TableColumn, TableProps } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { describeInterval, ReviewChip } from './chips';
import { EntityLink, EntityLinks, TechDocsLink } from './links';
import type { ProcedureRow } from '@readiness/plugin-alerts-common';

const TYPE_LABELS: Record<string, string> = {
  sop: 'SOP',
  runbook: 'runbook',
  'owners-manual': "owner's manual",
  checklist: 'checklist',
  'script-template': 'script template',
};

export const procedureColumns: Array<
  TableColumn<ProcedureRow> & { sortKey?: string }
> = [
  {
    title: 'Procedure',
    field: 'title',
    sortKey: 'title',
    width: '28%',
    render: row => (
      <>
        <EntityLink entity={row} />
        {row.description && (
          <Typography variant="caption" display="block" color="textSecondary">
            {row.description}
          </Typography>
        )}
      </>
    ),
  },
  {
    title: 'Type',
    field: 'type',
    sortKey: 'type',
    render: row => TYPE_LABELS[row.type] ?? row.type,
  },
  {
    title: 'Review',
    field: 'review.state',
    sortKey: 'review',
    render: row => (
      <>
        <ReviewChip review={row.review} />
        <Typography variant="caption" display="block" color="textSecondary">
          {row.lastReviewed ? `reviewed ${row.lastReviewed}` : 'never reviewed'}
          {row.reviewInterval
            ? `, every ${describeInterval(row.reviewInterval)}`
            : ''}
        </Typography>
      </>
    ),
  },
  {
    title: 'Owner',
    field: 'owner.title',
    sortKey: 'owner',
    render: row => <EntityLink entity={row.owner} />,
  },
  {
    title: 'For',
    field: 'services',
    cellStyle: { minWidth: 220 },
    render: row => <EntityLinks entities={row.services} limit={3} />,
  },
  {
    title: 'Alerts',
    field: 'alertCount',
  },
  {
    title: 'Body',
    field: 'hasTechDocs',
    render: row =>
      row.hasTechDocs ? (
        <TechDocsLink entityRef={row.ref}>TechDocs</TechDocsLink>
      ) : (
        'inline'
      ),
  },
];

export { TYPE_LABELS as PROCEDURE_TYPE_LABELS };

export function ProceduresTable(
  props: {
    procedures: ProcedureRow[];
    columns?: TableColumn<ProcedureRow>[];
  } & Omit<TableProps<ProcedureRow>, 'columns' | 'data'>,
) {
  const { procedures, columns = procedureColumns, options, ...rest } = props;
  return (
    <Table<ProcedureRow>
      columns={columns}
      data={procedures}
      options={{ padding: 'dense', search: false, ...options }}
      {...rest}
    />
  );
}

import { Table, TableColumn, TableProps } from '@backstage/core-components';
import { Chip, Typography } from '@material-ui/core';
import { EntityLinks } from './links';
import type { ErrorCodeEntry } from '@readiness/plugin-alerts-common';

const columns: TableColumn<ErrorCodeEntry>[] = [
  {
    title: 'Code',
    field: 'code',
    render: entry => (
      <Typography variant="body2">
        <code>{entry.code}</code>
      </Typography>
    ),
  },
  {
    title: 'Class',
    field: 'class',
    render: entry => (
      <Chip size="small" variant="outlined" label={entry.class} />
    ),
  },
  {
    title: 'Meaning',
    field: 'meanings',
    cellStyle: { minWidth: 200 },
    render: entry => entry.meanings.join(' / ') || '—',
  },
  {
    title: 'SOP',
    field: 'procedures',
    cellStyle: { minWidth: 200 },
    render: entry =>
      entry.procedures.length ? (
        <EntityLinks entities={entry.procedures} limit={3} />
      ) : (
        <Typography variant="body2" color="error">
          none
        </Typography>
      ),
  },
  {
    title: 'Alerts',
    field: 'alerts',
    cellStyle: { minWidth: 260 },
    render: entry => <EntityLinks entities={entry.alerts} limit={4} />,
  },
];

export function ErrorCodesTable(
  props: { errorCodes: ErrorCodeEntry[] } & Omit<
    TableProps<ErrorCodeEntry>,
    'columns' | 'data'
  >,
) {
  const { errorCodes, options, ...rest } = props;
  return (
    <Table<ErrorCodeEntry>
      columns={columns}
      data={errorCodes}
      options={{ padding: 'dense', search: false, ...options }}
      {...rest}
    />
  );
}

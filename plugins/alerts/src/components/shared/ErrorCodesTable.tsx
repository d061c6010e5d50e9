import { Table, TableColumn, TableProps } from '@backstage/core-components';
import { Chip, Typography } from '@material-ui/core';
import type { ErrorCodeEntry } from '@readiness/plugin-readiness-common';
import { EntityLinks } from './links';

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
    width: '30%',
    render: entry => entry.meanings.join(' / ') || '—',
  },
  {
    title: 'SOP',
    field: 'procedures',
    render: entry =>
      entry.procedures.length ? (
        <EntityLinks entities={entry.procedures} />
      ) : (
        <Typography variant="body2" color="error">
          none
        </Typography>
      ),
  },
  {
    title: 'Alerts',
    field: 'alerts',
    width: '30%',
    render: entry => <EntityLinks entities={entry.alerts} />,
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

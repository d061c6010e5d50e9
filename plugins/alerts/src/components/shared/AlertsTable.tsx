import { Table, TableColumn, TableProps } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { SeverityChip } from '@readiness/plugin-readiness-react';
import { EntityLink } from './links';
import type { AlertSummary } from '@readiness/plugin-alerts-common';
import { EntityPathScope } from '@readiness/plugin-readiness-react';

/** The alert columns; `sortKey` names the server-side sort a column header asks for. */
export const alertColumns: Array<
  TableColumn<AlertSummary> & { sortKey?: string }
> = [
  {
    title: 'Alert',
    field: 'title',
    sortKey: 'title',
    width: '24%',
    render: alert => <EntityLink entity={alert} />,
  },
  {
    title: 'Severity',
    field: 'severity',
    sortKey: 'severity',
    render: alert => (
      <>
        <SeverityChip severity={alert.severity} />
        <Typography variant="caption" display="block" color="textSecondary">
          {alert.paging ? 'pages' : 'does not page'}
        </Typography>
      </>
    ),
  },
  {
    title: 'Type',
    field: 'type',
    sortKey: 'type',
    render: alert => `${alert.type} · ${alert.source}`,
  },
  {
    title: 'Monitors',
    field: 'monitors.title',
    sortKey: 'monitors',
    render: alert => (
      <>
        <EntityLink entity={alert.monitors} />
        {alert.cutoff && (
          <Typography variant="caption" display="block" color="textSecondary">
            cutoff {alert.cutoff}
            {alert.timezone ? ` ${alert.timezone}` : ''}
          </Typography>
        )}
      </>
    ),
  },
  {
    title: 'Owner',
    field: 'owner.title',
    sortKey: 'owner',
    render: alert => <EntityLink entity={alert.owner} />,
  },
  {
    title: 'Domain',
    field: 'domain.title',
    sortKey: 'domain',
    render: alert => alert.domain?.title ?? '—',
  },
  {
    title: 'SOP',
    field: 'procedure.title',
    cellStyle: { minWidth: 180 },
    render: alert =>
      alert.procedure ? (
        <EntityLink entity={alert.procedure} />
      ) : (
        <Typography variant="body2" color="error">
          none
        </Typography>
      ),
  },
  {
    title: 'PagerDuty',
    field: 'pagerDutyServiceId',
    render: alert => {
      if (alert.pagerDutyService) {
        return <EntityLink entity={alert.pagerDutyService} />;
      }
      return (
        <Typography
          variant="body2"
          color={alert.paging ? 'error' : 'textSecondary'}
        >
          {alert.pagerDutyServiceId
            ? `${alert.pagerDutyServiceId} (not in the catalog)`
            : 'none'}
        </Typography>
      );
    },
  },
];

/** Alerts in a table; the catalog page passes server-side paging props. */
export function AlertsTable(
  props: {
    alerts: AlertSummary[];
    columns?: TableColumn<AlertSummary>[];
  } & Omit<TableProps<AlertSummary>, 'columns' | 'data'>,
) {
  const { alerts, columns = alertColumns, options, ...rest } = props;
  return (
    <EntityPathScope>
      <Table<AlertSummary>
        columns={columns}
        data={alerts}
        options={{ padding: 'dense', search: false, ...options }}
        {...rest}
      />
    </EntityPathScope>
  );
}

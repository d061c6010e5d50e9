import type { ReactNode } from 'react';
import {
  Cell,
  CellText,
  ColumnConfig,
  SortState,
  Table,
  TablePaginationType,
  Text,
} from '@backstage/ui';
import {
  EntityPathScope,
  SeverityChip,
} from '@readiness/plugin-readiness-react';
import type { AlertSummary } from '@readiness/plugin-alerts-common';
import { EntityLink } from './links';

/** An alert as a table row: its ref is its key. */
type AlertRow = AlertSummary & { id: string };

/**
 * The alert columns. A sortable column's id is the name of the backend's sort (`GET /?sort=`),
 * so the catalog passes the header's sort on as it is.
 */
const alertColumns: ColumnConfig<AlertRow>[] = [
  {
    id: 'title',
    label: 'Alert',
    isRowHeader: true,
    isSortable: true,
    defaultWidth: '2fr',
    cell: alert => (
      <Cell>
        <EntityLink entity={alert} />
      </Cell>
    ),
  },
  {
    id: 'severity',
    label: 'Severity',
    isSortable: true,
    cell: alert => (
      <Cell>
        <SeverityChip severity={alert.severity} />
        <Text as="div" variant="body-x-small" color="secondary">
          {alert.paging ? 'pages' : 'does not page'}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'type',
    label: 'Type',
    isSortable: true,
    cell: alert => (
      <Cell>
        <Text as="div" variant="body-medium">
          {alert.type}
        </Text>
        <Text as="div" variant="body-x-small" color="secondary">
          {alert.source}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'monitors',
    label: 'Monitors',
    isSortable: true,
    defaultWidth: '1.5fr',
    cell: alert => (
      <Cell>
        <EntityLink entity={alert.monitors} />
        {alert.cutoff && (
          <Text as="div" variant="body-x-small" color="secondary">
            cutoff {alert.cutoff}
            {alert.timezone ? ` ${alert.timezone}` : ''}
          </Text>
        )}
      </Cell>
    ),
  },
  {
    id: 'owner',
    label: 'Owner',
    isSortable: true,
    cell: alert => (
      <Cell>
        <EntityLink entity={alert.owner} />
      </Cell>
    ),
  },
  {
    id: 'domain',
    label: 'Domain',
    isSortable: true,
    cell: alert => <CellText title={alert.domain?.title ?? '—'} />,
  },
  {
    id: 'procedure',
    label: 'SOP',
    defaultWidth: '1.5fr',
    cell: alert => (
      <Cell>
        {alert.procedure ? (
          <EntityLink entity={alert.procedure} />
        ) : (
          <Text variant="body-small" color="danger">
            none
          </Text>
        )}
      </Cell>
    ),
  },
  {
    id: 'pagerDuty',
    label: 'PagerDuty',
    cell: alert => (
      <Cell>
        {alert.pagerDutyService ? (
          <EntityLink entity={alert.pagerDutyService} />
        ) : (
          <Text
            variant="body-small"
            color={alert.paging ? 'danger' : 'secondary'}
          >
            {alert.pagerDutyServiceId
              ? `${alert.pagerDutyServiceId} (not in the catalog)`
              : 'none'}
          </Text>
        )}
      </Cell>
    ),
  },
];

/**
 * Alerts in a Backstage UI table, their entity links resolved once for the table. The catalog
 * passes the backend's paging and sort; without them every alert is shown, unsorted.
 */
export function AlertsTable(props: {
  alerts: readonly AlertSummary[];
  pagination?: TablePaginationType;
  sort?: SortState;
  /** Nothing to show yet: the first answer is on its way. */
  isPending?: boolean;
  /** The rows shown are the previous answer's while the next is asked for. */
  isStale?: boolean;
  emptyState: ReactNode;
}) {
  const { alerts, pagination = { type: 'none' }, ...rest } = props;
  return (
    <EntityPathScope>
      <Table<AlertRow>
        columnConfig={alertColumns}
        data={alerts.map(alert => ({ ...alert, id: alert.ref }))}
        pagination={pagination}
        {...rest}
      />
    </EntityPathScope>
  );
}

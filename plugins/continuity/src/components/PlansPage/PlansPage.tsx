import { Cell, ColumnConfig, Flex, Text } from '@backstage/ui';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { Content } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Chip } from '@material-ui/core';
import { CRITICALITIES } from '@readiness/plugin-readiness-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { CriticalityChip, StandingChip } from '../shared/chips';
import { ContinuityCsvButton } from '../shared/ContinuityCsvButton';
import { ContinuityListTable } from '../shared/ContinuityListTable';
import { PrintLink } from '../shared/PrintLink';
import { RtoConflictTable, rtoConflictId } from '../shared/RtoConflictList';
import {
  FilterDefinition,
  optionsOf,
  formatIsoDuration,
  TableRow,
  useServerTable,
  KeepDaysWhole,
} from '@readiness/plugin-readiness-react';
import { RecordRef } from '../shared/RecordRef';
import { LastExercise } from '../shared/LastExercise';
import {
  ContinuityPlanRow,
  DUE_STANDINGS,
  PLAN_FILTER_FIELDS,
  PlanFilterField,
  RECOVERY_STATUS_LABELS,
  RECOVERY_STATUSES,
  RecoveryStatus,
  REVIEW_STANDING_LABELS,
} from '@readiness/plugin-continuity-common';
import { RecoveryOverview } from '../RecoveryEvidence';
import { RecoveryStatusText } from '../shared/RecoveryStatusText';
import { ListRequest } from '@readiness/plugin-readiness-api-common';

const FILTERS: FilterDefinition<PlanFilterField>[] = [
  {
    field: 'criticality',
    label: 'Criticality',
    options: optionsOf(CRITICALITIES),
  },
  {
    field: 'standing',
    label: 'Review or table-top',
    options: DUE_STANDINGS.map(value => ({
      value,
      label: REVIEW_STANDING_LABELS[value],
    })),
  },
  {
    field: 'rtoConflict',
    label: 'RTO conflicts',
    options: [
      { value: 'true', label: 'With RTO conflicts' },
      { value: 'false', label: 'Without' },
    ],
  },
  {
    field: 'recovery',
    label: 'Recovery',
    options: RECOVERY_STATUSES.map(value => ({
      value,
      label: RECOVERY_STATUS_LABELS[value],
    })),
  },
];

/** The plans' columns; a sortable column's id is the name of the backend's sort. */
const columns: ColumnConfig<TableRow<ContinuityPlanRow>>[] = [
  {
    id: 'title',
    label: 'Plan',
    isRowHeader: true,
    isSortable: true,
    minWidth: 170,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <Flex align="start" justify="between" gap="1">
          <RecordRef entityRef={row.ref}>{row.title}</RecordRef>
          <PrintLink kind="plan" entityRef={row.ref} />
        </Flex>
        <Text as="div" variant="body-x-small" color="secondary">
          {row.function}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'owner',
    label: 'Owner',
    minWidth: 140,
    cell: row => (
      <Cell>
        <RecordRef entityRef={row.owner} defaultKind="group" />
      </Cell>
    ),
  },
  {
    id: 'criticality',
    label: 'Criticality',
    isSortable: true,
    minWidth: 130,
    cell: row => (
      <Cell>
        <CriticalityChip criticality={row.criticality} />
      </Cell>
    ),
  },
  {
    id: 'rto',
    label: 'RTO / RPO / MTPD',
    isSortable: true,
    minWidth: 190,
    cell: row => (
      <Cell>
        <Text as="div" variant="body-medium">
          {formatIsoDuration(row.rto)} / {formatIsoDuration(row.rpo)} /{' '}
          {row.mtpd ? formatIsoDuration(row.mtpd) : '—'}
        </Text>
      </Cell>
    ),
  },
  {
    // The plan's own review and its annual table-top, each with where it stands.
    id: 'nextReview',
    label: 'Reviews',
    isSortable: true,
    minWidth: 180,
    cell: row => (
      <Cell>
        <Flex direction="column" align="start" gap="2">
          <Flex direction="column" align="start" gap="1">
            <Text as="div" variant="body-small">
              Plan, last{' '}
              {row.lastReviewed ? (
                <KeepDaysWhole>{row.lastReviewed}</KeepDaysWhole>
              ) : (
                'never'
              )}
            </Text>
            <StandingChip standing={row.review.standing} due={row.review.due} />
          </Flex>
          <Flex direction="column" align="start" gap="1">
            <Text as="div" variant="body-small">
              Table-top, last{' '}
              {row.tableTop.lastHeld ? (
                <KeepDaysWhole>{row.tableTop.lastHeld}</KeepDaysWhole>
              ) : (
                'never'
              )}
            </Text>
            <StandingChip
              standing={row.tableTop.standing}
              due={row.tableTop.due}
            />
          </Flex>
        </Flex>
      </Cell>
    ),
  },
  {
    // What the status is judged on beside it: the RTO conflicts and the latest exercise.
    id: 'recovery',
    label: 'Recovery',
    isSortable: true,
    minWidth: 150,
    cell: row => (
      <Cell>
        <Flex direction="column" align="start" gap="1">
          <RecoveryStatusText status={row.recovery} />
          {row.rtoConflicts > 0 ? (
            <Chip
              size="small"
              color="secondary"
              label={`${row.rtoConflicts} RTO conflict${
                row.rtoConflicts > 1 ? 's' : ''
              }`}
            />
          ) : (
            <Text as="div" variant="body-x-small" color="secondary">
              no RTO conflict
            </Text>
          )}
          <Text as="div" variant="body-x-small" color="secondary">
            Last exercise
          </Text>
          <LastExercise exercise={row.lastExercise} />
        </Flex>
      </Cell>
    ),
  },
];

const planRowId = (row: ContinuityPlanRow) => row.ref;

const NO_FILTERS = {};

const WIDEST_GAP_FIRST = { sort: 'gap', order: 'desc' } as const;

/** Every RTO conflict, widest gap first, with the chain that causes it. */
function RtoConflicts() {
  const api = useApi(continuityApiRef);
  const fetchPage = useCallback(
    (request: ListRequest) => api.listRtoConflicts(request),
    [api],
  );
  const { tableProps, lastRequest } = useServerTable(fetchPage, {
    base: NO_FILTERS,
    rowId: rtoConflictId,
    defaultSort: WIDEST_GAP_FIRST,
  });
  return (
    <Box mt={4}>
      <RtoConflictTable
        title="RTO conflicts: dependencies slower than the plan that needs them"
        tableProps={tableProps}
        actions={
          <ContinuityCsvButton
            list="rto-conflicts"
            request={lastRequest}
            fileName="rto-conflicts.csv"
          />
        }
      />
    </Box>
  );
}

/** How many plans are in each recovery status, from the list's own filter. */
function PlansByRecovery() {
  const api = useApi(continuityApiRef);
  const { value } = useAsync(async () => {
    const totals = await Promise.all(
      RECOVERY_STATUSES.map(status =>
        api.listPlans({ filters: { recovery: [status] }, limit: 1 }),
      ),
    );
    return Object.fromEntries(
      RECOVERY_STATUSES.map((status, i) => [status, totals[i].total]),
    ) as Record<RecoveryStatus, number>;
  }, [api]);
  return value ? (
    <Box mb={2}>
      <RecoveryOverview counts={value} />
    </Box>
  ) : null;
}

/**
 * The list's filters, kept in the page's address (`?recovery=breached&criticality=critical`)
 * so the overview and the home page can link to a filtered list.
 */
function useAddressFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const chosen: Record<string, string[]> = {};
    for (const field of PLAN_FILTER_FIELDS) {
      const values = params.getAll(field);
      if (values.length > 0) chosen[field] = values;
    }
    return chosen;
  }, [params]);
  const setFilters = useCallback(
    (next: Record<string, string[]>) => {
      const nextParams = new URLSearchParams();
      for (const [field, values] of Object.entries(next)) {
        for (const value of values) nextParams.append(field, value);
      }
      setParams(nextParams, { replace: true });
    },
    [setParams],
  );
  return [filters, setFilters] as const;
}

export function PlansPage() {
  const api = useApi(continuityApiRef);
  const [filters, setFilters] = useAddressFilters();
  const fetchPage = useCallback(
    (request: ListRequest) => api.listPlans(request),
    [api],
  );
  return (
    <Content>
      <PlansByRecovery />
      <ContinuityListTable<ContinuityPlanRow>
        list="plans"
        fileName="continuity-plans.csv"
        fetchPage={fetchPage}
        filterDefinitions={FILTERS}
        filters={filters}
        onFiltersChange={setFilters}
        rowId={planRowId}
        title="Continuity plans"
        subtitle="One plan per business function, with its business-impact analysis, reviews and exercises"
        searchLabel="Search plans"
        emptyText="No plan matches the search and filters."
        columns={columns}
      />
      <RtoConflicts />
    </Content>
  );
}

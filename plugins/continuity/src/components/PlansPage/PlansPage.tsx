import { Flex } from '@backstage/ui';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { Content, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Chip, Typography } from '@material-ui/core';
import { CRITICALITIES } from '@readiness/plugin-readiness-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { CriticalityChip, StandingChip } from '../shared/chips';
import { ContinuityCsvButton } from '../shared/ContinuityCsvButton';
import { ContinuityListTable } from '../shared/ContinuityListTable';
import { PrintLink } from '../shared/PrintLink';
import { RtoConflictTable } from '../shared/RtoConflictList';
import {
  FilterDefinition,
  optionsOf,
  useServerList,
  formatIsoDuration,
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
import { wrapBetweenWords } from '../shared/wrapBetweenWords';
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

const columns: TableColumn<ContinuityPlanRow>[] = (
  [
    {
      title: 'Plan',
      field: 'title',
      // Room for a plan title's longest word beside the print link.
      cellStyle: { minWidth: 180 },
      render: row => (
        <Box display="flex" flexDirection="column">
          <Box
            display="flex"
            alignItems="flex-start"
            justifyContent="space-between"
            style={{ gap: 4 }}
          >
            <RecordRef entityRef={row.ref} />
            <PrintLink kind="plan" entityRef={row.ref} />
          </Box>
          <Typography variant="caption" color="textSecondary">
            {row.function}
          </Typography>
        </Box>
      ),
    },
    {
      title: 'Owner',
      sorting: false,
      render: row => <RecordRef entityRef={row.owner} defaultKind="group" />,
    },
    {
      title: 'Criticality',
      field: 'criticality',
      width: '96px',
      render: row => <CriticalityChip criticality={row.criticality} />,
    },
    {
      title: 'RTO / RPO / MTPD',
      field: 'rto',
      render: row => (
        <Typography variant="body2">
          {formatIsoDuration(row.rto)} / {formatIsoDuration(row.rpo)} /{' '}
          {row.mtpd ? formatIsoDuration(row.mtpd) : '—'}
        </Typography>
      ),
    },
    {
      // The plan's own review and its annual table-top, each with where it stands.
      title: 'Reviews',
      field: 'nextReview',
      render: row => (
        <Flex direction="column" align="start" gap="2">
          <Flex direction="column" align="start" gap="1">
            <Typography variant="body2">
              Plan, last {row.lastReviewed ?? 'never'}
            </Typography>
            <StandingChip standing={row.review.standing} due={row.review.due} />
          </Flex>
          <Flex direction="column" align="start" gap="1">
            <Typography variant="body2">
              Table-top, last {row.tableTop.lastHeld ?? 'never'}
            </Typography>
            <StandingChip
              standing={row.tableTop.standing}
              due={row.tableTop.due}
            />
          </Flex>
        </Flex>
      ),
    },
    {
      // What the status is judged on beside it: the RTO conflicts and the latest exercise.
      title: 'Recovery',
      field: 'recovery',
      cellStyle: { minWidth: 200 },
      render: row => (
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
            <Typography variant="caption" color="textSecondary">
              no RTO conflict
            </Typography>
          )}
          <Typography variant="caption" color="textSecondary">
            Last exercise
          </Typography>
          <LastExercise exercise={row.lastExercise} />
        </Flex>
      ),
    },
  ] as TableColumn<ContinuityPlanRow>[]
).map(wrapBetweenWords);

const NO_FILTERS = {};

/** Every RTO conflict, widest gap first, with the chain that causes it. */
function RtoConflicts() {
  const api = useApi(continuityApiRef);
  const fetchPage = useCallback(
    (request: ListRequest) => api.listRtoConflicts(request),
    [api],
  );
  const { data, lastRequest } = useServerList(fetchPage, NO_FILTERS, {
    sort: 'gap',
    order: 'desc',
  });
  return (
    <Box mt={3}>
      <Box display="flex" justifyContent="flex-end" mb={1}>
        <ContinuityCsvButton
          list="rto-conflicts"
          request={lastRequest}
          fileName="rto-conflicts.csv"
        />
      </Box>
      <RtoConflictTable
        title="RTO conflicts: dependencies slower than the plan that needs them"
        conflicts={data}
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
        title="Continuity plans"
        subtitle="One plan per business function, with its business-impact analysis, reviews and exercises"
        columns={columns}
      />
      <RtoConflicts />
    </Content>
  );
}

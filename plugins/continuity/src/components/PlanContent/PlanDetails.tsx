import { InfoCard } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { Box, Grid, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
import {
  COMMUNICATION_AUDIENCES,
  ContinuityImpact,
  ContinuityPlanEntity,
  ContinuityScenario,
  IMPACT_DIMENSIONS,
} from '@readiness/plugin-readiness-common';
import {
  LIST_PAGING,
  LocalTable,
  RecordMarkdown,
  TableCard,
  TableEmptyText,
  TableRow,
  WrappingTextCell,
  formatIsoDuration,
} from '@readiness/plugin-readiness-react';
import { CriticalityChip, ResultChip, StandingChip } from '../shared/chips';
import { FieldList } from '../shared/FieldList';
import { PersonCell } from '../shared/PersonCell';
import { ProvenanceCard } from '../shared/ProvenanceCard';
import {
  findingsAndActions,
  recoveryTimesColumn,
} from '../shared/RecoveryTimes';
import {
  RtoConflictTable,
  stepsAwayColumn,
  throughColumn,
} from '../shared/RtoConflictList';
import { BiaChart } from './BiaChart';
import { OnCallNow } from './OnCallNow';
import { RecordRef } from '../shared/RecordRef';
import { LastExercise } from '../shared/LastExercise';
import {
  ExerciseRow,
  PlanDependency,
  PlanDetail,
} from '@readiness/plugin-continuity-common';
import { RecoveryEvidenceCard } from '../RecoveryEvidence';

type Spec = ContinuityPlanEntity['spec'];
type CallTreeEntry = NonNullable<Spec['callTree']>[number];
type Communication = NonNullable<Spec['communications']>[number];
type Approval = NonNullable<Spec['approvals']>[number];
type TeamMember = NonNullable<Spec['emergencyTeam']>[number];

const isGroup = (ref: string) => {
  try {
    return (
      parseEntityRef(ref, { defaultKind: 'user' }).kind.toLocaleLowerCase(
        'en-US',
      ) === 'group'
    );
  } catch {
    return false;
  }
};

/** Room for the e-mail address under a person's name, which does not wrap. */
const PERSON_COLUMN_WIDTH = 220;

/** The lists of a plan record have no key of their own: a row is keyed by its place. */
const byPosition = (_row: object, index: number) => String(index);

const byRef = (row: { ref: string }) => row.ref;

const impactColumns: ColumnConfig<TableRow<ContinuityImpact>>[] = [
  {
    id: 'after',
    label: 'After',
    isRowHeader: true,
    minWidth: 100,
    cell: row => <CellText title={formatIsoDuration(row.after)} />,
  },
  ...IMPACT_DIMENSIONS.map(
    (dimension): ColumnConfig<TableRow<ContinuityImpact>> => ({
      id: dimension,
      label: dimension,
      minWidth: 135,
      cell: row => <CellText title={row[dimension] ?? '—'} />,
    }),
  ),
  {
    id: 'description',
    label: 'What happens',
    minWidth: 240,
    defaultWidth: '5fr',
    cell: row => <WrappingTextCell>{row.description}</WrappingTextCell>,
  },
];

const scenarioColumns: ColumnConfig<TableRow<ContinuityScenario>>[] = [
  {
    id: 'name',
    label: 'Scenario',
    isRowHeader: true,
    minWidth: 160,
    defaultWidth: '1.5fr',
    cell: row => <WrappingTextCell>{row.name}</WrappingTextCell>,
  },
  {
    id: 'type',
    label: 'Party',
    minWidth: 110,
    cell: row => <CellText title={row.type} />,
  },
  {
    id: 'vendor',
    label: 'Vendor',
    minWidth: 150,
    defaultWidth: '1.5fr',
    cell: row =>
      row.vendor ? (
        <Cell>
          <RecordRef entityRef={row.vendor} />
        </Cell>
      ) : (
        <CellText title="—" />
      ),
  },
  {
    id: 'response',
    label: 'Response',
    minWidth: 240,
    defaultWidth: '3fr',
    cell: row => (
      <Cell>
        <RecordMarkdown content={row.response} />
      </Cell>
    ),
  },
  {
    id: 'alternative',
    label: 'Alternative',
    minWidth: 150,
    defaultWidth: '1.5fr',
    cell: row => <WrappingTextCell>{row.alternative ?? '—'}</WrappingTextCell>,
  },
];

const exerciseColumns: ColumnConfig<TableRow<ExerciseRow>>[] = [
  {
    id: 'date',
    label: 'Date',
    minWidth: 105,
    cell: row => <CellText title={row.date} />,
  },
  {
    id: 'exercise',
    label: 'Exercise',
    isRowHeader: true,
    minWidth: 200,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <RecordRef entityRef={row.ref} />
      </Cell>
    ),
  },
  {
    id: 'type',
    label: 'Type',
    minWidth: 110,
    cell: row => <CellText title={row.type} />,
  },
  {
    id: 'result',
    label: 'Result',
    // As wide as the widest chip, "passed-with-findings".
    minWidth: 165,
    cell: row => (
      <Cell>
        <ResultChip result={row.result} />
      </Cell>
    ),
  },
  recoveryTimesColumn,
  {
    id: 'findings',
    label: 'Findings and actions',
    minWidth: 170,
    cell: row => <WrappingTextCell>{findingsAndActions(row)}</WrappingTextCell>,
  },
];

const dependencyColumns: ColumnConfig<TableRow<PlanDependency>>[] = [
  stepsAwayColumn,
  {
    id: 'ref',
    label: 'Depends on',
    isRowHeader: true,
    minWidth: 180,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <RecordRef entityRef={row.ref} />
      </Cell>
    ),
  },
  {
    id: 'objective',
    label: 'Recovery time',
    minWidth: 180,
    defaultWidth: '1.5fr',
    cell: row =>
      row.objective ? (
        <Cell>
          <Text as="div" variant="body-medium">
            {formatIsoDuration(row.objective.duration)}
          </Text>
          <Text as="div" variant="body-x-small" color="secondary">
            {row.objective.basis === 'vendor-max-tolerable-outage' ? (
              'maximum tolerable outage'
            ) : (
              <>
                RTO of <RecordRef entityRef={row.objective.source} />
              </>
            )}
          </Text>
        </Cell>
      ) : (
        <CellText title="—" />
      ),
  },
  throughColumn,
];

const dependencySortValues = { depth: (row: PlanDependency) => row.depth };

/** A continuity plan in full: BIA, scenarios, people, communications, approvals, exercises. */
export function PlanDetails({ detail }: { detail: PlanDetail }) {
  const { plan, status, people } = detail;
  const { spec } = plan;

  const personCell = (ref: string | undefined) =>
    ref ? (
      <Cell>
        <PersonCell entityRef={ref} people={people} />
      </Cell>
    ) : (
      <CellText title="—" />
    );
  const teamColumns: ColumnConfig<TableRow<TeamMember>>[] = [
    {
      id: 'role',
      label: 'Role',
      isRowHeader: true,
      minWidth: 120,
      cell: row => <WrappingTextCell>{row.role}</WrappingTextCell>,
    },
    {
      id: 'member',
      label: 'Member',
      minWidth: PERSON_COLUMN_WIDTH,
      defaultWidth: '1.5fr',
      cell: row => personCell(row.member),
    },
  ];
  const callTreeColumns: ColumnConfig<TableRow<CallTreeEntry>>[] = [
    {
      id: 'order',
      label: 'Order',
      minWidth: 64,
      defaultWidth: 64,
      cell: row => <CellText title={String(row.order)} />,
    },
    {
      id: 'role',
      label: 'Role',
      minWidth: 100,
      cell: row => <WrappingTextCell>{row.role}</WrappingTextCell>,
    },
    {
      id: 'member',
      label: 'Call',
      isRowHeader: true,
      minWidth: PERSON_COLUMN_WIDTH,
      defaultWidth: '1.5fr',
      cell: row => personCell(row.member),
    },
    {
      id: 'onCallNow',
      label: 'On call now',
      minWidth: 130,
      defaultWidth: '1.5fr',
      cell: row => (
        <Cell>
          {isGroup(row.member) ? (
            <OnCallNow groupRef={row.member} />
          ) : (
            <Text as="div" variant="body-x-small" color="secondary">
              a person: call them directly
            </Text>
          )}
        </Cell>
      ),
    },
  ];
  const communicationColumns: ColumnConfig<TableRow<Communication>>[] = [
    {
      id: 'audience',
      label: 'Audience',
      isRowHeader: true,
      minWidth: 120,
      cell: row => <CellText title={row.audience} />,
    },
    {
      id: 'channel',
      label: 'Channel',
      minWidth: 140,
      cell: row => <WrappingTextCell>{row.channel}</WrappingTextCell>,
    },
    {
      id: 'owner',
      label: 'Owner',
      minWidth: PERSON_COLUMN_WIDTH,
      defaultWidth: '1.5fr',
      cell: row => personCell(row.owner),
    },
    {
      id: 'within',
      label: 'Within',
      minWidth: 110,
      cell: row => (
        <CellText title={row.within ? formatIsoDuration(row.within) : '—'} />
      ),
    },
    {
      id: 'message',
      label: 'Message',
      minWidth: 240,
      defaultWidth: '3fr',
      cell: row => <WrappingTextCell>{row.message}</WrappingTextCell>,
    },
  ];
  const approvalColumns: ColumnConfig<TableRow<Approval>>[] = [
    {
      id: 'approver',
      label: 'Approver',
      isRowHeader: true,
      minWidth: PERSON_COLUMN_WIDTH,
      defaultWidth: '1.5fr',
      cell: row => personCell(row.approver),
    },
    {
      id: 'role',
      label: 'Role',
      minWidth: 120,
      cell: row => <WrappingTextCell>{row.role}</WrappingTextCell>,
    },
    {
      id: 'date',
      label: 'Date',
      minWidth: 105,
      cell: row => <CellText title={row.date} />,
    },
  ];
  const callTree = [...(spec.callTree ?? [])].sort((a, b) => a.order - b.order);
  const communications = [...(spec.communications ?? [])].sort(
    (a, b) =>
      COMMUNICATION_AUDIENCES.indexOf(a.audience) -
      COMMUNICATION_AUDIENCES.indexOf(b.audience),
  );

  return (
    <Grid container spacing={3}>
      {detail.rtoConflicts.length > 0 && (
        <Grid item xs={12}>
          <Alert severity="error">
            The RTO of {formatIsoDuration(spec.bia.rto)} is shorter than the
            recovery time of {detail.rtoConflicts.length} of the things this
            function depends on: it cannot be back in time if they take as long
            as their own records allow.
          </Alert>
        </Grid>
      )}
      <Grid item xs={12} md={6}>
        <InfoCard title="Business function" subheader={spec.function}>
          <FieldList
            fields={[
              {
                label: 'Criticality',
                value: <CriticalityChip criticality={spec.criticality} />,
              },
              {
                label: 'Owner',
                value: <RecordRef entityRef={spec.owner} defaultKind="group" />,
              },
              { label: 'RTO', value: formatIsoDuration(spec.bia.rto) },
              { label: 'RPO', value: formatIsoDuration(spec.bia.rpo) },
              {
                label: 'MTPD',
                value: spec.bia.mtpd && formatIsoDuration(spec.bia.mtpd),
              },
              {
                label: 'Review interval',
                value:
                  spec.reviewInterval && formatIsoDuration(spec.reviewInterval),
              },
              {
                label: 'Plan review',
                value: (
                  <Box
                    display="flex"
                    flexDirection="column"
                    alignItems="flex-start"
                    style={{ gap: 4 }}
                  >
                    <Typography variant="body2">
                      last {spec.lastReviewed ?? 'never'}
                    </Typography>
                    <StandingChip
                      standing={status.review.standing}
                      due={status.review.due}
                    />
                  </Box>
                ),
              },
              {
                label: 'Annual table-top',
                value: (
                  <Box
                    display="flex"
                    flexDirection="column"
                    alignItems="flex-start"
                    style={{ gap: 4 }}
                  >
                    <Typography variant="body2">
                      last {status.tableTop.lastHeld ?? 'never'}
                    </Typography>
                    <StandingChip
                      standing={status.tableTop.standing}
                      due={status.tableTop.due}
                    />
                  </Box>
                ),
              },
              {
                label: 'Last exercise',
                value: <LastExercise exercise={status.lastExercise} />,
              },
              {
                label: 'Covers',
                wide: true,
                value: (
                  <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
                    {spec.covers.map(ref => (
                      <RecordRef key={ref} entityRef={ref} />
                    ))}
                  </Box>
                ),
              },
              {
                label: 'Recovery procedures',
                wide: true,
                value: (spec.recoveryProcedures ?? []).length > 0 && (
                  <Box display="flex" flexDirection="column">
                    {(spec.recoveryProcedures ?? []).map(ref => (
                      <RecordRef key={ref} entityRef={ref} />
                    ))}
                  </Box>
                ),
              },
            ]}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard
          title="Business-impact analysis"
          subheader="Impact of an outage over time"
        >
          {(spec.bia.impacts ?? []).length > 0 ? (
            <BiaChart
              impacts={spec.bia.impacts!}
              rto={spec.bia.rto}
              mtpd={spec.bia.mtpd}
            />
          ) : (
            <Typography variant="body2" color="textSecondary">
              No impacts over time recorded.
            </Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <RecoveryEvidenceCard
          namespace={plan.metadata.namespace ?? 'default'}
          name={plan.metadata.name}
        />
      </Grid>
      {/* Below the function's RTO and last exercise, which the alert above already weighs. */}
      {detail.rtoConflicts.length > 0 && (
        <Grid item xs={12}>
          <RtoConflictTable
            title="RTO conflicts"
            conflicts={detail.rtoConflicts}
            showPlan={false}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <TableCard title="Impact over time">
          <LocalTable<ContinuityImpact>
            columns={impactColumns}
            rows={spec.bia.impacts ?? []}
            rowId={byPosition}
            emptyState={
              <TableEmptyText>
                The business-impact analysis rates no impact over time.
              </TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12}>
        <TableCard title="Scenarios: first and third party">
          <LocalTable<ContinuityScenario>
            columns={scenarioColumns}
            rows={spec.scenarios ?? []}
            rowId={byPosition}
            emptyState={
              <TableEmptyText>The plan names no scenario.</TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12} md={5}>
        <TableCard title="Emergency response team">
          <LocalTable<TeamMember>
            columns={teamColumns}
            rows={spec.emergencyTeam ?? []}
            rowId={byPosition}
            emptyState={
              <TableEmptyText>
                The plan names no emergency response team.
              </TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12} md={7}>
        <TableCard
          title="Call tree"
          subtitle="In order; a squad means whoever is on call for it"
        >
          <LocalTable<CallTreeEntry>
            columns={callTreeColumns}
            rows={callTree}
            rowId={byPosition}
            emptyState={
              <TableEmptyText>The plan has no call tree.</TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12}>
        <TableCard title="Crisis communications by audience">
          <LocalTable<Communication>
            columns={communicationColumns}
            rows={communications}
            rowId={byPosition}
            emptyState={
              <TableEmptyText>
                The plan names no audience to tell in a crisis.
              </TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <TableCard title="Approvals">
          <LocalTable<Approval>
            columns={approvalColumns}
            rows={spec.approvals ?? []}
            rowId={byPosition}
            emptyState={
              <TableEmptyText>The plan records no approval.</TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <ProvenanceCard provenance={detail.provenance} />
      </Grid>
      <Grid item xs={12}>
        <TableCard title="Exercises and their results">
          <LocalTable<ExerciseRow>
            columns={exerciseColumns}
            rows={detail.exercises}
            rowId={byRef}
            emptyState={
              <TableEmptyText>No exercise names the plan.</TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12}>
        <TableCard
          title={`What the function depends on (${detail.dependencies.length})`}
          subtitle="Directly or transitively, with the recovery time each one's records allow"
        >
          <LocalTable<PlanDependency>
            columns={dependencyColumns}
            rows={detail.dependencies}
            rowId={byRef}
            sortValues={dependencySortValues}
            pageSize={LIST_PAGING.pageSize}
            emptyState={
              <TableEmptyText>
                The plan records nothing the function depends on.
              </TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
    </Grid>
  );
}

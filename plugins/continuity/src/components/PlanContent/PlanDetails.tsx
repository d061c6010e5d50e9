import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { Box, Grid, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { COMMUNICATION_AUDIENCES, ContinuityImpact, ContinuityPlanEntity, ContinuityScenario, IMPACT_DIMENSIONS } from '@readiness/plugin-readiness-common';
import { RecordMarkdown, formatIsoDuration } from '@readiness/plugin-readiness-react';
import { CriticalityChip, ResultChip, StandingChip } from '../shared/chips';
import { FieldList } from '../shared/FieldList';
import { PersonCell } from '../shared/PersonCell';
import { ProvenanceCard } from '../shared/ProvenanceCard';
import { plural, TargetVsMeasured } from '../shared/RecoveryTimes';
import { DependencyPath, RtoConflictTable } from '../shared/RtoConflictList';
import { BiaChart } from './BiaChart';
import { OnCallNow } from './OnCallNow';
import { RecordRef } from '../shared/RecordRef';
import { LastExercise } from '../shared/LastExercise';
import { ExerciseRow, PlanDependency, PlanDetail } from '@readiness/plugin-continuity-common';
import { RecoveryEvidenceCard } from '../RecoveryEvidence';

type Spec = ContinuityPlanEntity['spec'];
type CallTreeEntry = NonNullable<Spec['callTree']>[number];
type Communication = NonNullable<Spec['communications']>[number];
type Approval = NonNullable<Spec['approvals']>[number];
type TeamMember = NonNullable<Spec['emergencyTeam']>[number];

const dense = { paging: false, search: false, padding: 'dense', sorting: false } as const;

const isGroup = (ref: string) => {
  try {
    return parseEntityRef(ref, { defaultKind: 'user' }).kind.toLocaleLowerCase('en-US') === 'group';
  } catch {
    return false;
  }
};

const impactColumns: TableColumn<ContinuityImpact>[] = [
  { title: 'After', width: '10%', render: row => formatIsoDuration(row.after) },
  ...IMPACT_DIMENSIONS.map(dimension => ({
    title: dimension,
    width: '10%',
    render: (row: ContinuityImpact) => row[dimension] ?? '—',
  })),
  { title: 'What happens', width: '50%', render: row => row.description ?? '' },
];

const scenarioColumns: TableColumn<ContinuityScenario>[] = [
  { title: 'Scenario', field: 'name' },
  { title: 'Party', field: 'type' },
  { title: 'Vendor', render: row => (row.vendor ? <RecordRef entityRef={row.vendor} /> : '—') },
  { title: 'Response', width: '35%', render: row => <RecordMarkdown content={row.response} /> },
  { title: 'Alternative', render: row => row.alternative ?? '—' },
];

const exerciseColumns: TableColumn<ExerciseRow>[] = [
  { title: 'Date', field: 'date' },
  { title: 'Exercise', render: row => <RecordRef entityRef={row.ref} /> },
  { title: 'Type', field: 'type' },
  { title: 'Result', render: row => <ResultChip result={row.result} /> },
  {
    title: 'RTO / RPO',
    render: row => (
      <>
        <TargetVsMeasured label="RTO" target={row.targetRto} measured={row.measuredRto} met={row.rtoMet} />
        <TargetVsMeasured label="RPO" target={row.targetRpo} measured={row.measuredRpo} met={row.rpoMet} />
      </>
    ),
  },
  {
    title: 'Findings and actions',
    render: row =>
      `${plural(row.findings.length, 'finding')}, ${row.openActions} of ${plural(row.actions.length, 'action')} open`,
  },
];

const dependencyColumns: TableColumn<PlanDependency>[] = [
  { title: 'Steps away', field: 'depth', width: '8%' },
  { title: 'Depends on', render: row => <RecordRef entityRef={row.ref} /> },
  {
    title: 'Recovery time',
    render: row =>
      row.objective ? (
        <Box display="flex" flexDirection="column">
          <Typography variant="body2">{formatIsoDuration(row.objective.duration)}</Typography>
          <Typography variant="caption" color="textSecondary">
            {row.objective.basis === 'vendor-max-tolerable-outage' ? (
              'maximum tolerable outage'
            ) : (
              <>
                RTO of <RecordRef entityRef={row.objective.source} />
              </>
            )}
          </Typography>
        </Box>
      ) : (
        '—'
      ),
  },
  { title: 'Through', render: row => <DependencyPath path={row.path} /> },
];

/** A continuity plan in full: BIA, scenarios, people, communications, approvals, exercises. */
export function PlanDetails({ detail }: { detail: PlanDetail }) {
  const { plan, status, people } = detail;
  const { spec } = plan;

  const teamColumns: TableColumn<TeamMember>[] = [
    { title: 'Role', field: 'role' },
    { title: 'Member', render: row => <PersonCell entityRef={row.member} people={people} /> },
  ];
  const callTreeColumns: TableColumn<CallTreeEntry>[] = [
    { title: 'Order', field: 'order', width: '6%' },
    { title: 'Role', render: row => row.role ?? '' },
    { title: 'Call', render: row => <PersonCell entityRef={row.member} people={people} /> },
    {
      title: 'On call now',
      render: row =>
        isGroup(row.member) ? (
          <OnCallNow groupRef={row.member} />
        ) : (
          <Typography variant="caption" color="textSecondary">
            a person: call them directly
          </Typography>
        ),
    },
  ];
  const communicationColumns: TableColumn<Communication>[] = [
    { title: 'Audience', field: 'audience' },
    { title: 'Channel', field: 'channel' },
    { title: 'Owner', render: row => (row.owner ? <PersonCell entityRef={row.owner} people={people} /> : '—') },
    { title: 'Within', render: row => (row.within ? formatIsoDuration(row.within) : '—') },
    { title: 'Message', render: row => row.message ?? '' },
  ];
  const approvalColumns: TableColumn<Approval>[] = [
    { title: 'Approver', render: row => <PersonCell entityRef={row.approver} people={people} /> },
    { title: 'Role', render: row => row.role ?? '' },
    { title: 'Date', field: 'date' },
  ];
  const communications = [...(spec.communications ?? [])].sort(
    (a, b) =>
      COMMUNICATION_AUDIENCES.indexOf(a.audience) - COMMUNICATION_AUDIENCES.indexOf(b.audience),
  );

  return (
    <Grid container spacing={3}>
      {detail.rtoConflicts.length > 0 && (
        <Grid item xs={12}>
          <Alert severity="error">
            The RTO of {formatIsoDuration(spec.bia.rto)} is shorter than the recovery time of{' '}
            {detail.rtoConflicts.length} of the things this function depends on: it cannot be
            back in time if they take as long as their own records allow.
          </Alert>
        </Grid>
      )}
      <Grid item xs={12} md={6}>
        <InfoCard title="Business function" subheader={spec.function}>
          <FieldList
            fields={[
              { label: 'Criticality', value: <CriticalityChip criticality={spec.criticality} /> },
              { label: 'Owner', value: <RecordRef entityRef={spec.owner} defaultKind="group" /> },
              { label: 'RTO', value: formatIsoDuration(spec.bia.rto) },
              { label: 'RPO', value: formatIsoDuration(spec.bia.rpo) },
              { label: 'MTPD', value: spec.bia.mtpd && formatIsoDuration(spec.bia.mtpd) },
              { label: 'Review interval', value: spec.reviewInterval && formatIsoDuration(spec.reviewInterval) },
              {
                label: 'Plan review',
                value: (
                  <Box display="flex" flexDirection="column" alignItems="flex-start" style={{ gap: 4 }}>
                    <Typography variant="body2">last {spec.lastReviewed ?? 'never'}</Typography>
                    <StandingChip standing={status.review.standing} due={status.review.due} />
                  </Box>
                ),
              },
              {
                label: 'Annual table-top',
                value: (
                  <Box display="flex" flexDirection="column" alignItems="flex-start" style={{ gap: 4 }}>
                    <Typography variant="body2">
                      last {status.tableTop.lastHeld ?? 'never'}
                    </Typography>
                    <StandingChip standing={status.tableTop.standing} due={status.tableTop.due} />
                  </Box>
                ),
              },
              { label: 'Last exercise', value: <LastExercise exercise={status.lastExercise} /> },
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
        <InfoCard title="Business-impact analysis" subheader="Impact of an outage over time">
          {(spec.bia.impacts ?? []).length > 0 ? (
            <BiaChart impacts={spec.bia.impacts!} rto={spec.bia.rto} mtpd={spec.bia.mtpd} />
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
          <RtoConflictTable title="RTO conflicts" conflicts={detail.rtoConflicts} showPlan={false} />
        </Grid>
      )}
      <Grid item xs={12}>
        <Table<ContinuityImpact>
          title="Impact over time"
          columns={impactColumns}
          data={[...(spec.bia.impacts ?? [])]}
          options={dense}
        />
      </Grid>
      <Grid item xs={12}>
        <Table<ContinuityScenario>
          title="Scenarios: first and third party"
          columns={scenarioColumns}
          data={[...(spec.scenarios ?? [])]}
          options={dense}
        />
      </Grid>
      <Grid item xs={12} md={5}>
        <Table<TeamMember>
          title="Emergency response team"
          columns={teamColumns}
          data={[...(spec.emergencyTeam ?? [])]}
          options={dense}
        />
      </Grid>
      <Grid item xs={12} md={7}>
        <Table<CallTreeEntry>
          title="Call tree"
          subtitle="In order; a squad means whoever is on call for it"
          columns={callTreeColumns}
          data={[...(spec.callTree ?? [])].sort((a, b) => a.order - b.order)}
          options={dense}
        />
      </Grid>
      <Grid item xs={12}>
        <Table<Communication>
          title="Crisis communications by audience"
          columns={communicationColumns}
          data={communications}
          options={dense}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <Table<Approval>
          title="Approvals"
          columns={approvalColumns}
          data={[...(spec.approvals ?? [])]}
          options={dense}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <ProvenanceCard provenance={detail.provenance} />
      </Grid>
      <Grid item xs={12}>
        <Table<ExerciseRow>
          title="Exercises and their results"
          columns={exerciseColumns}
          data={detail.exercises}
          options={dense}
        />
      </Grid>
      <Grid item xs={12}>
        <Table<PlanDependency>
          title={`What the function depends on (${detail.dependencies.length})`}
          subtitle="Directly or transitively, with the recovery time each one's records allow"
          columns={dependencyColumns}
          data={detail.dependencies}
          options={{
            paging: detail.dependencies.length > 20,
            pageSize: 20,
            search: detail.dependencies.length > 20,
            padding: 'dense',
          }}
        />
      </Grid>
    </Grid>
  );
}

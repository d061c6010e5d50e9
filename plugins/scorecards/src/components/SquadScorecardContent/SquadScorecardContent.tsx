import { InfoCard, Link, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Button, Grid, makeStyles, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import type { CapabilityCheck } from '@readiness/plugin-readiness-common';
import type {
  AttestationDecision,
  AttestationDue,
  CheckResult,
  LevelBlocker,
  PeopleNames,
  SquadScorecardResponse,
} from '@readiness/plugin-scorecards-common';
import { AsyncStatus, RecordMarkdown } from '@readiness/plugin-readiness-react';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { scorecardsApiRef } from '../../api';
import {
  approvalRule,
  DecisionDialog,
  errorMessage,
  EvidenceList,
  levelLabel,
  personName,
  StatusChip,
} from '../common';
import { AttestDialog } from './AttestDialog';
import { checkTitle, summarizeAuditValue } from './auditTrail';
import { WaiveDialog } from './WaiveDialog';

const useStyles = makeStyles(theme => ({
  level: { fontSize: '2rem', fontWeight: 700 },
  blocker: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
  howToFix: { marginTop: theme.spacing(0.5) },
}));

const DUE_STATES: Record<AttestationDue['state'], string> = {
  missing: 'Not attested',
  expired: 'Expired',
  'expiring-soon': 'Expires soon',
  'awaiting-approval': 'Awaiting approval',
  rejected: 'Rejected',
};

/** Where a due attestation stands, with the approver's reason when it was rejected. */
function dueState(due: AttestationDue, names: PeopleNames): string {
  const rejection = due.attestation?.rejectedBy;
  return due.state === 'rejected' && rejection
    ? `Rejected by ${personName(names, rejection)}: ${
        due.attestation!.decisionReason
      }`
    : DUE_STATES[due.state];
}

function Blockers(props: { scorecard: SquadScorecardResponse }) {
  const classes = useStyles();
  const next = props.scorecard.level?.next;
  if (!next) {
    return (
      <Typography>
        This squad has reached the top level of the model.
      </Typography>
    );
  }
  return (
    <>
      {next.blockers.map((blocker: LevelBlocker) => (
        <div key={blocker.checkId} className={classes.blocker}>
          <Box display="flex" alignItems="center" gridGap={8}>
            <StatusChip status={blocker.status} />
            <Typography variant="subtitle1">{blocker.title}</Typography>
            <Typography variant="caption" color="textSecondary">
              level {blocker.level} · {blocker.type}
            </Typography>
          </Box>
          <Typography variant="body2">{blocker.summary}</Typography>
          <EvidenceList
            items={
              props.scorecard.results.find(r => r.checkId === blocker.checkId)
                ?.items ?? []
            }
          />
          {blocker.howToFix && (
            <div className={classes.howToFix}>
              <Typography variant="overline">How to fix</Typography>
              <RecordMarkdown content={blocker.howToFix} />
            </div>
          )}
        </div>
      ))}
    </>
  );
}

/** A squad's scorecard: level, what blocks the next level and how to fix it, attestations due. */
export function SquadScorecardContent() {
  const classes = useStyles();
  const { entity } = useEntity();
  const squadRef = stringifyEntityRef(entity);
  const api = useApi(scorecardsApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getSquadScorecard(squadRef),
    [api, squadRef],
  );
  const audit = useAsyncRetry(
    () => api.getAuditTrail(squadRef),
    [api, squadRef],
  );
  const [attesting, setAttesting] = useState<AttestationDue>();
  const [waiving, setWaiving] = useState<CapabilityCheck>();
  const [deciding, setDeciding] = useState<{
    due: AttestationDue;
    decision: AttestationDecision;
  }>();
  const [actionError, setActionError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const reload = () => {
    retry();
    audit.retry();
  };
  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setActionError(undefined);
    try {
      await action();
      reload();
    } catch (e) {
      setActionError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (error || !value) return <AsyncStatus state={{ loading, error }} />;

  const { model, viewer, names } = value;
  const resultsByCheck = new Map(value.results.map(r => [r.checkId, r]));
  const auditNames = audit.value?.names ?? {};
  const levelName = model.levels.find(
    l => l.level === value.level?.level,
  )?.name;

  const dueColumns: TableColumn<AttestationDue>[] = [
    { title: 'Check', field: 'title' },
    { title: 'Level', field: 'level', width: '80px' },
    { title: 'State', render: due => dueState(due, names) },
    { title: 'Approval', render: due => approvalRule(due.approval) },
    {
      title: 'Current attestation',
      render: due =>
        due.attestation ? (
          <EvidenceList
            items={[
              {
                title: `by ${personName(
                  names,
                  due.attestation.attestedBy,
                )} on ${due.attestation.attestedAt.slice(0, 10)}`,
                url: due.attestation.evidenceUrl,
              },
            ]}
          />
        ) : (
          '—'
        ),
    },
    {
      title: '',
      render: due => (
        <Box display="flex" gridGap={8}>
          {viewer.canAttest && (
            <Button
              size="small"
              variant="outlined"
              color="primary"
              onClick={() => setAttesting(due)}
            >
              Attest
            </Button>
          )}
          {viewer.canApprove &&
            due.state === 'awaiting-approval' &&
            due.attestation?.attestedBy !== viewer.userRef && (
              <>
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => setDeciding({ due, decision: 'approve' })}
                >
                  Approve
                </Button>
                <Button
                  size="small"
                  onClick={() => setDeciding({ due, decision: 'reject' })}
                >
                  Reject
                </Button>
              </>
            )}
        </Box>
      ),
    },
  ];

  const checkColumns: TableColumn<
    CapabilityCheck & { result?: CheckResult }
  >[] = [
    { title: 'Level', field: 'level', width: '60px' },
    { title: 'Check', field: 'title', width: '22%' },
    { title: 'Category', field: 'category', width: '100px' },
    { title: 'Type', field: 'type', width: '130px' },
    {
      title: 'Status',
      width: '100px',
      render: row =>
        row.result ? <StatusChip status={row.result.status} /> : '—',
    },
    {
      title: 'Details',
      width: '45%',
      render: row =>
        row.result ? (
          <>
            <Typography variant="body2">{row.result.summary}</Typography>
            <EvidenceList items={row.result.items} />
          </>
        ) : (
          'Not evaluated yet'
        ),
    },
    ...(viewer.canWaive
      ? [
          {
            title: '',
            render: (row: CapabilityCheck & { result?: CheckResult }) =>
              row.result?.status === 'fail' ||
              row.result?.status === 'no-data' ? (
                <Button size="small" onClick={() => setWaiving(row)}>
                  Waive
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={4}>
        <InfoCard title="Capability level">
          <Typography className={classes.level}>
            {levelLabel(value.level?.level, levelName)}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {value.evaluatedAt
              ? `Evaluated ${new Date(
                  value.evaluatedAt,
                ).toLocaleString()} against ${model.title} ${
                  value.modelVersion
                }`
              : 'This squad has not been evaluated yet.'}
          </Typography>
          {viewer.canEvaluate && (
            <Box mt={2}>
              <Button
                variant="outlined"
                color="primary"
                disabled={busy}
                onClick={() => act(() => api.evaluate({ squad: squadRef }))}
              >
                Evaluate now
              </Button>
            </Box>
          )}
          {actionError && (
            <Box mt={2}>
              <Alert severity="error">{actionError}</Alert>
            </Box>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={8}>
        <InfoCard
          title={
            value.level?.next
              ? `What blocks level ${value.level.next.level} · ${value.level.next.name}`
              : 'Next level'
          }
        >
          {value.level ? (
            <Blockers scorecard={value} />
          ) : (
            <Typography>Evaluate the squad to see its blockers.</Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <Table
          title={`Attestations due (${value.attestationsDue.length})`}
          options={{ paging: false, search: false, padding: 'dense' }}
          columns={dueColumns}
          data={value.attestationsDue}
          emptyContent={<Box p={2}>Every attestation is current.</Box>}
        />
        {!viewer.canAttest && (
          <Typography variant="caption" color="textSecondary">
            Only members of {value.squad.title} can attest for it; auditors
            attest for no squad.
          </Typography>
        )}
      </Grid>
      <Grid item xs={12}>
        <Table
          title="All checks"
          options={{ paging: false, search: false, padding: 'dense' }}
          columns={checkColumns}
          data={model.checks.map(check => ({
            ...check,
            result: resultsByCheck.get(check.id),
          }))}
        />
      </Grid>
      <Grid item xs={12}>
        <Table
          title="Attestation and waiver history"
          options={{
            paging: true,
            pageSize: 5,
            search: false,
            padding: 'dense',
          }}
          columns={[
            { title: 'When', render: e => new Date(e.at).toLocaleString() },
            { title: 'Who', render: e => personName(auditNames, e.actor) },
            { title: 'What', field: 'action' },
            {
              title: 'Check',
              render: e => checkTitle(model.checks, e.checkId),
            },
            {
              title: 'Previous value',
              render: e =>
                e.previousValue ? (
                  <AuditValue value={e.previousValue} names={auditNames} />
                ) : (
                  '—'
                ),
            },
            {
              title: 'New value',
              render: e => <AuditValue value={e.newValue} names={auditNames} />,
            },
          ]}
          data={audit.value?.entries ?? []}
          emptyContent={<Box p={2}>No attestations or waivers yet.</Box>}
        />
      </Grid>
      {attesting && (
        <AttestDialog
          squadRef={squadRef}
          due={attesting}
          onClose={() => setAttesting(undefined)}
          onAttested={() => {
            setAttesting(undefined);
            reload();
          }}
        />
      )}
      {deciding?.due.attestation && (
        <DecisionDialog
          pending={{
            squad: value.squad,
            check: {
              id: deciding.due.checkId,
              title: deciding.due.title,
              level: deciding.due.level,
              evidence: deciding.due.evidence,
            },
            attestation: deciding.due.attestation,
          }}
          decision={deciding.decision}
          attestedByName={personName(
            names,
            deciding.due.attestation.attestedBy,
          )}
          onClose={() => setDeciding(undefined)}
          onDecided={() => {
            setDeciding(undefined);
            reload();
          }}
        />
      )}
      {waiving && (
        <WaiveDialog
          squadRef={squadRef}
          check={waiving}
          onClose={() => setWaiving(undefined)}
          onWaived={() => {
            setWaiving(undefined);
            reload();
          }}
        />
      )}
    </Grid>
  );
}

/** An audited attestation or waiver: its evidence by a readable label, then the rest in words. */
function AuditValue(props: { value: unknown; names: PeopleNames }) {
  const { evidence, text } = summarizeAuditValue(props.value, props.names);
  return (
    <>
      {evidence && (
        <Link to={evidence.url} title={evidence.url}>
          {evidence.label}
        </Link>
      )}
      {evidence && text && ', '}
      {text}
    </>
  );
}

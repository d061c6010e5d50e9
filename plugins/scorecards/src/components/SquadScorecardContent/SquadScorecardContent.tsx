import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Button, Grid, makeStyles, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  Button as TableButton,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Text,
} from '@backstage/ui';
import type { CapabilityCheck } from '@readiness/plugin-readiness-common';
import type {
  AttestationDecision,
  AttestationDue,
  CheckResult,
  LevelBlocker,
  PeopleNames,
  ScorecardAuditEntry,
  SquadScorecardResponse,
} from '@readiness/plugin-scorecards-common';
import {
  AsyncStatus,
  KeepDaysWhole,
  LocalTable,
  RecordMarkdown,
  SortValue,
  TableCard,
  TableEmptyText,
  TableRow,
} from '@readiness/plugin-readiness-react';
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

/** A check of the model with the squad's result, once evaluated. */
type CheckRow = CapabilityCheck & { result?: CheckResult };

const dueRowId = (due: AttestationDue) => due.checkId;
const checkRowId = (check: CheckRow) => check.id;
/** The trail has no key of its own: an entry keeps its place in it. */
const auditEntryRowId = (_entry: ScorecardAuditEntry, index: number) =>
  String(index);

// The columns that sort are those showing a field as it is.
const dueSortValues: Record<string, (due: AttestationDue) => SortValue> = {
  title: due => due.title,
  level: due => due.level,
};
const checkSortValues: Record<string, (check: CheckRow) => SortValue> = {
  level: check => check.level,
  title: check => check.title,
  category: check => check.category,
  type: check => check.type,
};
const auditSortValues: Record<
  string,
  (entry: ScorecardAuditEntry) => SortValue
> = { action: entry => entry.action };

/** The trail, newest first, a few changes a page. */
const AUDIT_PAGE_SIZE = 5;

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

  const dueColumns: ColumnConfig<TableRow<AttestationDue>>[] = [
    {
      id: 'title',
      label: 'Check',
      isRowHeader: true,
      isSortable: true,
      minWidth: 180,
      defaultWidth: '2fr',
      cell: due => (
        <Cell>
          <Text as="div" variant="body-medium">
            {due.title}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'level',
      label: 'Level',
      isSortable: true,
      minWidth: 80,
      cell: due => <CellText title={String(due.level)} />,
    },
    {
      id: 'state',
      label: 'State',
      minWidth: 140,
      defaultWidth: '1.5fr',
      cell: due => (
        <Cell>
          <Text as="div" variant="body-medium">
            {dueState(due, names)}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'approval',
      label: 'Approval',
      minWidth: 160,
      defaultWidth: '1.5fr',
      cell: due => (
        <Cell>
          <Text as="div" variant="body-medium">
            {approvalRule(due.approval)}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'attestation',
      label: 'Current attestation',
      minWidth: 180,
      defaultWidth: '2fr',
      cell: due => (
        <Cell>
          {due.attestation ? (
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
            <Text variant="body-medium">—</Text>
          )}
        </Cell>
      ),
    },
    {
      id: 'actions',
      label: 'Actions',
      minWidth: 160,
      cell: due => (
        <Cell>
          <Flex gap="2" style={{ flexWrap: 'wrap' }}>
            {viewer.canAttest && (
              <TableButton
                size="small"
                variant="secondary"
                onPress={() => setAttesting(due)}
              >
                Attest
              </TableButton>
            )}
            {viewer.canApprove &&
              due.state === 'awaiting-approval' &&
              due.attestation?.attestedBy !== viewer.userRef && (
                <>
                  <TableButton
                    size="small"
                    variant="secondary"
                    onPress={() => setDeciding({ due, decision: 'approve' })}
                  >
                    Approve
                  </TableButton>
                  <TableButton
                    size="small"
                    variant="tertiary"
                    onPress={() => setDeciding({ due, decision: 'reject' })}
                  >
                    Reject
                  </TableButton>
                </>
              )}
          </Flex>
        </Cell>
      ),
    },
  ];

  const checkColumns: ColumnConfig<TableRow<CheckRow>>[] = [
    {
      id: 'level',
      label: 'Level',
      isSortable: true,
      minWidth: 80,
      cell: row => <CellText title={String(row.level)} />,
    },
    {
      id: 'title',
      label: 'Check',
      isRowHeader: true,
      isSortable: true,
      minWidth: 180,
      defaultWidth: '2fr',
      cell: row => (
        <Cell>
          <Text as="div" variant="body-medium">
            {row.title}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'category',
      label: 'Category',
      isSortable: true,
      minWidth: 120,
      cell: row => <CellText title={row.category} />,
    },
    {
      id: 'type',
      label: 'Type',
      isSortable: true,
      minWidth: 130,
      cell: row => <CellText title={row.type} />,
    },
    {
      id: 'status',
      label: 'Status',
      minWidth: 110,
      cell: row => (
        <Cell>
          {row.result ? (
            <StatusChip status={row.result.status} />
          ) : (
            <Text variant="body-medium">—</Text>
          )}
        </Cell>
      ),
    },
    {
      id: 'details',
      label: 'Details',
      minWidth: 240,
      defaultWidth: '4fr',
      cell: row => (
        <Cell>
          <Text as="div" variant="body-medium">
            {row.result ? row.result.summary : 'Not evaluated yet'}
          </Text>
          {row.result && <EvidenceList items={row.result.items} />}
        </Cell>
      ),
    },
    ...(viewer.canWaive
      ? [
          {
            id: 'actions',
            label: 'Actions',
            minWidth: 100,
            cell: (row: TableRow<CheckRow>) => (
              <Cell>
                {(row.result?.status === 'fail' ||
                  row.result?.status === 'no-data') && (
                  <TableButton
                    size="small"
                    variant="tertiary"
                    onPress={() => setWaiving(row)}
                  >
                    Waive
                  </TableButton>
                )}
              </Cell>
            ),
          },
        ]
      : []),
  ];

  const auditColumns: ColumnConfig<TableRow<ScorecardAuditEntry>>[] = [
    {
      id: 'at',
      label: 'When',
      isRowHeader: true,
      minWidth: 160,
      defaultWidth: '1fr',
      cell: entry => (
        <Cell>
          <Text as="div" variant="body-medium">
            {new Date(entry.at).toLocaleString()}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'actor',
      label: 'Who',
      minWidth: 130,
      defaultWidth: '1fr',
      cell: entry => (
        <Cell>
          <Text as="div" variant="body-medium">
            {personName(auditNames, entry.actor)}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'action',
      label: 'What',
      isSortable: true,
      minWidth: 110,
      cell: entry => <CellText title={entry.action} />,
    },
    {
      id: 'check',
      label: 'Check',
      minWidth: 160,
      defaultWidth: '1.5fr',
      cell: entry => (
        <Cell>
          <Text as="div" variant="body-medium">
            {checkTitle(model.checks, entry.checkId)}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'previousValue',
      label: 'Previous value',
      minWidth: 160,
      defaultWidth: '2fr',
      cell: entry => (
        <Cell>
          <Text as="div" variant="body-medium">
            {entry.previousValue ? (
              <AuditValue value={entry.previousValue} names={auditNames} />
            ) : (
              '—'
            )}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'newValue',
      label: 'New value',
      minWidth: 180,
      defaultWidth: '2fr',
      cell: entry => (
        <Cell>
          <Text as="div" variant="body-medium">
            <AuditValue value={entry.newValue} names={auditNames} />
          </Text>
        </Cell>
      ),
    },
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
        <TableCard title={`Attestations due (${value.attestationsDue.length})`}>
          <LocalTable<AttestationDue>
            columns={dueColumns}
            rows={value.attestationsDue}
            rowId={dueRowId}
            sortValues={dueSortValues}
            emptyState={
              <TableEmptyText>Every attestation is current.</TableEmptyText>
            }
          />
        </TableCard>
        {!viewer.canAttest && (
          <Typography variant="caption" color="textSecondary">
            Only members of {value.squad.title} can attest for it; auditors
            attest for no squad.
          </Typography>
        )}
      </Grid>
      <Grid item xs={12}>
        <TableCard title="All checks">
          <LocalTable<CheckRow>
            columns={checkColumns}
            rows={model.checks.map(check => ({
              ...check,
              result: resultsByCheck.get(check.id),
            }))}
            rowId={checkRowId}
            sortValues={checkSortValues}
            emptyState={
              <TableEmptyText>
                The capability model has no checks.
              </TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12}>
        <TableCard title="Attestation and waiver history">
          <LocalTable<ScorecardAuditEntry>
            columns={auditColumns}
            rows={audit.value?.entries ?? []}
            rowId={auditEntryRowId}
            sortValues={auditSortValues}
            pageSize={AUDIT_PAGE_SIZE}
            emptyState={
              <TableEmptyText>No attestations or waivers yet.</TableEmptyText>
            }
          />
        </TableCard>
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
      <KeepDaysWhole>{text}</KeepDaysWhole>
    </>
  );
}

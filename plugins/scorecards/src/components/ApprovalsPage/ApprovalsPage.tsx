import { Content, Header, Link, Page } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Typography } from '@material-ui/core';
import { Button, Cell, ColumnConfig, Flex, Text } from '@backstage/ui';
import type {
  AttestationDecision,
  PendingAttestation,
} from '@readiness/plugin-scorecards-common';
import {
  AsyncStatus,
  KeepDaysWhole,
  LocalTable,
  TableCard,
  TableEmptyText,
  TableRow,
} from '@readiness/plugin-readiness-react';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { scorecardsApiRef } from '../../api';
import {
  DecisionDialog,
  EvidenceList,
  personName,
  squadScorecardPath,
} from '../common';

/** A squad has one attestation of a check at a time. */
const pendingRowId = (pending: PendingAttestation) =>
  `${pending.squad.ref} ${pending.check.id}`;

/**
 * The approvers' queue: every attestation awaiting the signed-in person's approval, oldest
 * first, each approved or rejected here with a reason.
 */
export function ApprovalsPage() {
  const api = useApi(scorecardsApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getApprovalQueue(),
    [api],
  );
  const [deciding, setDeciding] = useState<{
    pending: PendingAttestation;
    decision: AttestationDecision;
  }>();

  const names = value?.names ?? {};
  // In the order the backend gives, oldest first: no header sorts.
  const columns: ColumnConfig<TableRow<PendingAttestation>>[] = [
    {
      id: 'squad',
      label: 'Squad',
      // The squad and the check together name the row.
      isRowHeader: true,
      minWidth: 160,
      defaultWidth: '1fr',
      cell: row => (
        <Cell>
          <Text as="div" variant="body-medium">
            <Link to={squadScorecardPath(row.squad.ref)}>
              {row.squad.title}
            </Link>
          </Text>
        </Cell>
      ),
    },
    {
      id: 'check',
      label: 'Check',
      isRowHeader: true,
      minWidth: 200,
      defaultWidth: '2fr',
      cell: row => (
        <Cell>
          <Text as="div" variant="body-medium">
            {row.check.title}
          </Text>
          <Text as="div" variant="body-x-small" color="secondary">
            level {row.check.level}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'attestedBy',
      label: 'Attested by',
      minWidth: 160,
      defaultWidth: '1fr',
      cell: row => (
        <Cell>
          <Text as="div" variant="body-medium">
            <KeepDaysWhole>
              {`${personName(
                names,
                row.attestation.attestedBy,
              )} on ${row.attestation.attestedAt.slice(0, 10)}`}
            </KeepDaysWhole>
          </Text>
        </Cell>
      ),
    },
    {
      id: 'evidence',
      label: 'Evidence',
      minWidth: 240,
      defaultWidth: '3fr',
      cell: row => (
        <Cell>
          <EvidenceList
            items={[
              {
                title: 'Evidence',
                url: row.attestation.evidenceUrl,
                detail: row.attestation.comment,
              },
            ]}
          />
        </Cell>
      ),
    },
    {
      id: 'actions',
      label: 'Actions',
      minWidth: 180,
      cell: row => (
        <Cell>
          <Flex gap="2" style={{ flexWrap: 'wrap' }}>
            <Button
              size="small"
              variant="primary"
              onPress={() => setDeciding({ pending: row, decision: 'approve' })}
            >
              Approve
            </Button>
            <Button
              size="small"
              variant="secondary"
              onPress={() => setDeciding({ pending: row, decision: 'reject' })}
            >
              Reject
            </Button>
          </Flex>
        </Cell>
      ),
    },
  ];

  return (
    <Page themeId="tool">
      <Header
        title="Attestations awaiting approval"
        subtitle="Checks the capability model has approved before they count: each passes for its squad once you approve it"
      />
      <Content>
        <AsyncStatus state={{ loading, error, value }} />
        {value && !value.canApprove && (
          <Typography>
            Leadership approves attestations; you have none to approve.
          </Typography>
        )}
        {value?.canApprove && (
          <TableCard title={`Awaiting your approval (${value.pending.length})`}>
            <LocalTable<PendingAttestation>
              columns={columns}
              rows={value.pending}
              rowId={pendingRowId}
              emptyState={
                <TableEmptyText>
                  No attestation awaits your approval.
                </TableEmptyText>
              }
            />
          </TableCard>
        )}
        {deciding && (
          <DecisionDialog
            pending={deciding.pending}
            decision={deciding.decision}
            attestedByName={personName(
              names,
              deciding.pending.attestation.attestedBy,
            )}
            onClose={() => setDeciding(undefined)}
            onDecided={() => {
              setDeciding(undefined);
              retry();
            }}
          />
        )}
      </Content>
    </Page>
  );
}

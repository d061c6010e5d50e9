import {
  Content,
  Header,
  Link,
  Page,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Button, Typography } from '@material-ui/core';
import type {
  AttestationDecision,
  PendingAttestation,
} from '@readiness/plugin-scorecards-common';
import { AsyncStatus } from '@readiness/plugin-readiness-react';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { scorecardsApiRef } from '../../api';
import {
  DecisionDialog,
  EvidenceList,
  personName,
  squadScorecardPath,
} from '../common';

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
  const columns: TableColumn<PendingAttestation>[] = [
    {
      title: 'Squad',
      render: row => (
        <Link to={squadScorecardPath(row.squad.ref)}>{row.squad.title}</Link>
      ),
    },
    {
      title: 'Check',
      render: row => (
        <>
          <Typography variant="body2">{row.check.title}</Typography>
          <Typography variant="caption" color="textSecondary">
            level {row.check.level}
          </Typography>
        </>
      ),
    },
    {
      title: 'Attested by',
      render: row =>
        `${personName(
          names,
          row.attestation.attestedBy,
        )} on ${row.attestation.attestedAt.slice(0, 10)}`,
    },
    {
      title: 'Evidence',
      width: '40%',
      render: row => (
        <EvidenceList
          items={[
            {
              title: 'Evidence',
              url: row.attestation.evidenceUrl,
              detail: row.attestation.comment,
            },
          ]}
        />
      ),
    },
    {
      title: '',
      render: row => (
        <Box display="flex" gridGap={8}>
          <Button
            size="small"
            variant="contained"
            color="primary"
            onClick={() => setDeciding({ pending: row, decision: 'approve' })}
          >
            Approve
          </Button>
          <Button
            size="small"
            variant="outlined"
            onClick={() => setDeciding({ pending: row, decision: 'reject' })}
          >
            Reject
          </Button>
        </Box>
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
          <Table<PendingAttestation>
            title={`Awaiting your approval (${value.pending.length})`}
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={columns}
            data={value.pending}
            emptyContent={<Box p={2}>No attestation awaits your approval.</Box>}
          />
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

import { Typography } from '@material-ui/core';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  AttestationDecision,
  PendingAttestation,
} from '@readiness/plugin-scorecards-common';
import { useState } from 'react';
import { scorecardsApiRef } from '../../api';
import { EvidenceList } from './EvidenceList';
import { FormDialog, ReasonField } from './FormDialog';

/** The form an approver approves or rejects an attestation with, saying why. */
export function DecisionDialog(props: {
  pending: PendingAttestation;
  decision: AttestationDecision;
  attestedByName: string;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { pending, decision, attestedByName, onClose, onDecided } = props;
  const { squad, check, attestation } = pending;
  const api = useApi(scorecardsApiRef);
  const [reason, setReason] = useState('');
  const action = decision === 'approve' ? 'Approve' : 'Reject';

  return (
    <FormDialog
      id="decide"
      title={`${action}: ${check.title} for ${squad.title}`}
      action={action}
      complete={Boolean(reason.trim())}
      send={() =>
        api.decide({
          squad: squad.ref,
          checkId: check.id,
          decision,
          reason,
        })
      }
      onSent={onDecided}
      onClose={onClose}
    >
      {check.evidence && (
        <Typography variant="body2" paragraph>
          <strong>Evidence asked for:</strong> {check.evidence}
        </Typography>
      )}
      <EvidenceList
        items={[
          {
            title: `Attested by ${attestedByName} on ${attestation.attestedAt.slice(
              0,
              10,
            )}`,
            url: attestation.evidenceUrl,
            detail: attestation.comment,
          },
        ]}
      />
      <Typography variant="body2" color="textSecondary">
        {decision === 'approve'
          ? 'Once approved, the check passes for the squad.'
          : 'Once rejected, the check fails until the squad attests it again.'}
      </Typography>
      <ReasonField
        id="decide-reason"
        helperText={`Why you ${decision} it; ${attestedByName} is told`}
        value={reason}
        onChange={setReason}
      />
    </FormDialog>
  );
}

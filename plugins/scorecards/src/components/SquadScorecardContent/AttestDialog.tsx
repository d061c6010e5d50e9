import { TextField, Typography } from '@material-ui/core';
import { useApi } from '@backstage/frontend-plugin-api';
import type { AttestationDue } from '@readiness/plugin-scorecards-common';
import { useState } from 'react';
import { scorecardsApiRef } from '../../api';
import { approvalRule, FormDialog } from '../common';

/** The form a squad member attests a check with: an evidence link and a comment. */
export function AttestDialog(props: {
  squadRef: string;
  due: AttestationDue;
  onClose: () => void;
  onAttested: () => void;
}) {
  const { squadRef, due, onClose, onAttested } = props;
  const api = useApi(scorecardsApiRef);
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [comment, setComment] = useState('');

  return (
    <FormDialog
      id="attest"
      title={`Attest: ${due.title}`}
      action="Attest"
      complete={Boolean(evidenceUrl.trim() && comment.trim())}
      send={() =>
        api.attest({
          squad: squadRef,
          checkId: due.checkId,
          evidenceUrl,
          comment,
        })
      }
      onSent={onAttested}
      onClose={onClose}
    >
      {due.evidence && (
        <Typography variant="body2" paragraph>
          <strong>Evidence needed:</strong> {due.evidence}
        </Typography>
      )}
      <Typography variant="body2" color="textSecondary" paragraph>
        {due.validity ? `Valid for ${due.validity}` : 'Valid until replaced'}.{' '}
        {approvalRule(due.approval)}
        {due.approval === 'required'
          ? ': until then the check stays failing, and leadership is notified.'
          : ': the check counts as soon as you attest.'}
      </Typography>
      <TextField
        id="attest-evidence-url"
        label="Evidence link"
        placeholder="https://"
        value={evidenceUrl}
        onChange={e => setEvidenceUrl(e.target.value)}
        fullWidth
        required
        margin="normal"
        type="url"
      />
      <TextField
        id="attest-comment"
        label="Comment"
        helperText="What the evidence shows"
        value={comment}
        onChange={e => setComment(e.target.value)}
        fullWidth
        required
        multiline
        minRows={3}
        margin="normal"
      />
    </FormDialog>
  );
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useApi } from '@backstage/frontend-plugin-api';
import type { AttestationDue } from '@readiness/plugin-readiness-common';
import { useState } from 'react';
import { scorecardsApiRef } from '../../api';
import { errorMessage } from '../common';

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
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.attest({
        squad: squadRef,
        checkId: due.checkId,
        evidenceUrl,
        comment,
      });
      onAttested();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="attest-title"
    >
      <DialogTitle id="attest-title">Attest: {due.title}</DialogTitle>
      <DialogContent>
        {due.evidence && (
          <Typography variant="body2" paragraph>
            <strong>Evidence needed:</strong> {due.evidence}
          </Typography>
        )}
        <Typography variant="body2" color="textSecondary" paragraph>
          {due.validity ? `Valid for ${due.validity}` : 'Valid until replaced'}
          {due.approval === 'required'
            ? '; counts once leadership approves it.'
            : '.'}
        </Typography>
        {error && <Alert severity="error">{error}</Alert>}
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
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={saving || !evidenceUrl.trim() || !comment.trim()}
          onClick={submit}
        >
          Attest
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useApi } from '@backstage/frontend-plugin-api';
import { useState } from 'react';
import { scorecardsApiRef } from '../../api';
import { errorMessage } from '../common';

/** The form leadership waives a check with: a reason and an expiry date. */
export function WaiveDialog(props: {
  squadRef: string;
  check: { id: string; title: string };
  onClose: () => void;
  onWaived: () => void;
}) {
  const { squadRef, check, onClose, onWaived } = props;
  const api = useApi(scorecardsApiRef);
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.waive({
        squad: squadRef,
        checkId: check.id,
        reason,
        expiresOn,
      });
      onWaived();
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
      aria-labelledby="waive-title"
    >
      <DialogTitle id="waive-title">Waive: {check.title}</DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          id="waive-reason"
          label="Reason"
          value={reason}
          onChange={e => setReason(e.target.value)}
          fullWidth
          required
          multiline
          minRows={2}
          margin="normal"
        />
        <TextField
          id="waive-expires-on"
          label="Expires on"
          type="date"
          value={expiresOn}
          onChange={e => setExpiresOn(e.target.value)}
          InputLabelProps={{ shrink: true }}
          required
          margin="normal"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={saving || !reason.trim() || !expiresOn}
          onClick={submit}
        >
          Waive
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { ReactNode, useState } from 'react';
import { errorMessage } from './status';

/**
 * A dialog whose form sends one request: the server's refusal is shown above the fields, and the
 * action button waits while the request is sent or the form is incomplete.
 */
export function FormDialog(props: {
  /** Prefix of the title's id, which labels the dialog. */
  id: string;
  title: string;
  /** The action button's text, e.g. "Attest". */
  action: string;
  complete: boolean;
  send: () => Promise<unknown>;
  onSent: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { id, title, action, complete, send, onSent, onClose, children } =
    props;
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await send();
      onSent();
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
      aria-labelledby={`${id}-title`}
    >
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{error}</Alert>}
        {children}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={saving || !complete}
          onClick={submit}
        >
          {action}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The required, multi-line reason a decision (a waiver, an approval, a rejection) gives. */
export function ReasonField(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  helperText?: string;
}) {
  return (
    <TextField
      id={props.id}
      label="Reason"
      helperText={props.helperText}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      fullWidth
      required
      multiline
      minRows={2}
      margin="normal"
    />
  );
}

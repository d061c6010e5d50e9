import { TextField } from '@material-ui/core';
import { useApi } from '@backstage/frontend-plugin-api';
import { useState } from 'react';
import { scorecardsApiRef } from '../../api';
import { FormDialog, ReasonField } from '../common';

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

  return (
    <FormDialog
      id="waive"
      title={`Waive: ${check.title}`}
      action="Waive"
      complete={Boolean(reason.trim() && expiresOn)}
      send={() =>
        api.waive({ squad: squadRef, checkId: check.id, reason, expiresOn })
      }
      onSent={onWaived}
      onClose={onClose}
    >
      <ReasonField id="waive-reason" value={reason} onChange={setReason} />
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
    </FormDialog>
  );
}

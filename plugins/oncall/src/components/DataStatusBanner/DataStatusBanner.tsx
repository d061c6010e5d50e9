import { Alert } from '@material-ui/lab';
import { Tooltip } from '@material-ui/core';
import { describeAge } from '../../views/timeFormats';
import { OncallSyncStatus } from '@readiness/plugin-oncall-common';

function secondsSince(at: string, now: Date): number {
  return Math.max(0, (now.getTime() - Date.parse(at)) / 1000);
}

/** The sentences that tell how far on-call data can be trusted. */
export function describeSyncStatus(
  status: OncallSyncStatus,
  now: Date,
): { severity: 'info' | 'warning' | 'error'; sentences: string[] } {
  // The backend sends the sync time, not an age, so its answer stays the same between syncs.
  const age = status.lastSuccessAt ? secondsSince(status.lastSuccessAt, now) : undefined;
  const sentences = [
    age === undefined
      ? 'No PagerDuty data has been synced yet.'
      : `PagerDuty data from ${describeAge(age)}.`,
  ];
  if (status.source === 'sandbox') {
    sentences.push(
      'It comes from the local PagerDuty sandbox, not from a real PagerDuty account.',
    );
  }
  if (status.lastError) {
    sentences.push(
      `The last refresh failed ${describeAge(
        secondsSince(status.lastError.at, now),
      )}: ${status.lastError.message.replace(/\.$/, '')}.`,
      age === undefined
        ? 'There is nothing to show until a refresh succeeds.'
        : 'Showing the last good snapshot; it may be out of date.',
    );
    return { severity: 'error', sentences };
  }
  if (status.stale) {
    sentences.push('It has not been refreshed since, so it may be out of date.');
    return { severity: 'warning', sentences };
  }
  return { severity: 'info', sentences };
}

/**
 * States the age and source of the PagerDuty data shown beside it, and what is
 * wrong when the last refresh failed.
 */
export function DataStatusBanner(props: { status: OncallSyncStatus; now?: Date }) {
  const { status, now = new Date() } = props;
  const { severity, sentences } = describeSyncStatus(status, now);
  const synced = status.lastSuccessAt
    ? `Last synced ${new Date(status.lastSuccessAt).toLocaleString()} from ${status.baseUrl}`
    : `Syncing from ${status.baseUrl}`;
  return (
    <Tooltip title={synced} placement="bottom-start">
      <Alert severity={severity} role="status" style={{ marginBottom: 12 }}>
        {sentences.join(' ')}
      </Alert>
    </Tooltip>
  );
}

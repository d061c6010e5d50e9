import {
  OncallLogEntry,
  OncallLogEntryParty,
  OncallLogEntryType,
} from '@readiness/plugin-oncall-common';
import { PagerDutyLogEntry, PagerDutyReference } from './types';

/** A log entry as stored: parties without their catalog refs, which the catalog supplies when read. */
export type LogEntryRecord = Omit<OncallLogEntry, 'agent' | 'recipients'> & {
  agent?: Omit<OncallLogEntryParty, 'userRef'>;
  recipients: Array<Omit<OncallLogEntryParty, 'userRef'>>;
};

const STEP_BY_PAGERDUTY_TYPE: Record<string, OncallLogEntryType> = {
  trigger_log_entry: 'triggered',
  acknowledge_log_entry: 'acknowledged',
  escalate_log_entry: 'escalated',
  notify_log_entry: 'notified',
  resolve_log_entry: 'resolved',
};

function party(
  reference: PagerDutyReference | null | undefined,
): Omit<OncallLogEntryParty, 'userRef'> | undefined {
  if (!reference) return undefined;
  return {
    // An integration acts for its service: both read as "service" here.
    type: reference.type.startsWith('user') ? 'user' : 'service',
    id: reference.id,
    name: reference.summary,
  };
}

/**
 * The steps of an incident among its PagerDuty log entries (trigger,
 * acknowledge, escalate, notify, resolve), oldest first; notes, assignments
 * and the other kinds are left out. PagerDuty lists newest first; entries of
 * the same second keep their relative order, reversed.
 */
export function toLogEntryRecords(
  entries: PagerDutyLogEntry[],
): LogEntryRecord[] {
  return entries
    .filter(entry => STEP_BY_PAGERDUTY_TYPE[entry.type])
    .map(entry => {
      const recipients = entry.user ? [entry.user] : entry.assignees ?? [];
      const agent = party(entry.agent);
      return {
        id: entry.id,
        type: STEP_BY_PAGERDUTY_TYPE[entry.type],
        at: new Date(entry.created_at).toISOString(),
        ...(agent ? { agent } : {}),
        recipients: recipients.map(r => party(r)!),
        channel:
          entry.channel?.notification?.type?.replace(/_notification$/, '') ??
          entry.channel?.type,
        summary: entry.summary,
      };
    })
    .reverse()
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** The first acknowledgement among an incident's steps: what MTTA counts from. */
export function firstAcknowledgement(
  entries: LogEntryRecord[],
): string | undefined {
  return entries.find(entry => entry.type === 'acknowledged')?.at;
}

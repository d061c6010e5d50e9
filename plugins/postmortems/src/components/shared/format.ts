import { DateTime } from 'luxon';
import type {
  DoraClassification,
  DoraReport,
  DoraReportState,
  PublicationState,
  PublicationTimeliness,
} from '@readiness/plugin-postmortems-common';

/** A duration in minutes as people say it: "45 min", "2 h 10 min", "3 d 4 h". */
export function formatMinutes(minutes: number | undefined): string {
  if (minutes === undefined || !Number.isFinite(minutes)) return '—';
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  if (hours < 24) {
    const rest = whole % 60;
    return rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? `${days} d ${restHours} h` : `${days} d`;
}

/** Days with one decimal: "12.5 days". */
export function formatDays(days: number | undefined): string {
  if (days === undefined || !Number.isFinite(days)) return '—';
  return `${days.toFixed(1)} days`;
}

/** A share 0..1 as a whole percentage. */
export function formatShare(share: number | undefined): string {
  return share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

/** A timestamp in UTC to the minute: "2026-03-14 09:41 UTC". */
export function formatTimestamp(timestamp: string | undefined): string {
  if (!timestamp) return '—';
  const date = DateTime.fromISO(timestamp, { zone: 'utc' });
  return date.isValid ? `${date.toFormat('yyyy-MM-dd HH:mm')} UTC` : timestamp;
}

export const PUBLICATION_LABELS: Record<PublicationState, string> = {
  'on-time': 'Within 3 days',
  late: 'Late',
  due: 'Due',
  overdue: 'Overdue',
};

/** "Within 3 days (1 d)", "Late (9 d)", "Overdue since 2026-11-15", "Due by 2026-11-24". */
export function describePublication(publication: PublicationTimeliness) {
  switch (publication.state) {
    case 'on-time':
    case 'late':
      return `${PUBLICATION_LABELS[publication.state]} (${
        publication.daysToPublish
      } d)`;
    case 'overdue':
      return `Unpublished, deadline ${publication.deadline}`;
    default:
      return `Due by ${publication.deadline}`;
  }
}

export const DORA_CLASSIFICATION_LABELS: Record<DoraClassification, string> = {
  major: 'Major incident',
  'not-major': 'Not major',
  'insufficient-data': 'Not enough data',
  'not-assessed': 'Not assessed',
};

export const DORA_REPORT_LABELS: Record<DoraReport, string> = {
  initial: 'Initial notification',
  intermediate: 'Intermediate report',
  final: 'Final report',
};

export const DORA_REPORT_STATE_LABELS: Record<DoraReportState, string> = {
  'on-time': 'Sent on time',
  late: 'Sent late',
  due: 'Due',
  overdue: 'Overdue',
  waiting: 'Waits for the previous report',
};

/** A major incident's reports in a few words: "reports on time", "a report overdue". */
export function describeDoraReports(states: readonly DoraReportState[]) {
  if (states.includes('overdue')) return 'a report overdue';
  if (states.includes('late')) return 'a report sent late';
  return states.includes('due') ? 'a report due' : 'reports on time';
}

import type { PostmortemEntity } from '@readiness/plugin-readiness-common';
import { DateTime } from 'luxon';
import { readTimestamp } from '../calendar';
import THRESHOLDS from './doraThresholds.json';

/** The reports of a major incident, in the order they are due. @public */
export const DORA_REPORTS = ['initial', 'intermediate', 'final'] as const;

/** One of {@link DORA_REPORTS}. @public */
export type DoraReport = (typeof DORA_REPORTS)[number];

/**
 * Where a report stands: sent `on-time` or `late`; unsent and `due` (its time has not come) or
 * `overdue`; `waiting` for the report its clock starts from.
 *
 * @public
 */
export type DoraReportState =
  | 'on-time'
  | 'late'
  | 'due'
  | 'overdue'
  | 'waiting';

/** One report's clock. Times are ISO-8601 timestamps in UTC. @public */
export interface DoraReportClock {
  report: DoraReport;
  /** When it is due; absent while waiting for the report its clock starts from. */
  dueAt?: string;
  /** How the due time is counted, like "4 h after classification (2025/301 art. 5)". */
  rule: string;
  /** When it was sent, as recorded. */
  sentAt?: string;
  state: DoraReportState;
}

/** The fields of a post-mortem its reporting clocks read. @public */
export type DoraClockedSpec = Pick<
  PostmortemEntity['spec'],
  'detectedAt' | 'dora'
>;

const ARTICLE = THRESHOLDS.reports.article;

function clock(
  report: DoraReport,
  due: DateTime | undefined,
  rule: string,
  sent: string | undefined,
  nowMs: number,
): DoraReportClock {
  const sentMs = readTimestamp(sent)?.ms;
  const dueAt = due?.toUTC().toISO({ suppressMilliseconds: true }) ?? undefined;
  let state: DoraReportState;
  if (!due) state = 'waiting';
  else if (sentMs !== undefined) {
    state = sentMs <= due.toMillis() ? 'on-time' : 'late';
  } else state = nowMs > due.toMillis() ? 'overdue' : 'due';
  return { report, dueAt, rule: `${rule} (${ARTICLE})`, sentAt: sent, state };
}

const at = (timestamp: string | undefined) => {
  const read = readTimestamp(timestamp);
  return read ? DateTime.fromMillis(read.ms, { zone: 'utc' }) : undefined;
};

/**
 * The reporting clocks of a major incident under Delegated Regulation (EU) 2025/301 art. 5:
 * the initial notification within 4 hours of classification as major and no later than
 * 24 hours after detection; the intermediate report within 72 hours of the initial
 * notification; the final report within one month of the latest intermediate report. Each is
 * judged against the times sent recorded in `spec.dora.reports` and, when unsent, against
 * `nowMs`. Call it for major incidents only.
 *
 * @public
 */
export function reportingClocks(
  spec: DoraClockedSpec,
  nowMs: number,
): DoraReportClock[] {
  const limits = THRESHOLDS.reports;
  const sent = spec.dora?.reports ?? {};
  const classified = at(spec.dora?.classifiedAt);
  const detected = at(spec.detectedAt);
  const byClassification = classified?.plus({
    hours: limits.initialHoursAfterClassification,
  });
  const byDetection = detected?.plus({
    hours: limits.initialHoursAfterDetection,
  });
  const initialDue =
    byClassification && byDetection
      ? DateTime.min(byClassification, byDetection)
      : byClassification ?? byDetection;
  const initialSent = at(sent.initial);
  const intermediateSent = at(sent.intermediate);
  return [
    clock(
      'initial',
      initialDue,
      `${limits.initialHoursAfterClassification} h after classification, at most ${limits.initialHoursAfterDetection} h after detection`,
      sent.initial,
      nowMs,
    ),
    clock(
      'intermediate',
      initialSent?.plus({ hours: limits.intermediateHoursAfterInitial }),
      `${limits.intermediateHoursAfterInitial} h after the initial notification`,
      sent.intermediate,
      nowMs,
    ),
    clock(
      'final',
      intermediateSent?.plus({ months: limits.finalMonthsAfterIntermediate }),
      `${limits.finalMonthsAfterIntermediate} month after the latest intermediate report`,
      sent.final,
      nowMs,
    ),
  ];
}

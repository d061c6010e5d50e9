import {
  classifyIncident,
  type DoraAssessment,
  type DoraClassifiedSpec,
} from './classification';
import {
  type DoraClockedSpec,
  type DoraReportClock,
  reportingClocks,
} from './reportingClocks';

export * from './classification';
export * from './reportingClocks';

/**
 * A post-mortem's DORA classification and, for a major incident, its reporting clocks, as
 * of `nowMs`.
 *
 * @public
 */
export interface DoraStatus extends DoraAssessment {
  /** Empty unless major. */
  clocks: DoraReportClock[];
  /** A report unsent past its due time. */
  overdueReports: boolean;
  /** A report sent after its due time. */
  lateReports: boolean;
}

/**
 * Classifies a post-mortem's incident and, when major, runs its reporting clocks.
 *
 * @public
 */
export function doraStatus(
  spec: DoraClassifiedSpec & DoraClockedSpec,
  nowMs: number,
): DoraStatus {
  const assessment = classifyIncident(spec);
  const clocks =
    assessment.classification === 'major' ? reportingClocks(spec, nowMs) : [];
  return {
    ...assessment,
    clocks,
    overdueReports: clocks.some(entry => entry.state === 'overdue'),
    lateReports: clocks.some(entry => entry.state === 'late'),
  };
}

// Recovery evidence: whether a plan's declared RTO held in its exercises and real incidents.
import type { ExerciseType } from '@readiness/plugin-readiness-common';
import type { RtoConflict } from './rows';

/**
 * Where a plan's recovery stands, most pressing first. When several apply the first wins:
 * a recovery that took longer than the RTO is a fact (`breached`), a dependency that may take
 * longer by its own records makes the RTO unreachable whatever the last test showed
 * (`at-risk`), and the absence of a recent measured recovery only leaves it unshown
 * (`unproven`). A plan is `proven` when none applies.
 *
 * @public
 */
export const RECOVERY_STATUSES = [
  'breached',
  'at-risk',
  'unproven',
  'proven',
] as const;

/**
 * Where a plan's recovery stands (see `RECOVERY_STATUSES`).
 *
 * @public
 */
export type RecoveryStatus = (typeof RECOVERY_STATUSES)[number];

/**
 * How each recovery status reads.
 *
 * @public
 */
export const RECOVERY_STATUS_LABELS: Record<RecoveryStatus, string> = {
  breached: 'Breached',
  'at-risk': 'At risk',
  unproven: 'Unproven',
  proven: 'Proven',
};

/**
 * How far back an exercise proves a recovery, and the incident period unless one is chosen.
 *
 * @public
 */
export const RECOVERY_PROOF_MONTHS = 12;

/**
 * The periods (in months) recovery evidence can be asked for (`?months=`).
 *
 * @public
 */
export const RECOVERY_PERIOD_MONTHS = [3, 6, 12, 24] as const;

/**
 * The exercises that prove a recovery: those that restore something and time it. A table-top
 * walks through the plan, so the time it records is an estimate, not a recovery.
 *
 * @public
 */
export const RECOVERY_PROVING_EXERCISES: readonly ExerciseType[] = [
  'game-day',
  'dr-test',
];

/**
 * The latest held game day or DR test that measured a recovery time.
 *
 * @public
 */
export interface MeasuredExercise {
  /** The exercise's entity ref. */
  ref: string;
  /** Its title, or its name. */
  title: string;
  /** When it was held (YYYY-MM-DD). */
  date: string;
  /** Game day, table-top or DR test. */
  type: ExerciseType;
  /** The recovery time it measured (ISO-8601 duration). */
  measuredRto: string;
  /** The same in seconds. */
  measuredSeconds: number;
  /** Whether it took longer than the plan's RTO. */
  exceedsRto: boolean;
  /** Whether it was held within `RECOVERY_PROOF_MONTHS` before today. */
  recent: boolean;
}

/**
 * A real recovery on a service the plan covers: a post-mortem's incident, or a resolved
 * PagerDuty incident no post-mortem reviews.
 *
 * @public
 */
export interface IncidentRecovery {
  /** `postmortem` (started to recovered, as reviewed) or `pagerduty` (created to resolved). */
  source: 'postmortem' | 'pagerduty';
  /** The post-mortem's entity ref, or the PagerDuty incident id. */
  id: string;
  /** The post-mortem's or the incident's title. */
  title: string;
  /** The covered services it was on (full lower-case refs). */
  services: string[];
  /** ISO-8601 start (the post-mortem's `startedAt`, or the incident's creation). */
  startedAt: string;
  /**
   * ISO-8601: when the service was back. For a post-mortem its `mitigatedAt` when recorded
   * (the function restored; resolution may follow clean-up that customers do not wait for),
   * else its `resolvedAt`; for a PagerDuty incident its resolution.
   */
  recoveredAt: string;
  /** ISO-8601 resolution, which places the recovery in the period. */
  resolvedAt: string;
  /** From start to recovery, in seconds. */
  recoverySeconds: number;
  /** Whether it took longer than the plan's RTO. */
  exceedsRto: boolean;
  /** The PagerDuty incidents a post-mortem reviews (counted once, as the post-mortem). */
  incidents?: string[];
  /** The PagerDuty incident's page. */
  url?: string;
}

/**
 * Whether the PagerDuty incidents could be read from the on-call backend.
 *
 * @public
 */
export type IncidentSourceState =
  | { available: true }
  | { available: false; reason: string };

/**
 * A plan's recovery status with the evidence behind it (`GET /plans/:namespace/:name/recovery`).
 *
 * @public
 */
export interface RecoveryEvidence {
  /** The plan's entity ref. */
  plan: string;
  /** Where the plan's recovery stands. */
  status: RecoveryStatus;
  /** The declared objectives (ISO-8601 durations) and the RTO in seconds when readable. */
  declared: { rto: string; rpo: string; mtpd?: string; rtoSeconds?: number };
  /** The latest held game day or DR test that measured a recovery, at any date. */
  lastExercise?: MeasuredExercise;
  /** The incident period: resolved from `since` to `until` (today), both included, YYYY-MM-DD. */
  period: { months: number; since: string; until: string };
  /** The real recoveries in the period, longest first. */
  incidents: IncidentRecovery[];
  /** The longest real recovery in seconds. */
  worstSeconds?: number;
  /** The 90th percentile of the real recoveries in seconds (nearest rank). */
  p90Seconds?: number;
  /** Whether PagerDuty's incidents are part of the evidence, or why not. */
  pagerDuty: IncidentSourceState;
  /** The dependencies whose own recovery objective is longer than the RTO. */
  dependencies: RtoConflict[];
}

import type { CapabilityCheck } from '@readiness/plugin-readiness-common';

/**
 * What a scorecard check can come to. `waived` replaces a failing (or unknown) status while a
 * waiver is in force; `no-data` means the check's source could not be read, never a pass.
 *
 * @public
 */
export const CHECK_STATUSES = ['pass', 'fail', 'waived', 'no-data'] as const;

/**
 * One of {@link CHECK_STATUSES}.
 *
 * @public
 */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/**
 * One piece of evidence behind a check's status: a failing item, an attestation's link, the
 * reason data is missing. `entityRef` links to a catalog entity, `url` to anything else.
 *
 * @public
 */
export interface EvidenceItem {
  title: string;
  entityRef?: string;
  url?: string;
  detail?: string;
}

/**
 * The final status of one check for one squad: what its evaluator or attestation said, with any
 * waiver applied.
 *
 * @public
 */
export interface CheckResult {
  checkId: string;
  status: CheckStatus;
  summary: string;
  items: EvidenceItem[];
}

/**
 * A check that keeps a squad from the next level, and how to fix it.
 *
 * @public
 */
export interface LevelBlocker {
  checkId: string;
  title: string;
  level: number;
  type: CapabilityCheck['type'];
  status: CheckStatus;
  summary: string;
  howToFix?: string;
}

/**
 * A squad's level and what stands between it and the next one.
 *
 * @public
 */
export interface SquadLevel {
  /** 0 until the squad passes every level-1 check. */
  level: number;
  name?: string;
  next?: { level: number; name: string; blockers: LevelBlocker[] };
}

/**
 * A squad member's statement that an attestation check holds, with its evidence, as stored.
 * Times are ISO-8601 strings.
 *
 * @public
 */
export interface Attestation {
  squadRef: string;
  checkId: string;
  evidenceUrl: string;
  comment: string;
  attestedBy: string;
  attestedAt: string;
  /** Kept with the attestation so that a later change of the model's validity does not move it. */
  expiresAt?: string;
  approvedBy?: string;
  approvedAt?: string;
  rejectedBy?: string;
  rejectedAt?: string;
  /** Why the approver approved or rejected it. */
  decisionReason?: string;
}

/**
 * Where an attestation stands on a given day.
 *
 * @public
 */
export type AttestationState =
  | 'missing'
  | 'expired'
  | 'awaiting-approval'
  | 'rejected'
  | 'expiring-soon'
  | 'valid';

/**
 * A check a squad should attest (again): missing, expired, expiring soon, awaiting approval or
 * rejected.
 *
 * @public
 */
export interface AttestationDue {
  checkId: string;
  title: string;
  level: number;
  state: Exclude<AttestationState, 'valid'>;
  evidence?: string;
  validity?: string;
  approval?: CapabilityCheck['approval'];
  attestation?: Attestation;
}

/**
 * Leadership's decision that a check does not count against a squad until `expiresAt`.
 * Times are ISO-8601 strings.
 *
 * @public
 */
export interface Waiver {
  squadRef: string;
  checkId: string;
  reason: string;
  approvedBy: string;
  createdAt: string;
  expiresAt: string;
}

/** The periods the leadership trend groups evaluations by. @public */
export const TREND_PERIODS = ['week', 'quarter'] as const;

/**
 * One of {@link TREND_PERIODS}.
 *
 * @public
 */
export type TrendPeriod = (typeof TREND_PERIODS)[number];

/**
 * The level distribution of one period: how many squads were at each level, and the average.
 *
 * @public
 */
export interface LevelTrendPoint {
  period: string;
  squads: number;
  averageLevel?: number;
  /** Squads per level, every level of the model (and 0) present. */
  distribution: Record<number, number>;
}

/**
 * How one squad changed between two snapshots.
 *
 * @public
 */
export interface ScorecardChange {
  squadRef: string;
  levelBefore?: number;
  levelAfter?: number;
  /** levelAfter - levelBefore; undefined when the squad was not evaluated at one of the dates. */
  levelChange?: number;
  /** Checks unmet before and met after. */
  improved: string[];
  /** Checks met before and unmet after. */
  regressed: string[];
}

// The rows of the continuity lists and the blast radius, as the API answers them.
import type {
  Criticality,
  ExerciseResult,
  ExerciseType,
  IctServiceType,
  RemediationAction,
  Substitutability,
} from '@readiness/plugin-readiness-common';
import type { DueStatus, ReviewStanding } from './reviewStanding';
import type { VendorReviewStatus } from './vendorReviewStatus';

/**
 * One line of the vendor register. It holds no confidential field (see
 * `splitConfidentialVendorFields`).
 *
 * @public
 */
export interface VendorRegisterRow {
  ref: string;
  name: string;
  title: string;
  legalName: string;
  country: string;
  criticality: Criticality;
  supportsCriticalFunction: boolean;
  ictServiceType: IctServiceType;
  /** Group ref. */
  owner: string;
  /** User ref. */
  relationshipOwner: string;
  /** What the vendor provides. */
  services: string[];
  /** Our components, systems and resources it supports (refs as written). */
  supports: string[];
  substitutability?: Substitutability;
  alternatives: string[];
  exitPlan?: string;
  exitPlanLastTested?: string;
  contractEnd?: string;
  reviews: VendorReviewStatus[];
  /** The most pressing standing among its reviews. */
  standing: ReviewStanding;
  /** The earliest next-due date among its reviews. */
  nextReviewDue?: string;
  /** Continuity plans (business functions) its loss reaches, directly or transitively. */
  dependentPlans: string[];
}

/**
 * One line of the continuity plans list.
 *
 * @public
 */
export interface ContinuityPlanRow {
  ref: string;
  name: string;
  title: string;
  function: string;
  owner: string;
  criticality: Criticality;
  rto: string;
  rpo: string;
  mtpd?: string;
  lastReviewed?: string;
  review: DueStatus;
  tableTop: DueStatus & { lastHeld?: string; exercise?: string };
  /** The more pressing of the review and the table-top standings. */
  standing: ReviewStanding;
  exercises: number;
  lastExercise?: { ref: string; date: string; result?: string };
  rtoConflicts: number;
  covers: string[];
  dependsOn: string[];
}

/**
 * One line of the exercises list.
 *
 * @public
 */
export interface ExerciseRow {
  ref: string;
  name: string;
  title: string;
  type: ExerciseType;
  date: string;
  owner: string;
  scenario: string;
  plans: string[];
  teams: string[];
  participants: string[];
  successCriteria: string[];
  targetRto?: string;
  measuredRto?: string;
  rtoMet?: boolean;
  targetRpo?: string;
  measuredRpo?: string;
  rpoMet?: boolean;
  /** `planned` while the exercise has no result. */
  result: ExerciseResult | 'planned';
  findings: string[];
  actions: RemediationAction[];
  openActions: number;
}

/**
 * The periodic reviews the portal tracks.
 *
 * @public
 */
export const REVIEW_KINDS = [
  'vendor-security',
  'vendor-financial',
  'vendor-due-diligence',
  'procedure',
  'plan',
  'table-top',
] as const;

/** @public */
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** @public */
export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  'vendor-security': 'Vendor security review',
  'vendor-financial': 'Vendor financial review',
  'vendor-due-diligence': 'Vendor due diligence',
  procedure: 'Procedure review',
  plan: 'Continuity plan review',
  'table-top': 'Annual table-top exercise',
};

/**
 * One review, done or due, of a vendor, procedure or plan.
 *
 * @public
 */
export interface ReviewItem extends DueStatus {
  /** `<kind>:<subject ref>`, unique within a set of records. */
  id: string;
  kind: ReviewKind;
  /** The record reviewed. */
  subject: string;
  subjectTitle: string;
  /** Group (or user) ref answerable for the review. */
  owner: string;
  lastDone?: string;
}

/**
 * A node reached from a starting node, at its shortest distance, with one shortest path from the
 * start to it (both ends included).
 *
 * @public
 */
export interface ReachedNode {
  ref: string;
  /** The entity kind, lower case, as in the ref. */
  kind: string;
  depth: number;
  path: string[];
}

/**
 * How long something may take to come back, as the records say: a vendor's maximum tolerable
 * outage, or the RTO of the continuity plan that covers a component or system.
 *
 * @public
 */
export interface RecoveryObjective {
  /** ISO-8601 duration as written in the record. */
  duration: string;
  seconds: number;
  /** The record the figure comes from: the vendor itself, or the covering plan. */
  source: string;
  basis: 'vendor-max-tolerable-outage' | 'plan-rto';
}

/**
 * A plan whose RTO is shorter than the recovery objective of something it depends on, directly
 * or transitively: the function cannot be back in time if that dependency takes as long as its
 * own records allow.
 *
 * @public
 */
export interface RtoConflict {
  plan: string;
  planRto: string;
  planRtoSeconds: number;
  dependency: string;
  dependencyObjective: RecoveryObjective;
  /** From the plan to the dependency, both included. */
  path: string[];
}

/**
 * Everything that depends on a vendor, service, resource or system, directly or transitively,
 * and the plans whose RTO its loss would break: those shorter than its own recovery objective.
 *
 * @public
 */
export interface BlastRadius {
  source: string;
  sourceObjective?: RecoveryObjective;
  /** Every dependent, nearest first, with one shortest path from the source to it. */
  dependents: ReachedNode[];
  /** The conflicts, each with its path from the plan down to the source. */
  brokenRtos: RtoConflict[];
}

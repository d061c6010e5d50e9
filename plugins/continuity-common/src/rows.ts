// The rows of the continuity lists and the blast radius, as the API answers them.
import type {
  Criticality,
  ExerciseResult,
  ExerciseType,
  IctServiceType,
  RemediationAction,
  Substitutability,
} from '@readiness/plugin-readiness-common';
import type { RecoveryStatus } from './recovery';
import type { DueStatus, ReviewStanding } from './reviewStanding';
import type { VendorReviewStatus } from './vendorReviewStatus';

/**
 * One line of the vendor register. It holds no confidential field (see
 * `splitConfidentialVendorFields`).
 *
 * @public
 */
export interface VendorRegisterRow {
  /** The vendor's entity ref. */
  ref: string;
  /** The vendor's entity name. */
  name: string;
  /** The vendor's title, or its name. */
  title: string;
  /** The registered legal name. */
  legalName: string;
  /** Country of the legal entity (ISO 3166-1 alpha-2). */
  country: string;
  /** How critical the vendor is to us. */
  criticality: Criticality;
  /** Whether it supports a critical or important function (DORA). */
  supportsCriticalFunction: boolean;
  /** The type of ICT service it provides. */
  ictServiceType: IctServiceType;
  /** Group ref. */
  owner: string;
  /** User ref. */
  relationshipOwner: string;
  /** What the vendor provides. */
  services: string[];
  /** Our components, systems and resources it supports (refs as written). */
  supports: string[];
  /**
   * The titles of the entities the row names (owner, relationship owner, what it supports), by
   * the ref as written, so the register shows them without asking the catalog; a ref missing
   * here names no entity the catalog holds.
   */
  titles: Record<string, string>;
  /** How hard it is to replace. */
  substitutability?: Substitutability;
  /** The names of the alternatives the record lists. */
  alternatives: string[];
  /** The exit plan's summary. */
  exitPlan?: string;
  /** When the exit plan was last tested (YYYY-MM-DD). */
  exitPlanLastTested?: string;
  /** When the contract ends (YYYY-MM-DD). */
  contractEnd?: string;
  /** Where each type of review stands. */
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
  /** The plan's entity ref. */
  ref: string;
  /** The plan's entity name. */
  name: string;
  /** The plan's title, or its name. */
  title: string;
  /** The business function the plan keeps going. */
  function: string;
  /** Group ref of the plan's owner. */
  owner: string;
  /** How critical the function is. */
  criticality: Criticality;
  /** Recovery time objective (ISO-8601 duration). */
  rto: string;
  /** Recovery point objective (ISO-8601 duration). */
  rpo: string;
  /** Maximum tolerable period of disruption (ISO-8601 duration). */
  mtpd?: string;
  /** When the plan was last reviewed (YYYY-MM-DD). */
  lastReviewed?: string;
  /** The plan's own review: when it is due and where it stands. */
  review: DueStatus;
  /** The annual table-top exercise: the latest held and when the next is due. */
  tableTop: DueStatus & { lastHeld?: string; exercise?: string };
  /** The more pressing of the review and the table-top standings. */
  standing: ReviewStanding;
  /** How many exercises name the plan. */
  exercises: number;
  /** The latest exercise that names the plan. */
  lastExercise?: { ref: string; date: string; result?: string };
  /** The latest exercise of any type that names the plan and was held (has a result). */
  lastHeldExercise?: { ref: string; date: string; type: ExerciseType };
  /** How many dependencies may take longer to recover than the plan's RTO. */
  rtoConflicts: number;
  /** Where the plan's recovery stands over the last `RECOVERY_PROOF_MONTHS` (see `RecoveryEvidence`). */
  recovery: RecoveryStatus;
  /** What the plan covers (refs as written). */
  covers: string[];
  /** What the plan depends on besides what it covers (refs as written). */
  dependsOn: string[];
}

/**
 * One line of the exercises list.
 *
 * @public
 */
export interface ExerciseRow {
  /** The exercise's entity ref. */
  ref: string;
  /** The exercise's entity name. */
  name: string;
  /** The exercise's title, or its name. */
  title: string;
  /** Game day, table-top or DR test. */
  type: ExerciseType;
  /** When it was (or will be) held (YYYY-MM-DD). */
  date: string;
  /** Group ref of the exercise's owner. */
  owner: string;
  /** What the exercise rehearses. */
  scenario: string;
  /** The continuity plans exercised (refs as written). */
  plans: string[];
  /** The teams taking part (refs as written). */
  teams: string[];
  /** The people taking part. */
  participants: string[];
  /** What counts as success. */
  successCriteria: string[];
  /** The recovery time aimed for (ISO-8601 duration). */
  targetRto?: string;
  /** The recovery time measured (ISO-8601 duration). */
  measuredRto?: string;
  /** Whether the measured recovery time met the target; absent when either is missing. */
  rtoMet?: boolean;
  /** The recovery point aimed for (ISO-8601 duration). */
  targetRpo?: string;
  /** The recovery point measured (ISO-8601 duration). */
  measuredRpo?: string;
  /** Whether the measured recovery point met the target; absent when either is missing. */
  rpoMet?: boolean;
  /** `planned` while the exercise has no result. */
  result: ExerciseResult | 'planned';
  /** What the exercise found. */
  findings: string[];
  /** The actions it raised. */
  actions: RemediationAction[];
  /** How many of its actions are still open. */
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

/**
 * A periodic review the portal tracks (see `REVIEW_KINDS`).
 *
 * @public
 */
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/**
 * How each kind of review reads in a table or a CSV file.
 *
 * @public
 */
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
  /** Which review it is. */
  kind: ReviewKind;
  /** The record reviewed. */
  subject: string;
  /** The title of the record reviewed. */
  subjectTitle: string;
  /** Group (or user) ref answerable for the review. */
  owner: string;
  /** When the review was last done (YYYY-MM-DD). */
  lastDone?: string;
}

/**
 * A node reached from a starting node, at its shortest distance, with one shortest path from the
 * start to it (both ends included).
 *
 * @public
 */
export interface ReachedNode {
  /** The node's full lower-case entity ref. */
  ref: string;
  /** The entity kind, lower case, as in the ref. */
  kind: string;
  /** How many steps away from the start. */
  depth: number;
  /** One shortest path from the start to the node, both included. */
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
  /** The duration in seconds (a month as 30 days). */
  seconds: number;
  /** The record the figure comes from: the vendor itself, or the covering plan. */
  source: string;
  /** Which figure of the source the objective is. */
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
  /** The plan's full lower-case entity ref. */
  plan: string;
  /** The plan's RTO as written (ISO-8601 duration). */
  planRto: string;
  /** The plan's RTO in seconds. */
  planRtoSeconds: number;
  /** The dependency's full lower-case entity ref. */
  dependency: string;
  /** The dependency's recovery objective, longer than the plan's RTO. */
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
  /** The full lower-case ref of what is lost. */
  source: string;
  /** Its own recovery objective, when the records give one. */
  sourceObjective?: RecoveryObjective;
  /** Every dependent, nearest first, with one shortest path from the source to it. */
  dependents: ReachedNode[];
  /** The conflicts, each with its path from the plan down to the source. */
  brokenRtos: RtoConflict[];
}

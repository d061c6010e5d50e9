import type { OnCallGroup } from '@readiness/plugin-oncall-common';
import type {
  ConfidentialVendorFields,
  ContinuityPlanEntity,
  ListPage,
  ListRequest,
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import type { DoraMissingColumn, DoraTable } from './dora';
import type { ReviewStanding } from './reviewStanding';
import type {
  BlastRadius,
  ContinuityPlanRow,
  ExerciseRow,
  ReachedNode,
  RecoveryObjective,
  ReviewItem,
  RtoConflict,
  VendorRegisterRow,
} from './rows';

/**
 * What one reader is shown of a vendor's confidential fields: the fields, or only that they are
 * withheld.
 *
 * @public
 */
export type ConfidentialVendorView =
  | { access: 'granted'; fields: ConfidentialVendorFields }
  | { access: 'withheld' };

/**
 * A user or group named in a record, as the detail views show them.
 *
 * @public
 */
export interface Person {
  kind: string;
  title: string;
  email?: string;
}

/**
 * The last commit that changed a record's file.
 *
 * @public
 */
export interface LastChange {
  commit: string;
  author: string;
  /** ISO-8601 author date. */
  date: string;
  subject: string;
}

/**
 * Where a record comes from: its location, its file, and the file's last change in git.
 *
 * @public
 */
export interface Provenance {
  /** The catalog location that holds the record, e.g. `file:/srv/records/vendors/vendors.yaml`. */
  location?: string;
  /** The file, when the location is a local file. */
  file?: string;
  /** Absent when the file is not in a git checkout (or git is not installed). */
  lastChange?: LastChange;
}

/**
 * The answer of `GET /vendors/:namespace/:name`.
 *
 * @public
 */
export interface VendorDetail {
  /** The record, which never holds the confidential fields. */
  vendor: VendorEntity;
  /** The contract value and financial review findings, or only that the reader may not see them. */
  confidential: ConfidentialVendorView;
  register: VendorRegisterRow;
  blastRadius: BlastRadius;
  people: Record<string, Person>;
  provenance: Provenance;
}

/**
 * Something a plan depends on, directly or transitively, with its recovery objective.
 *
 * @public
 */
export interface PlanDependency extends ReachedNode {
  objective?: RecoveryObjective;
}

/**
 * The answer of `GET /plans/:namespace/:name`.
 *
 * @public
 */
export interface PlanDetail {
  plan: ContinuityPlanEntity;
  status: ContinuityPlanRow;
  exercises: ExerciseRow[];
  rtoConflicts: RtoConflict[];
  dependencies: PlanDependency[];
  people: Record<string, Person>;
  provenance: Provenance;
}

/**
 * How many reviews one owner has in each standing (`GET /reviews/owners`).
 *
 * @public
 */
export interface OwnerReviews {
  owner: string;
  counts: Record<ReviewStanding, number>;
}

/**
 * A DORA table without its rows (`GET /dora`): its columns and what the records lack.
 *
 * @public
 */
export type DoraTableSummary = Omit<DoraTable, 'rows' | 'missing'> & {
  rowCount: number;
  missingCount: number;
  missingByColumn: DoraMissingColumn[];
};

/**
 * The lists a CSV can be downloaded for (`GET /<list>.csv`).
 *
 * @public
 */
export type ContinuityList = 'vendors' | 'plans' | 'exercises' | 'reviews' | 'rto-conflicts';

/**
 * The continuity API (`/api/continuity`), as frontends and other backends call it.
 *
 * @public
 */
export interface ContinuityApi {
  listVendors(request: ListRequest): Promise<ListPage<VendorRegisterRow>>;
  listPlans(request: ListRequest): Promise<ListPage<ContinuityPlanRow>>;
  listExercises(request: ListRequest): Promise<ListPage<ExerciseRow>>;
  listReviews(request: ListRequest): Promise<ListPage<ReviewItem>>;
  reviewOwners(request: ListRequest): Promise<OwnerReviews[]>;
  getVendor(ref: { namespace: string; name: string }): Promise<VendorDetail>;
  getPlan(ref: { namespace: string; name: string }): Promise<PlanDetail>;
  getBlastRadius(entityRef: string): Promise<BlastRadius>;
  listRtoConflicts(request: ListRequest): Promise<ListPage<RtoConflict>>;
  listDoraTables(): Promise<DoraTableSummary[]>;
  /** A list (with the request's filters) or a DORA table (`dora/B_05.01`) as CSV text. */
  exportCsv(list: ContinuityList | `dora/${string}`, request?: ListRequest): Promise<string>;
  /** Who is on call now for a squad; fails when the on-call service cannot say. */
  onCallNow(groupRef: string): Promise<OnCallGroup[]>;
}

import type { OnCallGroup } from '@readiness/plugin-oncall-common';
import type { ContinuityPlanEntity, VendorEntity } from '@readiness/plugin-readiness-common';
import type { ListPage, ListRequest } from '@readiness/plugin-readiness-api-common';
import type { ConfidentialVendorFields } from './confidentialVendorFile';
import type {
  DoraFindingGroup,
  DoraLintFinding,
  DoraMissingColumn,
  DoraPackageStatus,
  DoraTable,
} from './dora';
import type { DoraRegisterAsOf, DoraRegisterDiff, DoraRegisterSnapshot } from './doraHistory';
import type { RecoveryEvidence } from './recovery';
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
  /** `User` or `Group`. */
  kind: string;
  /** The display name, or the title, or the entity name. */
  title: string;
  /** The e-mail address of the profile. */
  email?: string;
}

/**
 * The last commit that changed a record's file.
 *
 * @public
 */
export interface LastChange {
  /** The commit hash. */
  commit: string;
  /** The author's name. */
  author: string;
  /** ISO-8601 author date. */
  date: string;
  /** The commit message's first line. */
  subject: string;
  /** The file's path from the top of its git checkout. */
  path?: string;
  /** The commit's page on the repository's web site, when the checkout names one. */
  url?: string;
}

/**
 * A record file's last change in git and the continuity records it holds (`GET /changes`).
 *
 * @public
 */
export interface RecordFileChange {
  /** The file's path from the top of its git checkout. */
  path: string;
  /** The file's last commit. */
  lastChange: LastChange;
  /** The vendors, plans and exercises the file holds, by title. */
  records: Array<{ ref: string; title: string }>;
}

/**
 * Where a record comes from: its file and the file's last change in git.
 *
 * @public
 */
export interface Provenance {
  /**
   * The record's file: its path from the top of its git checkout, else its file name, or the
   * URL of a record read from a URL. Never the server's absolute path.
   */
  path?: string;
  /** The file's page on the repository's web site at its last commit, when known. */
  url?: string;
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
  /** The vendor's register line. */
  register: VendorRegisterRow;
  /** What losing the vendor reaches. */
  blastRadius: BlastRadius;
  /** The users and groups the record names, by the ref as written there. */
  people: Record<string, Person>;
  /** Where the record comes from. */
  provenance: Provenance;
}

/**
 * Something a plan depends on, directly or transitively, with its recovery objective.
 *
 * @public
 */
export interface PlanDependency extends ReachedNode {
  /** Its recovery objective as the plan sees it. */
  objective?: RecoveryObjective;
}

/**
 * The answer of `GET /plans/:namespace/:name`.
 *
 * @public
 */
export interface PlanDetail {
  /** The record. */
  plan: ContinuityPlanEntity;
  /** The plan's list line, with its review and table-top standings. */
  status: ContinuityPlanRow;
  /** The exercises that name the plan, latest first. */
  exercises: ExerciseRow[];
  /** The plan's RTO conflicts. */
  rtoConflicts: RtoConflict[];
  /** What the plan depends on, directly or transitively, nearest first. */
  dependencies: PlanDependency[];
  /** The users and groups the record names, by the ref as written there. */
  people: Record<string, Person>;
  /** Where the record comes from. */
  provenance: Provenance;
}

/**
 * How many reviews one owner has in each standing (`GET /reviews/owners`).
 *
 * @public
 */
export interface OwnerReviews {
  /** The owner's full lower-case group (or user) ref. */
  owner: string;
  /** How many reviews the owner has in each standing. */
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
  /** How many error findings the linter has in the template. */
  errors: number;
  /** How many warning findings the linter has in the template. */
  warnings: number;
};

/**
 * The register of information as a reader sees it (`GET /dora`): each template without its
 * rows, what the pre-submission linter found grouped by rule and severity, and the report
 * package's status, today or as the records stood on a past day. The findings one by one are
 * paged at `GET /dora/findings`.
 *
 * @public
 */
export interface DoraRegisterSummary {
  /** The day the register is for, and the snapshot it was built from. */
  asOf: DoraRegisterAsOf;
  tables: DoraTableSummary[];
  /** The findings by rule and severity, errors first, then by rule. */
  findingGroups: DoraFindingGroup[];
  package: DoraPackageStatus;
}

/**
 * A page of the linter's findings (`GET /dora/findings`): `filter[rule]`, `filter[severity]`,
 * `filter[template]` and `filter[column]` narrow them, `asOf` picks the day.
 *
 * @public
 */
export type DoraFindingsRequest = ListRequest & { asOf?: string };

/**
 * The report package (`GET /dora/package`) and the name the backend gave it.
 *
 * @public
 */
export interface DoraPackageFile {
  /** The ZIP's name, as the EBA filing rules form it, ending with the time it was made. */
  fileName: string;
  content: Blob;
}

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
  /** A page of the vendor register (`GET /vendors`). */
  listVendors(request: ListRequest): Promise<ListPage<VendorRegisterRow>>;
  /** A page of the continuity plans (`GET /plans`). */
  listPlans(request: ListRequest): Promise<ListPage<ContinuityPlanRow>>;
  /** A page of the exercises (`GET /exercises`). */
  listExercises(request: ListRequest): Promise<ListPage<ExerciseRow>>;
  /** A page of the reviews, done or due (`GET /reviews`). */
  listReviews(request: ListRequest): Promise<ListPage<ReviewItem>>;
  /** How many reviews each owner has in each standing, for the request's filters and text (`GET /reviews/owners`). */
  reviewOwners(request: ListRequest): Promise<OwnerReviews[]>;
  /** A vendor with its register line, blast radius, people, provenance and what the reader may see of its confidential fields. */
  getVendor(ref: { namespace: string; name: string }): Promise<VendorDetail>;
  /** A continuity plan with its standings, exercises, RTO conflicts, dependencies, people and provenance. */
  getPlan(ref: { namespace: string; name: string }): Promise<PlanDetail>;
  /**
   * A plan's recovery status and the evidence behind it, with the real recoveries of the last
   * `months` (one of `RECOVERY_PERIOD_MONTHS`; `RECOVERY_PROOF_MONTHS` unless given).
   */
  getRecovery(
    ref: { namespace: string; name: string },
    options?: { months?: number },
  ): Promise<RecoveryEvidence>;
  /** What losing a vendor, service, resource or system (a full entity ref) reaches. */
  getBlastRadius(entityRef: string): Promise<BlastRadius>;
  /** A page of the RTO conflicts (`GET /rto-conflicts`). */
  listRtoConflicts(request: ListRequest): Promise<ListPage<RtoConflict>>;
  /** Today's DORA register-of-information tables without their rows (`GET /dora`). */
  listDoraTables(): Promise<DoraTableSummary[]>;
  /**
   * The register's templates, lint findings and report package status (`GET /dora`): today's,
   * or as the records stood on `asOf` (YYYY-MM-DD), with the snapshot it was built from.
   */
  getDoraRegister(request?: { asOf?: string }): Promise<DoraRegisterSummary>;
  /** A page of the linter's findings, with the request's filters, today's or as of `asOf` (`GET /dora/findings`). */
  listDoraFindings(request: DoraFindingsRequest): Promise<ListPage<DoraLintFinding>>;
  /**
   * The xBRL-CSV report package (`GET /dora/package`), today's or as of `asOf`, and its file
   * name; fails while the linter finds errors.
   */
  downloadDoraPackage(request?: { asOf?: string }): Promise<DoraPackageFile>;
  /** The snapshots the register can be shown as of, oldest first (`GET /dora/history`). */
  listDoraSnapshots(): Promise<DoraRegisterSnapshot[]>;
  /** What changed in the register from one day to another, both YYYY-MM-DD (`GET /dora/diff`). */
  diffDoraRegister(request: { from: string; to: string }): Promise<DoraRegisterDiff>;
  /**
   * A list (with the request's filters) or a DORA table (`dora/B_05.01`, as of `asOf` when
   * given) as CSV text.
   */
  exportCsv(
    list: ContinuityList | `dora/${string}`,
    request?: ListRequest & { asOf?: string },
  ): Promise<string>;
  /** The files of vendors, plans and exercises changed most recently in git, latest first (`GET /changes`). */
  listRecordChanges(request: { limit?: number }): Promise<RecordFileChange[]>;
  /** Who is on call now for a squad; fails when the on-call service cannot say. */
  onCallNow(groupRef: string): Promise<OnCallGroup[]>;
}

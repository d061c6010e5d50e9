import { createApiRef } from '@backstage/frontend-plugin-api';
import type { OnCallGroup } from '@readiness/plugin-oncall-common';
import type {
  BlastRadius,
  ConfidentialVendorView,
  ContinuityPlanEntity,
  ContinuityPlanRow,
  DoraMissingColumn,
  DoraTable,
  ExerciseRow,
  ReachedNode,
  RecoveryObjective,
  ReviewItem,
  ReviewStanding,
  RtoConflict,
  VendorEntity,
  VendorRegisterRow,
} from '@readiness/plugin-readiness-common';
import type { ListPage, ListRequest } from '@readiness/plugin-readiness-react';

/** What a list asks the backend for (filters, free text, sort and page), and a page of it. */
export type { ListPage, ListRequest };

/** A user or group named in a record. */
export interface Person {
  kind: string;
  title: string;
  email?: string;
}

/** Where a record comes from, and the last change of its file in git. */
export interface Provenance {
  location?: string;
  file?: string;
  lastChange?: { commit: string; author: string; date: string; subject: string };
}

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

export interface PlanDependency extends ReachedNode {
  objective?: RecoveryObjective;
}

export interface PlanDetail {
  plan: ContinuityPlanEntity;
  status: ContinuityPlanRow;
  exercises: ExerciseRow[];
  rtoConflicts: RtoConflict[];
  dependencies: PlanDependency[];
  people: Record<string, Person>;
  provenance: Provenance;
}

export interface OwnerReviews {
  owner: string;
  counts: Record<ReviewStanding, number>;
}

/** A DORA table without its rows: its columns and what the records lack. */
export type DoraTableSummary = Omit<DoraTable, 'rows' | 'missing'> & {
  rowCount: number;
  missingCount: number;
  missingByColumn: DoraMissingColumn[];
};

/** Who is on call now for a squad, as the on-call backend reports it. */
export type {
  OnCallGroup,
  OnCallPerson,
} from '@readiness/plugin-oncall-common';

/** The lists a CSV can be downloaded for. */
export type ContinuityList = 'vendors' | 'plans' | 'exercises' | 'reviews' | 'rto-conflicts';

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

export const continuityApiRef = createApiRef<ContinuityApi>({
  id: 'plugin.continuity.api',
});

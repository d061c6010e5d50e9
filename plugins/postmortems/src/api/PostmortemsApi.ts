import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  ListPage,
  ListRequest as BaseListRequest,
} from '@readiness/plugin-readiness-react';
import type {
  ActionItem,
  PostmortemAnalytics,
  PostmortemSummary,
  ReliabilityDimension,
  RootCauseTaxonomy,
} from '@readiness/plugin-readiness-common';

export type { ListPage };

/** What a list or analytics request asks the readiness backend for. */
export interface ListRequest extends BaseListRequest {
  /** The incident period, YYYY-MM-DD, both days included (library and analytics). */
  from?: string;
  to?: string;
  /** Analytics: what to group the MTTD, MTTR and MTBF by (the backend's default: squad). */
  by?: ReliabilityDimension[];
}

/** A value the library can be filtered by, with how many post-mortems have it. */
export interface FacetValue {
  value: string;
  title?: string;
  count: number;
}

/** The fields the library can be filtered by. */
export type PostmortemFacetField =
  | 'severity'
  | 'status'
  | 'reviewType'
  | 'squad'
  | 'service'
  | 'domain'
  | 'journey'
  | 'taxonomy'
  | 'customerImpact'
  /** The squads owning open actions (of post-mortems and exercises). */
  | 'actionSquad';

export interface PostmortemFacets {
  /** The day (YYYY-MM-DD, UTC) the server computes deadlines against. */
  today: string;
  facets: Record<PostmortemFacetField, FacetValue[]>;
}

/** The lists that export as CSV. */
export type CsvList = 'postmortems' | 'actions';

/** The post-mortem routes of the readiness backend. */
export interface PostmortemsApi {
  listPostmortems(request: ListRequest): Promise<ListPage<PostmortemSummary>>;
  getFacets(): Promise<PostmortemFacets>;
  /** The root-cause taxonomy, for tag and category titles (no categories without one). */
  getTaxonomy(): Promise<RootCauseTaxonomy>;
  getAnalytics(request: ListRequest): Promise<PostmortemAnalytics>;
  listActions(request: ListRequest): Promise<ListPage<ActionItem>>;
  exportCsv(list: CsvList, request: ListRequest): Promise<string>;
}

export const postmortemsApiRef = createApiRef<PostmortemsApi>({
  id: 'plugin.postmortems.api',
});

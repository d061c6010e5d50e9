import type {
  PostmortemAnalytics,
  ReliabilityDimension,
  ReliabilityFigures,
} from './analytics';
import type { PostmortemSummary } from './summary';
import type { RootCauseTaxonomy } from '@readiness/plugin-readiness-common';
import type {
  ListPage,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';
import type { ActionItem } from './actionItems';
import type { DoraReportFormat } from './doraReport';
import type { PostmortemFacetField } from './fields';

/**
 * What a library, analytics or action list request asks the post-mortems backend for.
 *
 * @public
 */
export interface PostmortemsListRequest extends ListRequest {
  /** The incident period, YYYY-MM-DD (UTC), both days included (library and analytics). */
  from?: string;
  to?: string;
}

/**
 * What `GET /analytics/reliability` is asked: the post-mortems (filters, search and period, as
 * the library's), what to group their MTTD, MTTR and MTBF by, and the page of groups (`sort` one
 * of {@link RELIABILITY_SORT_FIELDS}).
 *
 * @public
 */
export interface ReliabilityRequest extends PostmortemsListRequest {
  by: ReliabilityDimension;
}

/**
 * A value a list can be filtered by, with how many post-mortems (or actions) have it and the
 * catalog title of the entity it names.
 *
 * @public
 */
export interface FacetValue {
  value: string;
  title?: string;
  count: number;
}

/**
 * How many values of a field `GET /facets` and `GET /facets/:field` send: a filter menu's worth.
 *
 * @public
 */
export const FACET_VALUES_SHOWN = 50;

/**
 * The answer of `GET /facets`: the values the library and the action list can be filtered by,
 * as they occur in the records: of each field the {@link FACET_VALUES_SHOWN} most common
 * (in the menu's order), and how many values it has in all; the others are found with
 * `GET /facets/:field?q=`.
 *
 * @public
 */
export interface PostmortemFacets {
  /** The day (YYYY-MM-DD, UTC) the server computes deadlines against. */
  today: string;
  facets: Record<PostmortemFacetField, FacetValue[]>;
  /** How many values each field has in all. */
  totals: Record<PostmortemFacetField, number>;
}

/**
 * The answer of `GET /facets/:field?q=`: the field's values whose value or title contains the
 * text (any case), the {@link FACET_VALUES_SHOWN} most common of them, and how many matched.
 *
 * @public
 */
export interface FacetSearch {
  field: PostmortemFacetField;
  values: FacetValue[];
  total: number;
}

/**
 * The lists that export as CSV: the library, the open actions and the reliability figures.
 *
 * @public
 */
export type CsvList = 'postmortems' | 'actions' | 'reliability';

/**
 * The post-mortems API: the library, its analytics and the open actions of post-mortems and
 * exercises. Every call needs a signed-in user or a backend acting for one.
 *
 * @public
 */
export interface PostmortemsApi {
  /** `GET /`: a page of the library. */
  listPostmortems(
    request: PostmortemsListRequest,
  ): Promise<ListPage<PostmortemSummary>>;
  /** `GET /facets` */
  getFacets(): Promise<PostmortemFacets>;
  /** `GET /facets/:field?q=`: a field's values that contain the text. */
  searchFacet(field: PostmortemFacetField, text: string): Promise<FacetSearch>;
  /** `GET /taxonomy`: the root-cause taxonomy, for titles (no categories without one). */
  getTaxonomy(): Promise<RootCauseTaxonomy>;
  /** `GET /analytics`: the figures over the post-mortems the request selects. */
  getAnalytics(request: PostmortemsListRequest): Promise<PostmortemAnalytics>;
  /** `GET /analytics/reliability`: a page of the reliability figures by squad, service, domain or journey. */
  listReliability(
    request: ReliabilityRequest,
  ): Promise<ListPage<ReliabilityFigures>>;
  /** `GET /actions`: a page of the open actions, overdue first. */
  listActions(request: PostmortemsListRequest): Promise<ListPage<ActionItem>>;
  /**
   * `GET /export.csv`, `GET /actions/export.csv` or `GET /analytics/reliability/export.csv` (which
   * needs the request's `by`): every row the request selects.
   */
  exportCsv(
    list: CsvList,
    request: PostmortemsListRequest | ReliabilityRequest,
  ): Promise<string>;
  /**
   * `GET /dora-report/:namespace/:name?format=`: the draft of a major incident's DORA report,
   * as the file's text (JSON of a `DoraReportDraft`, or CSV of its fields).
   */
  exportDoraReport(
    postmortem: { namespace?: string; name: string },
    format: DoraReportFormat,
  ): Promise<string>;
}

import { COVERAGE_CHECKS } from './coverage';

/**
 * The fields the alert catalog page filters by (`filter[<field>]=`, and the same names in
 * the page's URL); a page of `GET /` counts the values of each over every matching alert.
 *
 * @public
 */
export const ALERT_CATALOG_FIELDS = [
  'severity',
  'paging',
  'type',
  'source',
  'errorClass',
  'hasSop',
  'pagerDuty',
  'owner',
  'domain',
  'journey',
] as const;

/**
 * A field the alert catalog page filters by and counts values of.
 *
 * @public
 */
export type AlertCatalogField = (typeof ALERT_CATALOG_FIELDS)[number];

/**
 * The fields `GET /` and `GET /export.csv` can be filtered by: the catalog's and `monitors`,
 * the full ref of the monitored component or resource.
 *
 * @public
 */
export const ALERT_FILTER_FIELDS = [
  ...ALERT_CATALOG_FIELDS,
  'monitors',
] as const;

/**
 * A field the alert list can be filtered by.
 *
 * @public
 */
export type AlertFilterField = (typeof ALERT_FILTER_FIELDS)[number];

/**
 * The fields `GET /procedures` can be filtered by; `service`, `owner`, `domain` and `alert`
 * take full entity refs, `review` a `ProcedureReviewState`.
 *
 * @public
 */
export const PROCEDURE_FILTER_FIELDS = [
  'type',
  'owner',
  'service',
  'domain',
  'review',
  'alert',
] as const;

/**
 * A field the SOP library can be filtered by.
 *
 * @public
 */
export type ProcedureFilterField = (typeof PROCEDURE_FILTER_FIELDS)[number];

/**
 * The fields `GET /error-codes` can be filtered by.
 *
 * @public
 */
export const ERROR_CODE_FILTER_FIELDS = ['class', 'owner'] as const;

/**
 * A field the error codes can be filtered by.
 *
 * @public
 */
export type ErrorCodeFilterField = (typeof ERROR_CODE_FILTER_FIELDS)[number];

/**
 * The fields `GET /coverage/gaps` can be filtered by: the check's id, the domain's ref (`none`
 * for gaps without a domain) and the owning squad's ref.
 *
 * @public
 */
export const COVERAGE_GAP_FILTER_FIELDS = ['check', 'domain', 'owner'] as const;

/**
 * A field the coverage gaps can be filtered by.
 *
 * @public
 */
export type CoverageGapFilterField =
  (typeof COVERAGE_GAP_FILTER_FIELDS)[number];

/**
 * The sorts of `GET /coverage/squads`: by the squad's title, by its gaps over every check, or by
 * its gaps in one check (the check's id).
 *
 * @public
 */
export const COVERAGE_SQUAD_SORT_FIELDS = [
  'squad',
  'gaps',
  ...COVERAGE_CHECKS.map(check => check.id),
] as const;

/**
 * A sort of the squads' coverage.
 *
 * @public
 */
export type CoverageSquadSortField =
  (typeof COVERAGE_SQUAD_SORT_FIELDS)[number];

/**
 * The `filter[domain]` value of `GET /coverage/gaps` for gaps without a domain.
 *
 * @public
 */
export const NO_DOMAIN_FILTER = 'none';

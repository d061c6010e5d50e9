// What the library is filtered by and counts values of.
const LIBRARY_FIELDS = [
  'severity',
  'status',
  'reviewType',
  'squad',
  'service',
  'domain',
  'journey',
  'taxonomy',
  'customerImpact',
  'classification',
] as const;

/**
 * The fields the library and its analytics can be filtered by: `filter[<field>]=`.
 * `taxonomy` matches a tag or its category; `squad` and `service` take full entity refs;
 * `incident` a PagerDuty incident id (the post-mortems that review it); `classification` a
 * DORA classification; `doraReports` a state of a major incident's reports (`overdue`,
 * `late`, `due`, `on-time`, `waiting`).
 *
 * @public
 */
export const POSTMORTEM_FILTER_FIELDS = [
  ...LIBRARY_FIELDS,
  'publication',
  'incident',
  'doraReports',
] as const;

/**
 * A field the library can be filtered by.
 *
 * @public
 */
export type PostmortemFilterField = (typeof POSTMORTEM_FILTER_FIELDS)[number];

/**
 * The fields the list of open actions can be filtered by: `filter[<field>]=`.
 *
 * @public
 */
export const ACTION_FILTER_FIELDS = [
  'squad',
  'owner',
  'category',
  'term',
  'status',
  'source',
  'record',
  'overdue',
] as const;

/**
 * A field the list of open actions can be filtered by.
 *
 * @public
 */
export type ActionFilterField = (typeof ACTION_FILTER_FIELDS)[number];

/**
 * The fields `GET /facets` counts values of: the library's filters (but the publication
 * state) and `actionSquad`, the squads owning open actions.
 *
 * @public
 */
export const POSTMORTEM_FACET_FIELDS = [
  ...LIBRARY_FIELDS,
  'actionSquad',
] as const;

/**
 * A field `GET /facets` counts values of.
 *
 * @public
 */
export type PostmortemFacetField = (typeof POSTMORTEM_FACET_FIELDS)[number];

import type { Severity } from '@readiness/plugin-readiness-common';

/** Customer-impacting incidents that started in one month, by severity. @public */
export type MonthlyIncidents = { month: string; total: number } & Record<
  Severity,
  number
>;

/**
 * The reliability figures of one squad, service, domain or journey. Times are means;
 * a figure is absent when there is nothing to average.
 *
 * @public
 */
export interface ReliabilityFigures {
  /** The squad, service or domain ref, or the journey id. */
  key: string;
  /** Incident reviews (success reviews are not incidents). */
  incidents: number;
  customerImpacting: number;
  /** Mean of detectedAt − startedAt over the incidents, in minutes. */
  mttdMinutes?: number;
  /** Mean of resolvedAt − startedAt over the incidents, in minutes. */
  mttrMinutes?: number;
  /**
   * Mean time between the starts of consecutive customer-impacting
   * incidents, in days; needs two of them.
   */
  mtbfDays?: number;
}

/** What the reliability figures can be grouped by. @public */
export const RELIABILITY_DIMENSIONS = [
  'squad',
  'service',
  'domain',
  'journey',
] as const;

/**
 * One of {@link RELIABILITY_DIMENSIONS}.
 *
 * @public
 */
export type ReliabilityDimension = (typeof RELIABILITY_DIMENSIONS)[number];

/**
 * The sorts of `GET /analytics/reliability`: by the squad, service, domain or journey, or by a
 * figure. Unsorted, the busiest come first (most incidents, then by key).
 *
 * @public
 */
export const RELIABILITY_SORT_FIELDS = [
  'key',
  'incidents',
  'customerImpacting',
  'mttdMinutes',
  'mttrMinutes',
  'mtbfDays',
] as const;

/**
 * One of {@link RELIABILITY_SORT_FIELDS}.
 *
 * @public
 */
export type ReliabilitySortField = (typeof RELIABILITY_SORT_FIELDS)[number];

/** Incident reviews of one month per root-cause category. @public */
export interface TaxonomyMonth {
  month: string;
  /** Incident reviews with at least one tag of the category, by category id. */
  categories: Record<string, number>;
}

/** Incidents classified major under DORA whose incident started in one quarter. @public */
export interface QuarterlyMajorIncidents {
  /** YYYY-Qn, like 2026-Q1. */
  quarter: string;
  major: number;
  /** Of them, those with a report sent late or unsent past its due time. */
  reportedLate: number;
}

/**
 * The post-mortem analytics answer of `/api/postmortems`.
 *
 * @public
 */
export interface PostmortemAnalytics {
  /** The months the monthly series cover, YYYY-MM, first and last included. */
  months: { from: string; to: string };
  incidentsPerMonth: MonthlyIncidents[];
  /** The quarters the months cover, each with its major incidents (DORA). */
  majorIncidentsPerQuarter: QuarterlyMajorIncidents[];
  /** Over every incident the request selects; by squad, service, domain or journey: `GET /analytics/reliability`. */
  overall: ReliabilityFigures;
  /** Category ids that occur, sorted. */
  taxonomyCategories: string[];
  taxonomyByMonth: TaxonomyMonth[];
  /** Incident reviews per tag, most frequent first. */
  taxonomyTags: Array<{ tag: string; category: string; count: number }>;
  publication: {
    onTime: number;
    late: number;
    overdue: number;
    /** Unpublished and still within the deadline: not counted in the share. */
    due: number;
    /** onTime / (onTime + late + overdue), 0..1. */
    share?: number;
  };
  /** Calendar days (UTC) since the last customer-impacting incident was resolved. */
  sinceLastCustomerImpact?: { days: number; ref: string; at: string };
}

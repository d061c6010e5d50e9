import {
  compareCodeUnits,
  DAY_MS,
  dayNumber,
  MonthlyIncidents,
  PostmortemAnalytics,
  QuarterlyMajorIncidents,
  PostmortemSummary,
  ReliabilityDimension,
  ReliabilityFigures,
  TaxonomyMonth,
} from '@readiness/plugin-postmortems-common';
import { SEVERITIES, Severity } from '@readiness/plugin-readiness-common';
import { DateTime } from 'luxon';

/** The root-cause category of a tag id (`dependency/third-party-outage` → `dependency`). */
export function taxonomyCategory(tag: string): string {
  return tag.split('/')[0];
}

function reliabilityOf(
  key: string,
  rows: readonly PostmortemSummary[],
): ReliabilityFigures {
  // One pass without intermediate arrays: this runs for every service of the organisation.
  let incidents = 0;
  let detections = 0;
  let detectionMinutes = 0;
  let resolutions = 0;
  let resolutionMinutes = 0;
  const impactStarts: number[] = [];
  for (const row of rows) {
    if (row.reviewType !== 'incident') continue;
    incidents += 1;
    if (row.timeToDetectMinutes !== undefined) {
      detections += 1;
      detectionMinutes += row.timeToDetectMinutes;
    }
    if (row.durationMinutes !== undefined) {
      resolutions += 1;
      resolutionMinutes += row.durationMinutes;
    }
    if (row.customerImpacting) impactStarts.push(row.startedMs);
  }
  impactStarts.sort((a, b) => a - b);
  let gaps = 0;
  for (let i = 1; i < impactStarts.length; i++) {
    gaps += impactStarts[i] - impactStarts[i - 1];
  }
  return {
    key,
    incidents,
    customerImpacting: impactStarts.length,
    mttdMinutes: detections ? detectionMinutes / detections : undefined,
    mttrMinutes: resolutions ? resolutionMinutes / resolutions : undefined,
    mtbfDays:
      impactStarts.length > 1
        ? gaps / (impactStarts.length - 1) / DAY_MS
        : undefined,
  };
}

const DIMENSION_KEYS: Record<
  ReliabilityDimension,
  (row: PostmortemSummary) => string[]
> = {
  squad: row => [row.owner],
  service: row => row.services,
  domain: row => row.domains,
  journey: row => row.journeys,
};

/**
 * MTTD, MTTR and MTBF of each squad, service, domain or journey of the rows, the busiest first
 * (most incidents, then by key). A post-mortem counts once for each group it names.
 */
export function reliabilityBy(
  rows: readonly PostmortemSummary[],
  dimension: ReliabilityDimension,
): ReliabilityFigures[] {
  const keysOf = DIMENSION_KEYS[dimension];
  const groups = new Map<string, PostmortemSummary[]>();
  for (const row of rows) {
    for (const key of new Set(keysOf(row))) {
      const group = groups.get(key) ?? [];
      group.push(row);
      groups.set(key, group);
    }
  }
  return [...groups.entries()]
    .map(([key, group]) => reliabilityOf(key, group))
    .sort(
      (a, b) => b.incidents - a.incidents || compareCodeUnits(a.key, b.key),
    );
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const last = DateTime.fromFormat(to, 'yyyy-MM', { zone: 'utc' });
  for (
    let month = DateTime.fromFormat(from, 'yyyy-MM', { zone: 'utc' });
    month <= last;
    month = month.plus({ months: 1 })
  ) {
    months.push(month.toFormat('yyyy-MM'));
  }
  return months;
}

/** The quarter of a month: 2026-02 → 2026-Q1. */
function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** Major incidents (DORA) per quarter of the months, those reported late among them. */
function majorIncidentsPerQuarter(
  incidents: readonly PostmortemSummary[],
  months: readonly string[],
): QuarterlyMajorIncidents[] {
  const quarters = new Map<string, QuarterlyMajorIncidents>(
    months.map(month => {
      const quarter = quarterOf(month);
      return [quarter, { quarter, major: 0, reportedLate: 0 }];
    }),
  );
  for (const row of incidents) {
    const quarter = quarters.get(quarterOf(row.startedMonth));
    if (!quarter || row.classification !== 'major') continue;
    quarter.major += 1;
    if (
      row.doraReports.some(state => state === 'late' || state === 'overdue')
    ) {
      quarter.reportedLate += 1;
    }
  }
  return [...quarters.values()];
}

/**
 * The post-mortem analytics over the given library rows: customer-impacting
 * incidents per month by severity; major incidents (DORA) per quarter; MTTD, MTTR and MTBF
 * overall (by group: `reliabilityBy`); the root-cause taxonomy per month; the share published
 * within three days; and the days since the last customer-impacting incident.
 *
 * The monthly series run from `from` (YYYY-MM-DD; else the month of the
 * earliest start) to `to` (else `today`), months in UTC.
 */
export function analyzePostmortems(
  rows: readonly PostmortemSummary[],
  options: {
    today: string;
    from?: string;
    to?: string;
  },
): PostmortemAnalytics {
  const incidents = rows.filter(row => row.reviewType === 'incident');
  const customerImpacting = incidents.filter(row => row.customerImpacting);

  const firstMonth =
    options.from?.slice(0, 7) ??
    rows.reduce<string | undefined>(
      (first, row) =>
        !first || row.startedMonth < first ? row.startedMonth : first,
      undefined,
    ) ??
    options.today.slice(0, 7);
  const lastMonth = (options.to ?? options.today).slice(0, 7);
  const months = monthsBetween(firstMonth, lastMonth);

  const perMonth = new Map<string, MonthlyIncidents>(
    months.map(month => [
      month,
      {
        month,
        total: 0,
        ...(Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Record<
          Severity,
          number
        >),
      },
    ]),
  );
  for (const row of customerImpacting) {
    const month = perMonth.get(row.startedMonth);
    if (month && row.severity) {
      month[row.severity] += 1;
      month.total += 1;
    }
  }

  const categories = [
    ...new Set(incidents.flatMap(row => row.taxonomy.map(taxonomyCategory))),
  ].sort();
  const taxonomyPerMonth = new Map<string, TaxonomyMonth>(
    months.map(month => [
      month,
      {
        month,
        categories: Object.fromEntries(categories.map(c => [c, 0])),
      },
    ]),
  );
  const tagCounts = new Map<string, number>();
  for (const row of incidents) {
    const month = taxonomyPerMonth.get(row.startedMonth);
    for (const category of new Set(row.taxonomy.map(taxonomyCategory))) {
      if (month) month.categories[category] += 1;
    }
    for (const tag of new Set(row.taxonomy)) {
      tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    }
  }

  const publication = { onTime: 0, late: 0, overdue: 0, due: 0 };
  for (const row of rows) {
    const state = row.publication.state;
    publication[state === 'on-time' ? 'onTime' : state] += 1;
  }
  const judged = publication.onTime + publication.late + publication.overdue;

  let lastImpact: PostmortemSummary | undefined;
  for (const row of customerImpacting) {
    if (!lastImpact || row.endedMs > lastImpact.endedMs) {
      lastImpact = row;
    }
  }

  return {
    months: { from: months[0] ?? firstMonth, to: lastMonth },
    incidentsPerMonth: [...perMonth.values()],
    majorIncidentsPerQuarter: majorIncidentsPerQuarter(incidents, months),
    overall: reliabilityOf('all', rows),
    taxonomyCategories: categories,
    taxonomyByMonth: [...taxonomyPerMonth.values()],
    taxonomyTags: [...tagCounts.entries()]
      .map(([tag, count]) => ({ tag, category: taxonomyCategory(tag), count }))
      .sort((a, b) => b.count - a.count || compareCodeUnits(a.tag, b.tag)),
    publication: {
      ...publication,
      share: judged ? publication.onTime / judged : undefined,
    },
    sinceLastCustomerImpact: lastImpact && {
      ref: lastImpact.ref,
      at: lastImpact.resolvedAt ?? lastImpact.startedAt,
      days: dayNumber(options.today) - Math.floor(lastImpact.endedMs / DAY_MS),
    },
  };
}

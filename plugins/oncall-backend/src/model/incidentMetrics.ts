import { DateTime } from 'luxon';
import type {
  IncidentMonth,
  IncidentTotals,
} from '@readiness/plugin-oncall-common';

/**
 * The times of one incident that its response metrics need (ISO-8601).
 *
 * @public
 */
export interface IncidentTimes {
  createdAt: string;
  acknowledgedAt?: string;
  resolvedAt?: string;
}

/**
 * Seconds from `from` to `to`; undefined when `to` is missing or earlier
 * (a clock skew between systems must not produce a negative response time).
 */
function secondsBetween(from: string, to?: string): number | undefined {
  if (!to) {
    return undefined;
  }
  const seconds = (Date.parse(to) - Date.parse(from)) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

function mean(values: Array<number | undefined>): number | undefined {
  const present = values.filter((v): v is number => v !== undefined);
  if (present.length === 0) {
    return undefined;
  }
  return Math.round(present.reduce((sum, v) => sum + v, 0) / present.length);
}

/**
 * Count, MTTA (created → first acknowledgement) and MTTR (created → resolved)
 * of a set of incidents.
 *
 * @public
 */
export function summarizeIncidents(incidents: IncidentTimes[]): IncidentTotals {
  return {
    count: incidents.length,
    mttaSeconds: mean(
      incidents.map(i => secondsBetween(i.createdAt, i.acknowledgedAt)),
    ),
    mttrSeconds: mean(
      incidents.map(i => secondsBetween(i.createdAt, i.resolvedAt)),
    ),
  };
}

/**
 * The first instant of the period covered by {@link summarizeIncidentsByMonth}:
 * the start of the month `months - 1` months before `now`'s month (UTC).
 *
 * @public
 */
export function incidentPeriodStart(now: Date, months: number): Date {
  return DateTime.fromJSDate(now, { zone: 'utc' })
    .startOf('month')
    .minus({ months: months - 1 })
    .toJSDate();
}

/**
 * Incidents per calendar month (UTC) over the last `months` months up to and
 * including `now`'s month, oldest first, months without incidents included;
 * and the totals of the incidents inside that period.
 *
 * @public
 */
export function summarizeIncidentsByMonth(
  incidents: IncidentTimes[],
  options: { months: number; now: Date },
): { months: IncidentMonth[]; totals: IncidentTotals } {
  const first = DateTime.fromJSDate(
    incidentPeriodStart(options.now, options.months),
    { zone: 'utc' },
  );
  const byMonth = new Map<string, IncidentTimes[]>();
  for (let i = 0; i < options.months; i++) {
    byMonth.set(first.plus({ months: i }).toFormat('yyyy-MM'), []);
  }
  const inPeriod: IncidentTimes[] = [];
  for (const incident of incidents) {
    const month = DateTime.fromISO(incident.createdAt, {
      zone: 'utc',
    }).toFormat('yyyy-MM');
    const bucket = byMonth.get(month);
    if (bucket) {
      bucket.push(incident);
      inPeriod.push(incident);
    }
  }
  return {
    months: [...byMonth].map(([month, monthIncidents]) => ({
      month,
      ...summarizeIncidents(monthIncidents),
    })),
    totals: summarizeIncidents(inPeriod),
  };
}

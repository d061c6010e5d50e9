import { parseEntityRef } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import type {
  ActionItem,
  PostmortemSummary,
  ReliabilityFigures,
} from '@readiness/plugin-postmortems-common';
import { formatMinutes } from '../components/shared/format';

/** How many overdue actions one squad has, and how late the oldest is. */
export interface SquadOverdueActions {
  squad: string;
  overdue: number;
  mostDaysOverdue: number;
}

/**
 * Overdue actions counted per owning squad, most first. An action whose owner is in no squad
 * counts under its owner, so none goes missing from the count.
 */
export function overdueActionsBySquad(
  actions: readonly ActionItem[],
): SquadOverdueActions[] {
  const bySquad = new Map<string, SquadOverdueActions>();
  for (const action of actions) {
    if (!action.overdue) continue;
    const squad = action.ownerSquad ?? action.owner;
    const entry = bySquad.get(squad) ?? {
      squad,
      overdue: 0,
      mostDaysOverdue: 0,
    };
    entry.overdue += 1;
    entry.mostDaysOverdue = Math.max(entry.mostDaysOverdue, action.daysOverdue);
    bySquad.set(squad, entry);
  }
  return [...bySquad.values()].sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.mostDaysOverdue - a.mostDaysOverdue ||
      a.squad.localeCompare(b.squad),
  );
}

/** A post-mortem not published within three days of resolution, as a home-page line. */
export function describeLatePostmortem(
  postmortem: Pick<
    PostmortemSummary,
    'ref' | 'title' | 'owner' | 'publication'
  >,
  today: string,
): { title: string; detail: string; href: string } {
  const late = Math.round(
    DateTime.fromISO(today, { zone: 'utc' })
      .diff(
        DateTime.fromISO(postmortem.publication.deadline, { zone: 'utc' }),
        'days',
      )
      .as('days'),
  );
  const ref = parseEntityRef(postmortem.ref);
  return {
    title: postmortem.title,
    detail: `${
      parseEntityRef(postmortem.owner).name
    } · unpublished, ${late} day${late === 1 ? '' : 's'} past the deadline (${
      postmortem.publication.deadline
    })`,
    href: `/catalog/${ref.namespace}/postmortem/${ref.name}`,
  };
}

/** A window the reliability trend is read over, named by the quarter it ends in. */
export interface TrendWindow {
  /** The quarter the window ends in, e.g. `2026-Q4`. */
  quarter: string;
  from: string;
  to: string;
}

/**
 * The trailing twelve months at the end of each of the last `count` quarters, oldest first; the
 * current quarter's window ends today. A year rather than a quarter, because MTBF needs two
 * customer-impacting incidents and a domain rarely has them in three months.
 */
export function trailingYearWindows(
  today: string,
  count: number,
): TrendWindow[] {
  const day = DateTime.fromISO(today, { zone: 'utc' });
  return Array.from({ length: count }, (_, i) => {
    const quarterEnd = day.minus({ quarters: count - 1 - i }).endOf('quarter');
    const to = quarterEnd < day ? quarterEnd : day;
    return {
      quarter: `${quarterEnd.year}-Q${quarterEnd.quarter}`,
      from: to.minus({ years: 1 }).plus({ days: 1 }).toISODate()!,
      to: to.toISODate()!,
    };
  });
}

/** One domain's MTTR and MTBF in each window, oldest first. */
export interface DomainTrend {
  domain: string;
  /** Incidents in the latest window, which orders the domains. */
  incidents: number;
  points: Array<{ quarter: string; mttrMinutes?: number; mtbfDays?: number }>;
}

/** Each domain's figures across the windows, the domains with the most recent incidents first. */
export function domainTrends(
  windows: ReadonlyArray<{ quarter: string; figures: ReliabilityFigures[] }>,
): DomainTrend[] {
  const domains = new Set(
    windows.flatMap(window => window.figures.map(figure => figure.key)),
  );
  const latest = windows.at(-1)?.figures ?? [];
  return [...domains]
    .map(domain => ({
      domain,
      incidents: latest.find(figure => figure.key === domain)?.incidents ?? 0,
      points: windows.map(window => {
        const figure = window.figures.find(f => f.key === domain);
        return {
          quarter: window.quarter,
          mttrMinutes: figure?.mttrMinutes,
          mtbfDays: figure?.mtbfDays,
        };
      }),
    }))
    .sort(
      (a, b) => b.incidents - a.incidents || a.domain.localeCompare(b.domain),
    );
}

/** A trend in words, oldest to newest: "MTTR 2 h → 1 h 30 min", "MTBF 30 d → —". */
export function describeTrend(trend: DomainTrend): {
  mttr: string;
  mtbf: string;
} {
  return {
    mttr: `MTTR ${trend.points
      .map(point => formatMinutes(point.mttrMinutes))
      .join(' → ')}`,
    mtbf: `MTBF ${trend.points
      .map(point =>
        point.mtbfDays === undefined ? '—' : `${Math.round(point.mtbfDays)} d`,
      )
      .join(' → ')}`,
  };
}

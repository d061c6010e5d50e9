import { DateTime } from 'luxon';
import type {
  CheckStatus,
  LevelTrendPoint,
  ScorecardChange,
  TrendPeriod,
} from '@readiness/plugin-scorecards-common';
import { isCheckMet } from './levels';

/**
 * The period a moment falls in, in UTC: an ISO week (`2026-W07`) or a quarter (`2026-Q1`).
 *
 * @public
 */
export function trendPeriodKey(at: Date, period: TrendPeriod): string {
  const time = DateTime.fromJSDate(at, { zone: 'utc' });
  return period === 'week'
    ? `${time.weekYear}-W${String(time.weekNumber).padStart(2, '0')}`
    : `${time.year}-Q${time.quarter}`;
}

/**
 * The keys of the last `count` periods up to and including the one `until` falls in, oldest first.
 *
 * @public
 */
export function recentPeriodKeys(
  until: Date,
  period: TrendPeriod,
  count: number,
): string[] {
  const end = DateTime.fromJSDate(until, { zone: 'utc' });
  return Array.from({ length: count }, (_, index) =>
    trendPeriodKey(
      end
        .minus(
          period === 'week'
            ? { weeks: count - 1 - index }
            : { quarters: count - 1 - index },
        )
        .toJSDate(),
      period,
    ),
  );
}

/**
 * A squad's level at the end of a period: its last evaluation within the period.
 *
 * @public
 */
export interface SquadPeriodLevel {
  squadRef: string;
  period: string;
  level: number;
}

/**
 * Squads per level and the average level for each period, oldest first. A period without
 * evaluations has no average and an empty distribution (zeros), so a chart shows the gap.
 *
 * @public
 */
export function levelTrend(
  points: ReadonlyArray<SquadPeriodLevel>,
  periods: ReadonlyArray<string>,
  levels: ReadonlyArray<number>,
): LevelTrendPoint[] {
  return periods.map(period => {
    const inPeriod = points.filter(point => point.period === period);
    return {
      period,
      squads: inPeriod.length,
      averageLevel:
        inPeriod.length > 0
          ? Math.round(
              (inPeriod.reduce((sum, p) => sum + p.level, 0) /
                inPeriod.length) *
                100,
            ) / 100
          : undefined,
      distribution: levelDistribution(
        inPeriod.map(point => point.level),
        levels,
      ),
    };
  });
}

/**
 * How many squads are at each level (0 and every level of the model).
 *
 * @public
 */
export function levelDistribution(
  squadLevels: ReadonlyArray<number>,
  levels: ReadonlyArray<number>,
): Record<number, number> {
  const distribution: Record<number, number> = { 0: 0 };
  for (const level of levels) {
    distribution[level] = 0;
  }
  for (const level of squadLevels) {
    distribution[level] = (distribution[level] ?? 0) + 1;
  }
  return distribution;
}

/**
 * A squad's scorecard as of one moment: its level and each check's status.
 *
 * @public
 */
export interface ScorecardSnapshot {
  squadRef: string;
  level: number;
  evaluatedAt: string;
  statuses: Record<string, CheckStatus>;
}

/**
 * Compares each squad's scorecard at two dates: level change, checks newly met and newly unmet.
 * Squads evaluated at only one of the dates are listed with the other side missing.
 *
 * @public
 */
export function compareScorecards(
  before: ReadonlyArray<ScorecardSnapshot>,
  after: ReadonlyArray<ScorecardSnapshot>,
): ScorecardChange[] {
  const beforeBySquad = new Map(before.map(s => [s.squadRef, s]));
  const afterBySquad = new Map(after.map(s => [s.squadRef, s]));
  const squads = [
    ...new Set([...beforeBySquad.keys(), ...afterBySquad.keys()]),
  ].sort();
  return squads.map(squadRef => {
    const was = beforeBySquad.get(squadRef);
    const is = afterBySquad.get(squadRef);
    const checks = new Set([
      ...Object.keys(was?.statuses ?? {}),
      ...Object.keys(is?.statuses ?? {}),
    ]);
    const improved: string[] = [];
    const regressed: string[] = [];
    if (was && is) {
      for (const check of checks) {
        const metBefore = isCheckMet(was.statuses[check] ?? 'no-data');
        const metAfter = isCheckMet(is.statuses[check] ?? 'no-data');
        if (!metBefore && metAfter) improved.push(check);
        if (metBefore && !metAfter) regressed.push(check);
      }
    }
    return {
      squadRef,
      levelBefore: was?.level,
      levelAfter: is?.level,
      levelChange: was && is ? is.level - was.level : undefined,
      improved: improved.sort(),
      regressed: regressed.sort(),
    };
  });
}

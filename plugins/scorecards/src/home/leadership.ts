import type {
  LevelTrendPoint,
  ScorecardsResponse,
} from '@readiness/plugin-scorecards-common';

/** A check's title by its id, for people; the id when the model no longer has the check. */
export function checkTitles(
  model: Pick<ScorecardsResponse['model'], 'checks'>,
): (checkId: string) => string {
  const titles = new Map(model.checks.map(check => [check.id, check.title]));
  return checkId => titles.get(checkId) ?? checkId;
}

/** The checks failing for the most squads, most first, with how many squads fail each. */
export function mostFailingChecks(
  scorecards: Pick<ScorecardsResponse, 'model' | 'failing'>,
  limit: number,
): Array<{ checkId: string; title: string; failing: number }> {
  const titleOf = checkTitles(scorecards.model);
  return Object.entries(scorecards.failing)
    .map(([checkId, count]) => ({
      checkId,
      title: titleOf(checkId),
      failing: count,
    }))
    .sort((a, b) => b.failing - a.failing || a.title.localeCompare(b.title))
    .slice(0, limit);
}

/** A period's distribution in words, highest level first: "L3 1 · L2 2 · L1 3 · L0 4". */
export function describeDistribution(point: LevelTrendPoint): string {
  return Object.entries(point.distribution)
    .map(([level, count]) => [Number(level), count] as const)
    .sort((a, b) => b[0] - a[0])
    .map(([level, count]) => `L${level} ${count}`)
    .join(' · ');
}

/** The first day of the quarter before the one `today` (YYYY-MM-DD) is in. */
export function startOfPreviousQuarter(today: string): string {
  const [year, month] = today.split('-').map(Number);
  const quarterStartMonth = Math.floor((month - 1) / 3) * 3 + 1;
  const previous = quarterStartMonth - 3;
  const y = previous < 1 ? year - 1 : year;
  const m = previous < 1 ? previous + 12 : previous;
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

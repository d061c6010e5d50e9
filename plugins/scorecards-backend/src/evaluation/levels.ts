import type {
  CapabilityCheck,
  CapabilityModelEntity,
} from '@readiness/plugin-readiness-common';
import type {
  CheckResult,
  CheckStatus,
  SquadLevel,
} from '@readiness/plugin-scorecards-common';

/** The part of a capability model the level computation reads. @public */
export type CapabilityModelSpec = CapabilityModelEntity['spec'];

/** Counts towards a level: passed, or waived by leadership. @public */
export function isCheckMet(status: CheckStatus): boolean {
  return status === 'pass' || status === 'waived';
}

/**
 * A squad's level: the highest level whose checks, and those of every level below, all pass or
 * are waived. A check without a result blocks like a failing one. The blockers are the unmet
 * checks of the levels up to the next one, lowest level first.
 *
 * @public
 */
export function computeSquadLevel(
  model: CapabilityModelSpec,
  results: ReadonlyArray<Pick<CheckResult, 'checkId' | 'status' | 'summary'>>,
): SquadLevel {
  const byCheck = new Map(results.map(result => [result.checkId, result]));
  const levels = [...model.levels].sort((a, b) => a.level - b.level);
  const unmet = (check: CapabilityCheck) =>
    !isCheckMet(byCheck.get(check.id)?.status ?? 'no-data');

  let reached: (typeof levels)[number] | undefined;
  for (const level of levels) {
    const blocked = model.checks.some(
      check => check.level <= level.level && unmet(check),
    );
    if (blocked) {
      const blockers = model.checks
        .filter(check => check.level <= level.level && unmet(check))
        .sort((a, b) => a.level - b.level)
        .map(check => {
          const result = byCheck.get(check.id);
          return {
            checkId: check.id,
            title: check.title,
            level: check.level,
            type: check.type,
            status: result?.status ?? 'no-data',
            summary: result?.summary ?? 'Not evaluated yet.',
            howToFix: check.howToFix,
          };
        });
      return {
        level: reached?.level ?? 0,
        name: reached?.name,
        next: { level: level.level, name: level.name, blockers },
      };
    }
    reached = level;
  }
  return { level: reached?.level ?? 0, name: reached?.name };
}

import { parseEntityRef } from '@backstage/catalog-model';
import {
  ContinuityPlanRow,
  RECOVERY_STATUS_LABELS,
  RECOVERY_STATUSES,
  RecoveryStatus,
} from '@readiness/plugin-continuity-common';

/** The plans list filtered to one recovery status, as the overview and home widgets link it. */
export function recoveryListHref(status: RecoveryStatus): string {
  return `/continuity/plans?recovery=${status}`;
}

/** How many plans are in each recovery status, every status present. */
export function countByRecovery(
  plans: readonly Pick<ContinuityPlanRow, 'recovery'>[],
): Record<RecoveryStatus, number> {
  const counts = Object.fromEntries(
    RECOVERY_STATUSES.map(status => [status, 0]),
  ) as Record<RecoveryStatus, number>;
  for (const plan of plans) counts[plan.recovery] += 1;
  return counts;
}

/**
 * The functions whose recovery is not proven, as home-page lines: breached first, then at risk,
 * then unproven, each opening the plan's page.
 */
export function unprovenRecoveries(
  plans: readonly ContinuityPlanRow[],
): Array<{ key: string; title: string; detail: string; href: string }> {
  const rank = (plan: ContinuityPlanRow) =>
    RECOVERY_STATUSES.indexOf(plan.recovery);
  return plans
    .filter(plan => plan.recovery !== 'proven')
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))
    .map(plan => {
      const { namespace, name } = parseEntityRef(plan.ref);
      return {
        key: plan.ref,
        title: plan.function,
        detail: `${RECOVERY_STATUS_LABELS[plan.recovery]} · ${plan.title}`,
        href: `/catalog/${namespace}/continuityplan/${name}/continuity`,
      };
    });
}

import { entityRefKey } from '@readiness/plugin-readiness-common';
import type { EscalationPolicyFacts, PlanRecoveryFacts } from './evaluators';

/**
 * Groups a list by key, once per list: an evaluation runs every check for hundreds of squads over
 * the same facts, so each squad's share is a lookup rather than a pass over the whole list.
 * Items keep their order; items without a key are left out.
 */
function groupedOnce<T>(
  keyOf: (item: T) => string | undefined,
): (items: ReadonlyArray<T>) => ReadonlyMap<string, T[]> {
  const groups = new WeakMap<ReadonlyArray<T>, Map<string, T[]>>();
  return items => {
    let byKey = groups.get(items);
    if (!byKey) {
      byKey = new Map();
      for (const item of items) {
        const key = keyOf(item);
        if (key === undefined) continue;
        const list = byKey.get(key);
        if (list) list.push(item);
        else byKey.set(key, [item]);
      }
      groups.set(items, byKey);
    }
    return byKey;
  };
}

/**
 * The escalation policies by the entity they are mapped to, as a lower-case ref (a squad's
 * `ScorecardSquad.ref`).
 */
export const policiesByEntity = groupedOnce<EscalationPolicyFacts>(policy =>
  policy.entityRef.toLocaleLowerCase('en-US'),
);

/**
 * The critical functions' plans by owner, as a full lower-case group ref; plans whose owner is
 * not a ref are left out.
 */
export const criticalPlansByOwner = groupedOnce<PlanRecoveryFacts>(plan =>
  entityRefKey(plan.owner, 'group'),
);

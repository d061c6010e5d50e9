import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ContinuityPlanEntity,
  ExerciseEntity,
  normalizeEntityRef,
} from '@readiness/plugin-readiness-common';
import {
  addInterval,
  ContinuityPlanRow,
  DueStatus,
  dueStatus,
  worstStanding,
} from '@readiness/plugin-continuity-common';

/**
 * Every plan needs a table-top exercise at least this often.
 *
 * @public
 */
export const TABLE_TOP_INTERVAL = 'P12M';

/**
 * A plan's own review: last reviewed plus its review interval.
 *
 * @public
 */
export function planReviewStatus(plan: ContinuityPlanEntity, today: string): DueStatus {
  const { lastReviewed, reviewInterval } = plan.spec;
  return dueStatus(
    lastReviewed && reviewInterval ? addInterval(lastReviewed, reviewInterval) : undefined,
    today,
  );
}

/**
 * Exercises by the plans they name in `spec.plans` (full lower-case plan refs), latest first.
 *
 * @public
 */
export function groupExercisesByPlan(
  exercises: readonly ExerciseEntity[],
): Map<string, ExerciseEntity[]> {
  const byPlan = new Map<string, ExerciseEntity[]>();
  for (const exercise of exercises) {
    for (const planRef of exercise.spec.plans ?? []) {
      const ref = normalizeEntityRef(planRef, 'continuityplan');
      byPlan.set(ref, [...(byPlan.get(ref) ?? []), exercise]);
    }
  }
  for (const list of byPlan.values()) {
    list.sort((a, b) => b.spec.date.localeCompare(a.spec.date));
  }
  return byPlan;
}

/**
 * The key a plan has in `groupExercisesByPlan`.
 *
 * @public
 */
export function planKey(plan: ContinuityPlanEntity): string {
  return stringifyEntityRef(plan).toLocaleLowerCase('en-US');
}

/**
 * The annual table-top of a plan: the latest table-top held (one with a result) and when the
 * next is due. A plan that has never had one is overdue.
 *
 * @public
 */
export function tableTopStatus(
  planExercises: readonly ExerciseEntity[],
  today: string,
): DueStatus & { lastHeld?: string; exercise?: string } {
  const held = planExercises
    .filter(exercise => exercise.spec.type === 'table-top' && exercise.spec.result)
    .sort((a, b) => b.spec.date.localeCompare(a.spec.date))[0];
  if (!held) {
    return dueStatus(undefined, today);
  }
  return {
    ...dueStatus(addInterval(held.spec.date, TABLE_TOP_INTERVAL), today),
    lastHeld: held.spec.date,
    exercise: stringifyEntityRef(held),
  };
}

/**
 * A plan as a list line, on `today`, given its exercises and its number of RTO conflicts; its
 * recovery status needs the incidents too (see `ContinuityModel.planRows`).
 *
 * @public
 */
export function continuityPlanRow(
  plan: ContinuityPlanEntity,
  today: string,
  planExercises: readonly ExerciseEntity[],
  rtoConflicts: number,
): Omit<ContinuityPlanRow, 'recovery'> {
  const { spec } = plan;
  const review = planReviewStatus(plan, today);
  const tableTop = tableTopStatus(planExercises, today);
  const latest = planExercises[0];
  const latestHeld = planExercises.find(exercise => exercise.spec.result);
  return {
    ref: stringifyEntityRef(plan),
    name: plan.metadata.name,
    title: plan.metadata.title ?? plan.metadata.name,
    function: spec.function,
    owner: spec.owner,
    criticality: spec.criticality,
    rto: spec.bia.rto,
    rpo: spec.bia.rpo,
    mtpd: spec.bia.mtpd,
    lastReviewed: spec.lastReviewed,
    review,
    tableTop,
    standing: worstStanding([review.standing, tableTop.standing]),
    exercises: planExercises.length,
    lastExercise: latest && {
      ref: stringifyEntityRef(latest),
      date: latest.spec.date,
      result: latest.spec.result,
    },
    lastHeldExercise: latestHeld && {
      ref: stringifyEntityRef(latestHeld),
      date: latestHeld.spec.date,
      type: latestHeld.spec.type,
    },
    rtoConflicts,
    covers: spec.covers ?? [],
    dependsOn: spec.dependsOn ?? [],
  };
}

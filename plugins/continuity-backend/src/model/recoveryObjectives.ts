import { Entity } from '@backstage/catalog-model';
import {
  isContinuityPlanEntity,
  isVendorEntity,
} from '@readiness/plugin-readiness-common';
import {
  BlastRadius,
  durationSeconds,
  RecoveryObjective,
  RtoConflict,
} from '@readiness/plugin-continuity-common';
import { DependencyGraph, reachableFrom } from './dependencyGraph';

/**
 * A plan's RTO, when it has a readable one.
 *
 * @public
 */
export function planRto(
  plan: Entity | undefined,
): { duration: string; seconds: number } | undefined {
  if (!plan || !isContinuityPlanEntity(plan)) return undefined;
  const rto = durationSeconds(plan.spec.bia?.rto);
  return rto === undefined ? undefined : { duration: plan.spec.bia.rto, seconds: rto };
}

/**
 * The recovery objective of a node as another plan sees it. A vendor has its maximum tolerable
 * outage. A component or system has the shortest RTO among the plans that cover it, except when
 * `forPlan` covers it itself: then that plan owns its recovery and it brings no other figure.
 *
 * @public
 */
export function recoveryObjectiveOf(
  graph: DependencyGraph,
  ref: string,
  forPlan?: string,
): RecoveryObjective | undefined {
  const entity = graph.entities.get(ref);
  if (entity && isVendorEntity(entity)) {
    const duration = entity.spec.impactOfLoss?.maxTolerableOutage;
    const outage = durationSeconds(duration);
    return outage === undefined
      ? undefined
      : { duration: duration!, seconds: outage, source: ref, basis: 'vendor-max-tolerable-outage' };
  }
  const plans = graph.coveredBy.get(ref);
  if (!plans || (forPlan && plans.has(forPlan))) return undefined;
  let strictest: RecoveryObjective | undefined;
  for (const plan of [...plans].sort()) {
    const rto = planRto(graph.entities.get(plan));
    if (rto && (!strictest || rto.seconds < strictest.seconds)) {
      strictest = { ...rto, source: plan, basis: 'plan-rto' };
    }
  }
  return strictest;
}

function conflictFor(
  graph: DependencyGraph,
  plan: string,
  dependency: string,
  path: string[],
): RtoConflict | undefined {
  const rto = planRto(graph.entities.get(plan));
  const objective = recoveryObjectiveOf(graph, dependency, plan);
  if (!rto || !objective || objective.seconds <= rto.seconds) return undefined;
  return {
    plan,
    planRto: rto.duration,
    planRtoSeconds: rto.seconds,
    dependency,
    dependencyObjective: objective,
    path,
  };
}

/**
 * The RTO conflicts of one plan: every dependency, direct or transitive, whose recovery
 * objective is longer than the plan's RTO, each once with a shortest path to it.
 *
 * @public
 */
export function rtoConflictsOf(graph: DependencyGraph, plan: string): RtoConflict[] {
  return reachableFrom(plan, graph.dependsOn).flatMap(node => {
    const conflict = conflictFor(graph, plan, node.ref, node.path);
    return conflict ? [conflict] : [];
  });
}

/**
 * The RTO conflicts of every plan in the graph, plan by plan.
 *
 * @public
 */
export function findRtoConflicts(graph: DependencyGraph): RtoConflict[] {
  return [...graph.entities.entries()]
    .filter(([, entity]) => isContinuityPlanEntity(entity))
    .map(([ref]) => ref)
    .sort()
    .flatMap(plan => rtoConflictsOf(graph, plan));
}

/**
 * The blast radius of losing `source`.
 *
 * @public
 */
export function blastRadius(graph: DependencyGraph, source: string): BlastRadius {
  const dependents = reachableFrom(source, graph.dependents);
  const brokenRtos = dependents.flatMap(node => {
    const conflict = conflictFor(graph, node.ref, source, [...node.path].reverse());
    return conflict ? [conflict] : [];
  });
  return {
    source,
    sourceObjective: recoveryObjectiveOf(graph, source),
    dependents,
    brokenRtos,
  };
}

import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ExerciseEntity,
  isOpenAction,
} from '@readiness/plugin-readiness-common';
import {
  durationSeconds,
  ExerciseRow,
} from '@readiness/plugin-continuity-common';

/**
 * Whether a measured recovery time met its target; undefined when either is missing.
 *
 * @public
 */
export function metTarget(target?: string, measured?: string): boolean | undefined {
  const targetSeconds = durationSeconds(target);
  const measuredSeconds = durationSeconds(measured);
  if (targetSeconds === undefined || measuredSeconds === undefined) return undefined;
  return measuredSeconds <= targetSeconds;
}

/**
 * An exercise as a list line.
 *
 * @public
 */
export function exerciseRow(exercise: ExerciseEntity): ExerciseRow {
  const { spec } = exercise;
  const actions = spec.actions ?? [];
  return {
    ref: stringifyEntityRef(exercise),
    name: exercise.metadata.name,
    title: exercise.metadata.title ?? exercise.metadata.name,
    type: spec.type,
    date: spec.date,
    owner: spec.owner,
    scenario: spec.scenario,
    plans: spec.plans ?? [],
    teams: spec.teams ?? [],
    participants: spec.participants ?? [],
    successCriteria: spec.successCriteria ?? [],
    targetRto: spec.target?.rto,
    measuredRto: spec.measured?.rto,
    rtoMet: metTarget(spec.target?.rto, spec.measured?.rto),
    targetRpo: spec.target?.rpo,
    measuredRpo: spec.measured?.rpo,
    rpoMet: metTarget(spec.target?.rpo, spec.measured?.rpo),
    result: spec.result ?? 'planned',
    findings: spec.findings ?? [],
    actions,
    openActions: actions.filter(isOpenAction).length,
  };
}

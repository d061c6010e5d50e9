import { stringifyEntityRef } from '@backstage/catalog-model';
import { ExerciseEntity, ExerciseResult, ExerciseType, RemediationAction } from '../kinds';
import { isOpenAction } from '../postmortems';
import { durationSeconds } from './durationText';

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
 * One line of the exercises list.
 *
 * @public
 */
export interface ExerciseRow {
  ref: string;
  name: string;
  title: string;
  type: ExerciseType;
  date: string;
  owner: string;
  scenario: string;
  plans: string[];
  teams: string[];
  participants: string[];
  successCriteria: string[];
  targetRto?: string;
  measuredRto?: string;
  rtoMet?: boolean;
  targetRpo?: string;
  measuredRpo?: string;
  rpoMet?: boolean;
  /** `planned` while the exercise has no result. */
  result: ExerciseResult | 'planned';
  findings: string[];
  actions: RemediationAction[];
  openActions: number;
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

import type { Entity } from '@backstage/catalog-model';
import type { READINESS_API_VERSION } from './constants';
import type { RemediationAction } from './actions';
import type { ExerciseResult, ExerciseType } from './vocabularies';

/**
 * Recovery objectives, as ISO-8601 durations.
 *
 * @public
 */
export type RecoveryObjectives = {
  rto?: string;
  rpo?: string;
};

/**
 * A game day, table-top exercise or DR test.
 *
 * @public
 */
export interface ExerciseEntity extends Entity {
  apiVersion: typeof READINESS_API_VERSION;
  kind: 'Exercise';
  spec: {
    type: ExerciseType;
    date: string;
    /** Group ref. */
    owner: string;
    scenario: string;
    /** ContinuityPlan refs. */
    plans?: string[];
    /** Group refs. */
    teams?: string[];
    /** User refs. */
    participants?: string[];
    successCriteria?: string[];
    target?: RecoveryObjectives;
    measured?: RecoveryObjectives;
    /** Absent while the exercise is still planned. */
    result?: ExerciseResult;
    findings?: string[];
    actions?: RemediationAction[];
  };
}

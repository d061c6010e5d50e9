import {
  ContinuityPlanEntity,
  ExerciseEntity,
} from '@readiness/plugin-readiness-common';
import { continuityPlanRow } from './planStatus';

const plan: ContinuityPlanEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'ContinuityPlan',
  metadata: { name: 'payments-continuity' },
  spec: {
    function: 'Card payments',
    owner: 'group:cards-squad',
    criticality: 'critical',
    covers: ['component:payment-gateway'],
    bia: { rto: 'PT1H', rpo: 'PT5M' },
    lastReviewed: '2026-01-10',
  },
};

const exercise = (
  name: string,
  date: string,
  result?: ExerciseEntity['spec']['result'],
): ExerciseEntity => ({
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Exercise',
  metadata: { name },
  spec: {
    type: 'dr-test',
    date,
    owner: 'group:cards-squad',
    scenario: 'Primary region lost',
    plans: ['continuityplan:payments-continuity'],
    result,
  },
});

describe('continuityPlanRow', () => {
  it('tells the latest exercise held from a later one only planned', () => {
    const row = continuityPlanRow(
      plan,
      '2026-11-21',
      [
        exercise('2027-01-failover', '2027-01-15'),
        exercise('2025-10-failover', '2025-10-02', 'passed'),
      ],
      0,
    );
    expect(row.lastExercise).toEqual({
      ref: 'exercise:default/2027-01-failover',
      date: '2027-01-15',
      result: undefined,
    });
    expect(row.lastHeldExercise).toEqual({
      ref: 'exercise:default/2025-10-failover',
      date: '2025-10-02',
      type: 'dr-test',
    });
  });

  it('has no held exercise when none has a result', () => {
    expect(
      continuityPlanRow(plan, '2026-11-21', [], 0).lastHeldExercise,
    ).toBeUndefined();
  });
});

import type { Entity } from '@backstage/catalog-model';
import { READINESS_API_VERSION, READINESS_KINDS } from './constants';
import {
  isAlertEntity,
  isCapabilityModelEntity,
  isContinuityPlanEntity,
  isExerciseEntity,
  isPostmortemEntity,
  isProcedureEntity,
  isReadinessEntity,
  isVendorEntity,
} from './guards';

function entity(kind: string, apiVersion = READINESS_API_VERSION): Entity {
  return { apiVersion, kind, metadata: { name: 'x' }, spec: {} };
}

describe('kind guards', () => {
  const guards = {
    Alert: isAlertEntity,
    Procedure: isProcedureEntity,
    Vendor: isVendorEntity,
    ContinuityPlan: isContinuityPlanEntity,
    Exercise: isExerciseEntity,
    Postmortem: isPostmortemEntity,
    CapabilityModel: isCapabilityModelEntity,
  };

  it.each(READINESS_KINDS)('recognise %s records and only them', kind => {
    for (const [guardKind, guard] of Object.entries(guards)) {
      expect(guard(entity(kind))).toBe(guardKind === kind);
    }
    expect(isReadinessEntity(entity(kind))).toBe(true);
  });

  it('require the readiness apiVersion', () => {
    expect(isAlertEntity(entity('Alert', 'backstage.io/v1alpha1'))).toBe(false);
    expect(isReadinessEntity(entity('Alert', 'readiness.dev/v1'))).toBe(false);
  });

  it('do not take other kinds for readiness records', () => {
    expect(isReadinessEntity(entity('Component'))).toBe(false);
    expect(isReadinessEntity(entity('alert'))).toBe(false);
  });
});

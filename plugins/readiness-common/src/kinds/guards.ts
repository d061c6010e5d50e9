import type { Entity } from '@backstage/catalog-model';
import type { AlertEntity } from './AlertEntity';
import type { CapabilityModelEntity } from './CapabilityModelEntity';
import type { ContinuityPlanEntity } from './ContinuityPlanEntity';
import type { ExerciseEntity } from './ExerciseEntity';
import type { PostmortemEntity } from './PostmortemEntity';
import type { ProcedureEntity } from './ProcedureEntity';
import type { VendorEntity } from './VendorEntity';
import { isReadinessKind, READINESS_API_VERSION } from './constants';

/**
 * Any readiness record.
 *
 * @public
 */
export type ReadinessEntity =
  | AlertEntity
  | ProcedureEntity
  | VendorEntity
  | ContinuityPlanEntity
  | ExerciseEntity
  | PostmortemEntity
  | CapabilityModelEntity;

/**
 * Tells whether an entity is a readiness record of a known kind. It checks the
 * envelope only; use validateRecord to check the rest.
 *
 * @public
 */
export function isReadinessEntity(entity: Entity): entity is ReadinessEntity {
  return (
    entity.apiVersion === READINESS_API_VERSION && isReadinessKind(entity.kind)
  );
}

function isKind<T extends ReadinessEntity>(kind: T['kind']) {
  return (entity: Entity): entity is T =>
    entity.apiVersion === READINESS_API_VERSION && entity.kind === kind;
}

/** Tells whether an entity is a Alert record. @public */
export const isAlertEntity = isKind<AlertEntity>('Alert');
/** Tells whether an entity is a Procedure record. @public */
export const isProcedureEntity = isKind<ProcedureEntity>('Procedure');
/** Tells whether an entity is a Vendor record. @public */
export const isVendorEntity = isKind<VendorEntity>('Vendor');
/** Tells whether an entity is a ContinuityPlan record. @public */
export const isContinuityPlanEntity =
  isKind<ContinuityPlanEntity>('ContinuityPlan');
/** Tells whether an entity is a Exercise record. @public */
export const isExerciseEntity = isKind<ExerciseEntity>('Exercise');
/** Tells whether an entity is a Postmortem record. @public */
export const isPostmortemEntity = isKind<PostmortemEntity>('Postmortem');
/** Tells whether an entity is a CapabilityModel record. @public */
export const isCapabilityModelEntity =
  isKind<CapabilityModelEntity>('CapabilityModel');

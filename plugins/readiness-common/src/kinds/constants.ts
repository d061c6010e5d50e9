/**
 * The apiVersion shared by every readiness record kind.
 *
 * @public
 */
export const READINESS_API_VERSION = 'readiness.dev/v1alpha1';

/**
 * Every readiness record kind, in the order the portal presents them.
 *
 * @public
 */
export const READINESS_KINDS = [
  'Alert',
  'Procedure',
  'Vendor',
  'ContinuityPlan',
  'Exercise',
  'Postmortem',
  'CapabilityModel',
] as const;

/**
 * The kind of a readiness record.
 *
 * @public
 */
export type ReadinessKind = (typeof READINESS_KINDS)[number];

/**
 * Tells whether a kind name is one of the readiness record kinds (exact
 * spelling, as in the record's `kind` field).
 *
 * @public
 */
export function isReadinessKind(kind: unknown): kind is ReadinessKind {
  return (READINESS_KINDS as readonly unknown[]).includes(kind);
}

/**
 * The annotation on a squad (a Group) that names its domain.
 *
 * @public
 */
export const SQUAD_DOMAIN_ANNOTATION = 'readiness.dev/domain';

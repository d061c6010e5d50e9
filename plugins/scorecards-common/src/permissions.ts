import {
  createPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * The resource type of a squad's scorecard: conditions on it are evaluated by the
 * scorecards backend (for example "the user is a member of this squad").
 *
 * @public
 */
export const SCORECARD_SQUAD_RESOURCE_TYPE = 'readiness-scorecard-squad';

/**
 * Attesting a capability check for a squad, with evidence.
 *
 * @public
 */
export const scorecardAttestPermission: ResourcePermission<
  typeof SCORECARD_SQUAD_RESOURCE_TYPE
> = createPermission({
  name: 'readiness.scorecard.attest',
  attributes: { action: 'create' },
  resourceType: SCORECARD_SQUAD_RESOURCE_TYPE,
});

/**
 * Approving or rejecting another person's attestation of a check that requires approval.
 *
 * @public
 */
export const scorecardAttestationApprovePermission = createPermission({
  name: 'readiness.scorecard.attestation.approve',
  attributes: { action: 'update' },
});

/**
 * Granting waivers.
 *
 * @public
 */
export const scorecardApprovePermission = createPermission({
  name: 'readiness.scorecard.approve',
  attributes: { action: 'update' },
});

/**
 * Running a scorecard evaluation on demand (results are persisted).
 *
 * @public
 */
export const scorecardEvaluatePermission = createPermission({
  name: 'readiness.scorecard.evaluate',
  attributes: { action: 'create' },
});

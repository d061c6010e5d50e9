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
 * The resource type of a vendor's confidential fields: conditions on it are evaluated by the
 * readiness backend (for example "the user owns the relationship with this vendor").
 *
 * @public
 */
export const VENDOR_RESOURCE_TYPE = 'readiness-vendor';

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
 * Approving attestations and granting waivers.
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

/**
 * Reading a vendor's confidential fields: contract value and financial review details.
 *
 * @public
 */
export const vendorConfidentialReadPermission: ResourcePermission<
  typeof VENDOR_RESOURCE_TYPE
> = createPermission({
  name: 'readiness.vendor.confidential.read',
  attributes: { action: 'read' },
  resourceType: VENDOR_RESOURCE_TYPE,
});

/**
 * Every permission the readiness plugins define, for the permission policy and its tests.
 *
 * @public
 */
export const readinessPermissions = [
  scorecardAttestPermission,
  scorecardApprovePermission,
  scorecardEvaluatePermission,
  vendorConfidentialReadPermission,
];

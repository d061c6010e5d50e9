import {
  createPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * The resource type of a vendor's confidential fields: conditions on it are evaluated by the
 * continuity backend (for example "the user owns the relationship with this vendor").
 *
 * @public
 */
export const VENDOR_RESOURCE_TYPE = 'readiness-vendor';

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
 * Every permission of the continuity API.
 *
 * @public
 */
export const continuityPermissions = [vendorConfidentialReadPermission];

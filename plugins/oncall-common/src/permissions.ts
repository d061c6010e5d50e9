import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Raising a PagerDuty incident from the portal (the "Report a problem" button).
 *
 * @public
 */
export const incidentTriggerPermission = createPermission({
  name: 'readiness.incident.trigger',
  attributes: { action: 'create' },
});

/**
 * Every permission of the on-call plugin, for the permission framework's
 * metadata.
 *
 * @public
 */
export const oncallPermissions = [incidentTriggerPermission];

import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Exporting the draft of a major incident's DORA report (`GET /dora-report/...`): it gathers
 * what the competent authority is told, so a policy may keep it to those who report.
 *
 * @public
 */
export const doraReportExportPermission = createPermission({
  name: 'readiness.postmortem.dora-report.export',
  attributes: { action: 'read' },
});

/**
 * Every permission of the post-mortems plugin, for the permission framework's metadata.
 *
 * @public
 */
export const postmortemsPermissions = [doraReportExportPermission];

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  RecordsIndex,
  recordsPluginDeps,
} from '@readiness/plugin-readiness-node';
import { ContinuityService } from './service/ContinuityService';
import { readDoraEntity } from './service/doraEntityConfig';
import { PagerDutyRecoveries } from './service/PagerDutyRecoveries';
import { createRouter } from './service/router';
import { createConfidentialVendorAccess } from './service/vendorPermissions';

/**
 * The continuity backend plugin: the vendor register, continuity plans, exercises, reviews due,
 * blast radius, RTO conflicts, recovery evidence and the DORA register of information at
 * `/api/continuity`, over the records in the catalog and (for recovery) the resolved PagerDuty
 * incidents the on-call backend serves. Vendors' confidential fields come from
 * `readiness.confidentialVendorFile` and are served only to the readers the permission policy
 * allows (`readiness.vendor.confidential.read` on resource type `readiness-vendor`).
 *
 * @public
 */
export const continuityPlugin = createBackendPlugin({
  pluginId: 'continuity',
  register(env) {
    env.registerInit({
      deps: {
        ...recordsPluginDeps,
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        discovery: coreServices.discovery,
      },
      async init(deps) {
        const clock = deps.readinessClock.now;
        const index = new RecordsIndex({
          ...deps,
          prepare: snapshot => ContinuityService.prepare(snapshot, clock),
        });
        const service = new ContinuityService({
          index,
          clock,
          confidentialVendors: createConfidentialVendorAccess({
            ...deps,
            index,
          }),
          doraEntity: readDoraEntity(deps.config),
          incidents: new PagerDutyRecoveries(deps),
        });
        deps.httpRouter.use(
          await createRouter({ httpAuth: deps.httpAuth, service }),
        );
      },
    });
  },
});

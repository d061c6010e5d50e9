import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  readinessClockServiceRef,
  RecordsIndex,
} from '@readiness/plugin-readiness-node';
import { ContinuityService } from './service/ContinuityService';
import { createRouter } from './service/router';
import { createConfidentialVendorAccess } from './service/vendorPermissions';

/**
 * The continuity backend plugin: the vendor register, continuity plans, exercises, reviews due,
 * blast radius, RTO conflicts and the DORA register of information at `/api/continuity`, over
 * the records in the catalog. Vendors' confidential fields come from
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
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        readinessClock: readinessClockServiceRef,
      },
      async init({
        auth,
        config,
        httpAuth,
        httpRouter,
        logger,
        permissions,
        permissionsRegistry,
        catalog,
        readinessClock,
      }) {
        const clock = readinessClock.now;
        const index = new RecordsIndex({
          catalog,
          auth,
          logger,
          prepare: snapshot => ContinuityService.prepare(snapshot, clock),
        });
        const service = new ContinuityService({
          index,
          clock,
          confidentialVendors: createConfidentialVendorAccess({
            config,
            logger,
            permissions,
            permissionsRegistry,
            index,
          }),
        });
        httpRouter.use(await createRouter({ httpAuth, service }));
      },
    });
  },
});

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  readinessClockServiceRef,
  RecordsIndex,
} from '@readiness/plugin-readiness-node';
import { createConfidentialVendorAccess } from './service/continuity/vendorPermissions';
import { createRouter, prepareSnapshot } from './service/router';

/**
 * The readiness backend: analytics, lists and exports over the readiness records.
 *
 * @public
 */
export const readinessPlugin = createBackendPlugin({
  pluginId: 'readiness',
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
          prepare: snapshot => prepareSnapshot(snapshot, clock),
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            index,
            clock,
            confidentialVendors: createConfidentialVendorAccess({
              config,
              logger,
              httpAuth,
              permissions,
              permissionsRegistry,
              index,
            }),
          }),
        );
      },
    });
  },
});

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  readinessClockServiceRef,
  RecordsIndex,
} from '@readiness/plugin-readiness-node';
import { PagerDutyOnCallReader } from './oncall/PagerDutyOnCallReader';
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
        discovery: coreServices.discovery,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        readinessClock: readinessClockServiceRef,
      },
      async init({
        auth,
        discovery,
        httpAuth,
        httpRouter,
        logger,
        catalog,
        readinessClock,
      }) {
        const clock = readinessClock.now;
        const index = new RecordsIndex({
          catalog,
          auth,
          logger,
          prepare: prepareSnapshot,
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            index,
            clock,
            onCall: new PagerDutyOnCallReader({ discovery, auth, logger }),
          }),
        );
      },
    });
  },
});

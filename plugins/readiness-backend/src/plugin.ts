import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { RecordsIndex } from './records/RecordsIndex';
import { createRouter } from './service/router';

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
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
      },
      async init({ auth, httpAuth, httpRouter, logger, catalog }) {
        const index = new RecordsIndex({ catalog, auth, logger });
        httpRouter.use(
          await createRouter({ httpAuth, index, clock: () => new Date() }),
        );
      },
    });
  },
});

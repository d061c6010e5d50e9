import { resolve } from 'node:path';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  createTaxonomyLoader,
  readinessClockServiceRef,
  RecordsIndex,
} from '@readiness/plugin-readiness-node';
import { PostmortemsService } from './service/PostmortemsService';
import { createRouter } from './service/router';

/**
 * The post-mortems backend plugin: the post-mortem library, its analytics and the open
 * actions of post-mortems and exercises at `/api/postmortems`, over the records in the
 * catalog. Reads the root-cause taxonomy from `readiness.taxonomyFile` for tag titles.
 *
 * @public
 */
export const postmortemsPlugin = createBackendPlugin({
  pluginId: 'postmortems',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        readinessClock: readinessClockServiceRef,
      },
      async init({
        auth,
        config,
        httpAuth,
        httpRouter,
        logger,
        catalog,
        readinessClock,
      }) {
        const clock = readinessClock.now;
        const taxonomyFile = config.getOptionalString('readiness.taxonomyFile');
        const service = new PostmortemsService({
          index: new RecordsIndex({
            catalog,
            auth,
            logger,
            prepare: snapshot => PostmortemsService.prepare(snapshot, clock),
          }),
          clock,
          taxonomy: createTaxonomyLoader(
            taxonomyFile ? resolve(taxonomyFile) : undefined,
            logger,
          ),
        });
        httpRouter.use(await createRouter({ httpAuth, service }));
      },
    });
  },
});

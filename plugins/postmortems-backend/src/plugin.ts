import { resolve } from 'node:path';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  createTaxonomyLoader,
  recordsPluginDeps,
} from '@readiness/plugin-readiness-node';
import { postmortemsPermissions } from '@readiness/plugin-postmortems-common';
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
        ...recordsPluginDeps,
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init(deps) {
        const clock = deps.readinessClock.now;
        const taxonomyFile = deps.config.getOptionalString(
          'readiness.taxonomyFile',
        );
        const index = deps.recordsIndex;
        index.addPreparation(snapshot =>
          PostmortemsService.prepare(snapshot, clock),
        );
        const service = new PostmortemsService({
          index,
          clock,
          taxonomy: createTaxonomyLoader(
            taxonomyFile ? resolve(taxonomyFile) : undefined,
            deps.logger,
          ),
        });
        deps.permissionsRegistry.addPermissions(postmortemsPermissions);
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            service,
          }),
        );
      },
    });
  },
});

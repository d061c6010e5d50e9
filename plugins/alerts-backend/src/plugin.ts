import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { recordsPluginDeps } from '@readiness/plugin-readiness-node';
import { PagerDutyOnCallReader } from './oncall/PagerDutyOnCallReader';
import { AlertsService } from './service/AlertsService';
import { createRouter } from './service/router';

/**
 * The alerts backend plugin: the alert catalog, its coverage and error codes, the SOP library
 * and the operations view of services, jobs and squads at `/api/alerts`, over the records in
 * the catalog. Asks the on-call backend who is on call, when there is one.
 *
 * @public
 */
export const alertsPlugin = createBackendPlugin({
  pluginId: 'alerts',
  register(env) {
    env.registerInit({
      deps: {
        ...recordsPluginDeps,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
      },
      async init(deps) {
        const index = deps.recordsIndex;
        index.addPreparation(AlertsService.prepare);
        const service = new AlertsService({
          index,
          clock: deps.readinessClock.now,
          onCall: new PagerDutyOnCallReader(deps),
        });
        deps.httpRouter.use(
          await createRouter({ httpAuth: deps.httpAuth, service }),
        );
      },
    });
  },
});

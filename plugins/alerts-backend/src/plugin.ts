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
        const service = new AlertsService({
          index: new RecordsIndex({
            catalog,
            auth,
            logger,
            prepare: AlertsService.prepare,
          }),
          clock: readinessClock.now,
          onCall: new PagerDutyOnCallReader({ discovery, auth, logger }),
        });
        httpRouter.use(await createRouter({ httpAuth, service }));
      },
    });
  },
});

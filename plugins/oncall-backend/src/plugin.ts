import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { durationToMilliseconds } from '@backstage/types';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  PagerDutyConnection,
  pagerDutyConnectionExtensionPoint,
} from '@readiness/plugin-oncall-node';
import { oncallPermissions } from '@readiness/plugin-oncall-common';
import { CatalogDirectory } from './catalog/CatalogDirectory';
import { pagerDutyConnectionOf, readOncallConfig } from './config';
import { OncallStore } from './database/OncallStore';
import { PagerDutyClient } from './pagerduty/PagerDutyClient';
import { OncallService } from './service/OncallService';
import { createRouter } from './service/router';
import { PagerDutySync } from './sync/PagerDutySync';

/**
 * Live on-call data from PagerDuty: a scheduled sync into the database, the
 * on-call, incident and mapping API, raising incidents as the permission
 * policy allows, and the third-party PagerDuty card's reads. It reaches the
 * PagerDuty of `pagerDuty.token`, or one a module supplies through
 * {@link @readiness/plugin-oncall-node#pagerDutyConnectionExtensionPoint} (the local sandbox's, say).
 *
 * @public
 */
export const oncallPlugin = createBackendPlugin({
  pluginId: 'oncall',
  register(env) {
    let supplied: PagerDutyConnection | undefined;
    env.registerExtensionPoint(pagerDutyConnectionExtensionPoint, {
      setConnection(connection) {
        if (supplied) {
          throw new Error(
            'Two modules supply the on-call plugin with a PagerDuty connection; install one of them',
          );
        }
        supplied = connection;
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auth: coreServices.auth,
        cache: coreServices.cache,
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        database,
        scheduler,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        auth,
        cache,
        lifecycle,
        catalog,
      }) {
        const settings = readOncallConfig(config);
        const connection = supplied ?? pagerDutyConnectionOf(settings);
        const store = await OncallStore.create({ database });
        const client = new PagerDutyClient({
          apiBaseUrl: connection.apiBaseUrl,
          eventsBaseUrl: connection.eventsBaseUrl,
          token: connection.token,
          requestsPerMinute: settings.pagerDuty.requestsPerMinute,
          timeoutMs: settings.pagerDuty.requestTimeoutMs,
          logger,
        });

        const sync = new PagerDutySync({
          client,
          store,
          logger,
          incidentHistoryMonths: settings.sync.incidentHistoryMonths,
          onCallWindowMs: settings.sync.onCallWindowMs,
          acknowledgementLookupsPerRun:
            settings.sync.acknowledgementLookupsPerRun,
        });
        const taskId = 'oncall-pagerduty-sync';
        await scheduler.scheduleTask({
          id: taskId,
          // Global: with several replicas, one of them runs each sync.
          scope: 'global',
          frequency: settings.sync.frequency,
          timeout: settings.sync.timeout,
          initialDelay: settings.sync.initialDelay,
          fn: async () => {
            await sync.run();
          },
        });
        // A fresh portal shows on-call data as soon as it is up.
        lifecycle.addStartupHook(async () => {
          try {
            await scheduler.triggerTask(taskId);
          } catch (error) {
            logger.warn(
              `Could not start the first PagerDuty sync: ${
                (error as Error).message
              }`,
            );
          }
        });

        const oncall = new OncallService({
          store,
          directory: new CatalogDirectory({ catalog, auth, cache }),
          client,
          logger,
          source: connection.source,
          routingKeys: settings.routingKeys,
          // Three missed syncs make the data stale.
          staleAfterSeconds:
            (3 * durationToMilliseconds(settings.sync.frequency)) / 1000,
        });
        permissionsRegistry.addPermissions(oncallPermissions);
        httpRouter.use(await createRouter({ httpAuth, permissions, oncall }));
      },
    });
  },
});

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { durationToMilliseconds } from '@backstage/types';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  createPagerDutySandboxRouter,
  EVENTS_API_PATH,
} from '@readiness/pagerduty-sandbox';
import { incidentTriggerPermission } from '@readiness/plugin-readiness-common';
import Router from 'express-promise-router';
import { resolve as resolvePath } from 'node:path';
import { CatalogDirectory } from './catalog/CatalogDirectory';
import { readOncallConfig } from './config';
import { OncallStore } from './database/OncallStore';
import { PagerDutyClient } from './pagerduty/PagerDutyClient';
import { OncallService } from './service/OncallService';
import { createRouter } from './service/router';
import { PagerDutySync } from './sync/PagerDutySync';

/** Where the sandbox is mounted on the plugin's router when no token is set. */
export const SANDBOX_PATH = '/pagerduty-sandbox';

/**
 * Live on-call data from PagerDuty: a scheduled sync into the database and
 * the on-call, incident and mapping API. Without a PagerDuty token it runs
 * the PagerDuty sandbox under /api/oncall/pagerduty-sandbox and syncs from it.
 *
 * @public
 */
export const oncallPlugin = createBackendPlugin({
  pluginId: 'oncall',
  register(env) {
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
        discovery: coreServices.discovery,
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
        discovery,
        cache,
        lifecycle,
        catalog,
      }) {
        const settings = readOncallConfig(config);
        const store = await OncallStore.create({ database });
        const router = Router();

        let client: PagerDutyClient;
        if (settings.pagerDuty.token) {
          client = new PagerDutyClient({
            apiBaseUrl: settings.pagerDuty.apiBaseUrl,
            eventsBaseUrl: settings.pagerDuty.eventsBaseUrl,
            token: settings.pagerDuty.token,
            requestsPerMinute: settings.pagerDuty.requestsPerMinute,
            timeoutMs: settings.pagerDuty.requestTimeoutMs,
            logger,
          });
        } else {
          const catalogDir = resolvePath(settings.sandbox.catalogDir);
          logger.info(
            `No pagerDuty.token configured: serving the PagerDuty sandbox seeded from ${catalogDir}`,
          );
          // The sandbox checks its own token; Backstage sign-in does not apply.
          router.use(
            SANDBOX_PATH,
            await createPagerDutySandboxRouter({
              catalogDir,
              token: settings.sandbox.token,
            }),
          );
          httpRouter.addAuthPolicy({
            path: SANDBOX_PATH,
            allow: 'unauthenticated',
          });
          // REST at the mount point, Events API v2 under its /v2, the same
          // base the PagerDuty card gets from pagerDuty.eventsBaseUrl.
          const sandboxUrl = `${await discovery.getBaseUrl(
            'oncall',
          )}${SANDBOX_PATH}`;
          client = new PagerDutyClient({
            apiBaseUrl: sandboxUrl,
            eventsBaseUrl: `${sandboxUrl}${EVENTS_API_PATH}`,
            token: settings.sandbox.token,
            requestsPerMinute: settings.pagerDuty.requestsPerMinute,
            timeoutMs: settings.pagerDuty.requestTimeoutMs,
            logger,
          });
        }

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
        // A fresh portal shows on-call data as soon as it is up, and the
        // sandbox mounted above answers only once the backend has started.
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
          source: settings.pagerDuty.token ? 'pagerduty' : 'sandbox',
          // Three missed syncs make the data stale.
          staleAfterSeconds:
            (3 * durationToMilliseconds(settings.sync.frequency)) / 1000,
        });
        permissionsRegistry.addPermissions([incidentTriggerPermission]);
        router.use(await createRouter({ httpAuth, permissions, oncall }));
        httpRouter.use(router);
      },
    });
  },
});

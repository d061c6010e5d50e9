import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { entityRefKey } from '@readiness/plugin-readiness-common';
import {
  scorecardApprovePermission,
  scorecardAttestationApprovePermission,
  scorecardAttestPermission,
  scorecardEvaluatePermission,
} from '@readiness/plugin-scorecards-common';
import { readinessClockServiceRef } from '@readiness/plugin-readiness-node';
import { ScorecardStore } from './database/ScorecardStore';
import { readCatalogRecords } from './evaluation/catalogRecords';
import { DemoHistorySeed } from './evaluation/DemoHistorySeed';
import { readPagerDutyFacts } from './evaluation/onCallFacts';
import { readContinuityFacts } from './evaluation/continuityFacts';
import { ScorecardEvaluation } from './evaluation/ScorecardEvaluation';
import { ScorecardCatalog } from './service/ScorecardCatalog';
import { createRouter } from './service/router';
import { ScorecardsService } from './service/ScorecardsService';
import { isSquadMember, squadResourceRef } from './service/squadPermissions';

// The first run waits ten minutes after a start, as the search collators do: on a fresh catalog
// the ingestion is still under way (an evaluation then would grade half-read squads and slow it),
// and after a restart the store serves the last results meanwhile.
const DEFAULT_SCHEDULE = {
  frequency: { hours: 6 },
  timeout: { minutes: 10 },
  initialDelay: { minutes: 10 },
};

// Tries soon after start and every half minute until the catalog has ingested the model and the
// squads; once seeded, each try is one lookup in the store.
const DEMO_HISTORY_SCHEDULE = {
  frequency: { seconds: 30 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 10 },
};

/**
 * Team scorecards: evaluates every squad against the capability model on a schedule (once across
 * replicas) and on demand, and keeps attestations, waivers, approvals and the history.
 *
 * @public
 */
export const scorecardsPlugin = createBackendPlugin({
  pluginId: 'scorecards',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        database: coreServices.database,
        discovery: coreServices.discovery,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        userInfo: coreServices.userInfo,
        catalog: catalogServiceRef,
        notifications: notificationService,
        readinessClock: readinessClockServiceRef,
      },
      async init({
        auth,
        config,
        database,
        discovery,
        httpAuth,
        httpRouter,
        logger,
        permissions,
        permissionsRegistry,
        scheduler,
        userInfo,
        catalog,
        notifications,
        readinessClock,
      }) {
        const modelRef = config.getOptionalString('scorecards.model');
        const scorecardCatalog = new ScorecardCatalog({
          catalog,
          auth,
          logger,
          modelRef,
        });
        const store = await ScorecardStore.create(database);
        const readCatalog = () =>
          readCatalogRecords({ catalog, auth, modelRef });
        const evaluation = new ScorecardEvaluation({
          store,
          readCatalog,
          readPagerDuty: () => readPagerDutyFacts({ discovery, auth }),
          readContinuity: () => readContinuityFacts({ discovery, auth }),
          clock: readinessClock.now,
          logger,
        });

        await scheduler.scheduleTask({
          id: 'scorecards-evaluation',
          ...(config.has('scorecards.schedule')
            ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                config.getConfig('scorecards.schedule'),
              )
            : DEFAULT_SCHEDULE),
          // After the configured schedule, so that it cannot make every replica evaluate.
          scope: 'global',
          fn: async () => {
            try {
              await evaluation.run({ trigger: 'schedule' });
            } catch (error) {
              logger.warn(
                `Scheduled scorecard evaluation failed: ${
                  (error as Error).message
                }`,
              );
            }
          },
        });

        if (config.getOptionalBoolean('scorecards.demoHistory')) {
          const seed = new DemoHistorySeed({
            store,
            evaluation,
            readCatalog,
            clock: readinessClock.now,
            logger,
          });
          await scheduler.scheduleTask({
            id: 'scorecards-demo-history',
            ...DEMO_HISTORY_SCHEDULE,
            scope: 'global',
            fn: async () => {
              try {
                await seed.seedOnce();
              } catch (error) {
                logger.warn(
                  `Seeding the scorecards' demo history failed: ${
                    (error as Error).message
                  }`,
                );
              }
            },
          });
        }

        // The permission backend evaluates conditional attest decisions (isSquadMember) against
        // the squads the model applies to.
        permissionsRegistry.addResourceType({
          resourceRef: squadResourceRef,
          permissions: [scorecardAttestPermission],
          rules: [isSquadMember],
          getResources: async refs => {
            const squads = await scorecardCatalog.squads();
            return refs.map(ref =>
              squads.find(squad => squad.ref === entityRefKey(ref, 'group')),
            );
          },
        });
        permissionsRegistry.addPermissions([
          scorecardApprovePermission,
          scorecardAttestationApprovePermission,
          scorecardEvaluatePermission,
        ]);

        httpRouter.use(
          await createRouter({
            httpAuth,
            userInfo,
            service: new ScorecardsService({
              permissions,
              store,
              evaluation,
              catalog: scorecardCatalog,
              notifications,
              logger,
              clock: readinessClock.now,
            }),
            clock: readinessClock.now,
          }),
        );
      },
    });
  },
});

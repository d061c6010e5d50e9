import {
  coreServices,
  createBackendPlugin,
  LoggerService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { recordsPluginDeps } from '@readiness/plugin-readiness-node';
import { ContinuityService } from './service/ContinuityService';
import { readDoraEntity } from './service/doraEntityConfig';
import { PagerDutyRecoveries } from './service/PagerDutyRecoveries';
import { createRouter } from './service/router';
import { createConfidentialVendorAccess } from './service/vendorPermissions';
import { RegisterSnapshotStore } from './database/RegisterSnapshotStore';
import { RegisterHistory } from './service/RegisterHistory';

/**
 * When the register's snapshots are recorded. A change to the register's records or the
 * confidential vendor file is snapshotted within 15 minutes, the first 15 minutes after a start,
 * and every history request records the current content before it answers. Each try while the
 * catalog changes re-reads every record, which a fresh catalog ingesting tens of thousands of
 * entities would otherwise pay every minute. The demo seeds its history once two tries see the
 * same records, so with it the tries are a minute apart.
 */
function registerSnapshotSchedule(seedDemo: boolean) {
  return {
    frequency: { minutes: seedDemo ? 1 : 15 },
    timeout: { minutes: 5 },
    initialDelay: seedDemo ? { seconds: 15 } : { minutes: 15 },
  };
}

/**
 * Records the register's snapshots on a schedule (once across replicas), and with
 * `continuity.demoRegisterHistory` seeds the demo's history once the catalog holds vendors.
 */
async function scheduleRegisterSnapshots(
  deps: {
    config: RootConfigService;
    scheduler: SchedulerService;
    logger: LoggerService;
  },
  history: RegisterHistory,
) {
  const { config, scheduler, logger } = deps;
  const seedDemo =
    config.getOptionalBoolean('continuity.demoRegisterHistory') ?? false;
  let seeded = false;
  await scheduler.scheduleTask({
    id: 'continuity-register-snapshots',
    ...registerSnapshotSchedule(seedDemo),
    scope: 'global',
    fn: async () => {
      try {
        if (seedDemo && !seeded) seeded = await history.seedDemoOnce();
        await history.recordCurrent();
      } catch (error) {
        logger.warn(
          `Recording a DORA register snapshot failed: ${
            (error as Error).message
          }`,
        );
      }
    },
  });
}

/**
 * The continuity backend plugin: the vendor register, continuity plans, exercises, reviews due,
 * blast radius, RTO conflicts, recovery evidence and the DORA register of information at
 * `/api/continuity`, over the records in the catalog and (for recovery) the resolved PagerDuty
 * incidents the on-call backend serves, with the register's history: a snapshot of what it is
 * built from each time that changes, kept in the plugin's database. Vendors' confidential fields come from
 * `readiness.confidentialVendorFile` and are served only to the readers the permission policy
 * allows (`readiness.vendor.confidential.read` on resource type `readiness-vendor`).
 *
 * @public
 */
export const continuityPlugin = createBackendPlugin({
  pluginId: 'continuity',
  register(env) {
    env.registerInit({
      deps: {
        ...recordsPluginDeps,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        discovery: coreServices.discovery,
      },
      async init(deps) {
        const clock = deps.readinessClock.now;
        const index = deps.recordsIndex;
        index.addPreparation(snapshot =>
          ContinuityService.prepare(snapshot, clock),
        );
        const confidentialVendors = createConfidentialVendorAccess({
          ...deps,
          index,
        });
        const history = new RegisterHistory({
          store: await RegisterSnapshotStore.create(deps.database),
          index,
          confidentialFields: () => confidentialVendors.fields(),
          clock,
          logger: deps.logger,
        });
        await scheduleRegisterSnapshots(deps, history);
        const service = new ContinuityService({
          index,
          clock,
          confidentialVendors,
          history,
          doraEntity: readDoraEntity(deps.config),
          incidents: new PagerDutyRecoveries(deps),
        });
        deps.httpRouter.use(
          await createRouter({ httpAuth: deps.httpAuth, service }),
        );
      },
    });
  },
});

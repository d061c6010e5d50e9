import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { prebuildDocs } from './prebuildDocs';

/** Sites never built: soon after start, then every minute, so new docs are ready soon. */
const MISSING_SITES_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  initialDelay: { seconds: 20 },
  frequency: { minutes: 1 },
  timeout: { minutes: 15 },
};

/** Every site, to pick up changed docs. */
const ALL_SITES_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  initialDelay: { minutes: 30 },
  frequency: { minutes: 30 },
  timeout: { minutes: 15 },
};

function readSchedule(
  config: RootConfigService,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : fallback;
}

/**
 * Builds every TechDocs site that has never been built, every minute (so new docs are ready soon
 * after they are registered), and rebuilds them all every half hour; once across replicas.
 *
 * @public
 */
export const techdocsModulePrebuild = createBackendModule({
  pluginId: 'techdocs',
  moduleId: 'prebuild',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init({ auth, config, discovery, logger, scheduler, catalog }) {
        const services = { auth, discovery, logger, catalog };
        await scheduler.scheduleTask({
          id: 'techdocs-prebuild-missing',
          ...readSchedule(
            config,
            'techdocs.prebuild.missing.schedule',
            MISSING_SITES_SCHEDULE,
          ),
          // After the configured schedule, so that it cannot make every replica build.
          scope: 'global',
          fn: async () => {
            await prebuildDocs({ ...services, onlyMissing: true });
          },
        });
        await scheduler.scheduleTask({
          id: 'techdocs-prebuild-all',
          ...readSchedule(
            config,
            'techdocs.prebuild.all.schedule',
            ALL_SITES_SCHEDULE,
          ),
          scope: 'global',
          fn: async () => {
            await prebuildDocs(services);
          },
        });
      },
    });
  },
});

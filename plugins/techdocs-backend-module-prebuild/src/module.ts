import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { prebuildDocs } from './prebuildDocs';

/**
 * Builds every TechDocs site that has never been built, every minute (so new docs are ready soon
 * after they are registered), and rebuilds them all every half hour; once across replicas.
 */
export const techdocsModulePrebuild = createBackendModule({
  pluginId: 'techdocs',
  moduleId: 'prebuild',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init({ auth, discovery, logger, scheduler, catalog }) {
        const services = { auth, discovery, logger, catalog };
        await scheduler.scheduleTask({
          id: 'techdocs-prebuild-missing',
          scope: 'global',
          initialDelay: { seconds: 20 },
          frequency: { minutes: 1 },
          timeout: { minutes: 15 },
          fn: async () => {
            await prebuildDocs({ ...services, onlyMissing: true });
          },
        });
        await scheduler.scheduleTask({
          id: 'techdocs-prebuild-all',
          scope: 'global',
          initialDelay: { minutes: 30 },
          frequency: { minutes: 30 },
          timeout: { minutes: 15 },
          fn: async () => {
            await prebuildDocs(services);
          },
        });
      },
    });
  },
});

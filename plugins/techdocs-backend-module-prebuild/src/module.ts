import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { prebuildDocs } from './prebuildDocs';

/** Builds every TechDocs site soon after start and then on a schedule, once across replicas. */
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
        await scheduler.scheduleTask({
          id: 'techdocs-prebuild',
          scope: 'global',
          // Soon after a first start, once the catalog has read the records.
          initialDelay: { seconds: 20 },
          frequency: { minutes: 10 },
          timeout: { minutes: 15 },
          fn: async () => {
            await prebuildDocs({ auth, discovery, logger, catalog });
          },
        });
      },
    });
  },
});

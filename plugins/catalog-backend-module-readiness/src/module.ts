import { resolve } from 'node:path';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ReadinessRecordsProcessor } from './processor/ReadinessRecordsProcessor';
import { createTaxonomyLoader } from '@readiness/plugin-readiness-node';

/** Teaches the catalog the readiness record kinds. */
export const catalogModuleReadiness = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'readiness',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        catalog: catalogProcessingExtensionPoint,
      },
      async init({ config, logger, catalog }) {
        const taxonomyFile = config.getOptionalString('readiness.taxonomyFile');
        catalog.addProcessor(
          new ReadinessRecordsProcessor({
            getTaxonomy: createTaxonomyLoader(
              taxonomyFile ? resolve(taxonomyFile) : undefined,
              logger,
            ),
          }),
        );
      },
    });
  },
});

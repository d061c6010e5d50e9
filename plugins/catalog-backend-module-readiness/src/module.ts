import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  coreServices,
  createBackendModule,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ReadinessRecordsProcessor } from './processor/ReadinessRecordsProcessor';
import { LocationReader } from './processor/problemLocations';
import { createTaxonomyLoader } from '@readiness/plugin-readiness-node';

/** Reads the catalog's `file` and `url` locations as the catalog itself does. */
function createLocationReader(urlReader: UrlReaderService): LocationReader {
  return async ({ type, target }) => {
    if (type === 'file') {
      return readFile(target, 'utf8');
    }
    if (type === 'url') {
      const response = await urlReader.readUrl(target);
      return (await response.buffer()).toString('utf8');
    }
    return undefined;
  };
}

/**
 * Teaches the catalog the readiness record kinds.
 *
 * @public
 */
export const catalogModuleReadiness = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'readiness',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        urlReader: coreServices.urlReader,
        catalog: catalogProcessingExtensionPoint,
      },
      async init({ config, logger, urlReader, catalog }) {
        const taxonomyFile = config.getOptionalString('readiness.taxonomyFile');
        catalog.addProcessor(
          new ReadinessRecordsProcessor({
            getTaxonomy: createTaxonomyLoader(
              taxonomyFile ? resolve(taxonomyFile) : undefined,
              logger,
            ),
            readLocation: createLocationReader(urlReader),
          }),
        );
      },
    });
  },
});

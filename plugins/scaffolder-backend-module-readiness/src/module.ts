import { resolve } from 'node:path';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createDraftPostmortemAction } from './actions/draftPostmortem';
import { OncallLogEntriesReader } from './actions/oncallLogEntries';
import { createPreviewRecordsAction } from './actions/previewRecords';
import { createValidateRecordsAction } from './actions/validateRecords';

/**
 * Scaffolder actions for the self-serve templates that add readiness records.
 *
 * @public
 */
export const scaffolderModuleReadiness = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'readiness',
  register({ registerInit }) {
    registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        scaffolderActions: scaffolderActionsExtensionPoint,
      },
      async init({ config, discovery, auth, catalog, scaffolderActions }) {
        const taxonomyFile = config.getOptionalString('readiness.taxonomyFile');
        scaffolderActions.addActions(
          createValidateRecordsAction({
            catalog,
            taxonomyFile: taxonomyFile ? resolve(taxonomyFile) : undefined,
          }),
          createPreviewRecordsAction(),
          createDraftPostmortemAction({
            catalog,
            logEntries: new OncallLogEntriesReader({ discovery, auth }),
          }),
        );
      },
    });
  },
});

import { coreServices } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readinessClockServiceRef } from '../readinessClock';

/**
 * The services every capability backend that answers from the catalog's records depends on:
 * the signed-in router's auth and routes, the catalog a {@link RecordsIndex} reads, and the
 * shared clock. A plugin spreads it into its `deps` and adds what it alone needs.
 *
 * @public
 */
export const recordsPluginDeps = {
  auth: coreServices.auth,
  httpAuth: coreServices.httpAuth,
  httpRouter: coreServices.httpRouter,
  logger: coreServices.logger,
  catalog: catalogServiceRef,
  readinessClock: readinessClockServiceRef,
};

import { coreServices } from '@backstage/backend-plugin-api';
import { readinessClockServiceRef } from '../readinessClock';
import { recordsIndexServiceRef } from './recordsIndexService';

/**
 * The services every capability backend that answers from the catalog's records depends on:
 * the signed-in router's HTTP auth and routes, the logger, the backend's shared records index
 * and the shared clock. A plugin spreads it into its `deps` and adds what it alone needs.
 *
 * @public
 */
export const recordsPluginDeps = {
  httpAuth: coreServices.httpAuth,
  httpRouter: coreServices.httpRouter,
  logger: coreServices.logger,
  recordsIndex: recordsIndexServiceRef,
  readinessClock: readinessClockServiceRef,
};

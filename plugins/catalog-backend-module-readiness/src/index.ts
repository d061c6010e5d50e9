/**
 * The readiness backend module for the catalog plugin.
 *
 * @packageDocumentation
 */

export { catalogModuleReadiness as default } from './module';

/**
 * Entity cards for the readiness record kinds, and their relations in the catalog graph.
 *
 * @packageDocumentation
 */
export { recordsPlugin as default } from './plugin';
export { catalogGraphReadinessModule } from './catalogGraph';
export { catalogSearchReadinessModule } from './catalogSearch';

/**
 * What the readiness backend plugins and modules share on the server.
 *
 * @packageDocumentation
 */
export { createTaxonomyLoader } from './taxonomyLoader';

/**
 * What the readiness backend plugins and modules share on the server.
 *
 * @packageDocumentation
 */
export { createTaxonomyLoader } from './taxonomyLoader';
export { RefreshingValue } from './RefreshingValue';
export type { RefreshingValueOptions } from './RefreshingValue';
export { AnswerCache, sendSharedJson } from './sharedJson';
export { readinessClockServiceRef } from './readinessClock';
export type { ReadinessClockService } from './readinessClock';
export { checkOutputPath } from './outputPath';
export { pluginTokenFetch } from './pluginTokenFetch';

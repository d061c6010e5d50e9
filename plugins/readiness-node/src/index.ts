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
export {
  MISSING_ENTITY_RECHECK_MS,
  RecordsIndex,
  refKey,
} from './records/RecordsIndex';
export {
  INDEXED_KINDS,
  RECORDS_REVISION_ANNOTATION,
  withRecordsRevision,
} from './records/recordsRevision';
export { recordsIndexServiceRef } from './records/recordsIndexService';
export type { RecordsIndexService } from './records/recordsIndexService';
export { recordsPluginDeps } from './records/recordsPluginDeps';
export type { RecordsSnapshot } from './records/RecordsIndex';
export { createSnapshotView } from './records/snapshotView';
export type { SnapshotView } from './records/snapshotView';
export { applyListQuery, filterRows, parseListQuery } from './listQuery';
export { mostCommon, searchMostCommon } from './mostCommon';
export type { ListFields, ListQuery } from './listQuery';
export { pluginClientOptions, pluginTokenFetch } from './pluginTokenFetch';
export { createSignedInRouter } from './signedInRouter';

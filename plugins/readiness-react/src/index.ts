/**
 * What the readiness frontend plugins share.
 *
 * @packageDocumentation
 */
export { LIST_PAGING, useServerTable, type TableRow } from './useServerTable';
// The list contract lives in readiness-common (the backends answer it); frontends have long
// imported it from here.
export type {
  ListPage,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';
export { capabilityClientApi } from './capabilityClientApi';
export { useReadinessClock } from './useReadinessClock';
export { RecordMarkdown } from './markdown';
export { HomeWidgetFrame, type HomeWidgetRow, useMySquads } from './home';
export type { LoadState } from './loadState';
export * from './components';
export * from './format';

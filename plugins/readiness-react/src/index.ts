/**
 * What the readiness frontend plugins share.
 *
 * @packageDocumentation
 */
export {
  useServerList,
  type ListPage,
  type ListRequest,
  type TableQuery,
} from './useServerList';
export { useReadinessClock } from './useReadinessClock';
export { RecordMarkdown } from './markdown';

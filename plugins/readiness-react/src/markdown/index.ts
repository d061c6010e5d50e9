export { RecordMarkdown } from './RecordMarkdown';

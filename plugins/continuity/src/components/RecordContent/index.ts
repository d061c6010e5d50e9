export { RecordContent } from './RecordContent';
export { PrintPage } from './PrintPage';

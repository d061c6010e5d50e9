export { RecordDetailsCard } from './RecordDetailsCard';

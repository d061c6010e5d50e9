export { OperationalRecordsCard } from './OperationalRecordsCard';
export { groupRecordRelations } from './recordRelations';

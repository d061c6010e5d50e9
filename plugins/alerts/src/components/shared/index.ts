export {
  describeInterval,
  describeReview,
  ReviewChip,
  SeverityChip,
} from './chips';
export { EntityLink, EntityLinks, TechDocsLink } from './links';
export { AlertsTable, alertColumns } from './AlertsTable';
export { ProceduresTable } from './ProceduresTable';
export { ErrorCodesTable } from './ErrorCodesTable';

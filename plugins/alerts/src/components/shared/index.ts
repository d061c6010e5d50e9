export { describeInterval, describeReview, ReviewChip } from './chips';
export { EntityLink, EntityLinks, TechDocsLink } from './links';
export { AlertsTable } from './AlertsTable';
export { ProceduresTable } from './ProceduresTable';
export { ErrorCodesTable } from './ErrorCodesTable';
export { EntityAnswer } from './EntityAnswer';
export { useOwnerFilter } from './ownerFilter';

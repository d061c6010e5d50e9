/**
 * The HTTP contract of the alerts API (`/api/alerts`): request and response types, the names
 * of its filters, and `AlertsClient`, the one typed client frontends and other backends call
 * it with; and the alert rules the browser and the servers share (alert and procedure
 * summaries, coverage, procedure review status, script templates). Isomorphic.
 *
 * @packageDocumentation
 */
export {
  createCatalogLookup,
  type CatalogLookup,
} from './entityLookup';
export * from './alertSummary';
export * from './procedureSummary';
export * from './procedureReviewStatus';
export * from './coverage';
export * from './scriptTemplates';
export * from './fields';
export { hasOperations } from './operations';
export * from './types';
export { AlertsClient } from './AlertsClient';

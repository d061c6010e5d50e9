// Explicit names: other areas of this package export their own helpers.
export {
  createCatalogLookup,
  displayTitle,
  type CatalogLookup,
} from './entityLookup';
export {
  severityRank,
  summarizeAlert,
  type AlertSummary,
  type TitledRef,
} from './alertSummary';
export {
  indexAlertsByProcedure,
  summarizeProcedure,
  type ProcedureSummary,
} from './procedureSummary';
export {
  PROCEDURE_REVIEW_STATES,
  procedureReviewDue,
  procedureReviewStatus,
  type ProcedureReviewState,
  type ProcedureReviewStatus,
} from './procedureReviewStatus';
export {
  COVERAGE_CHECKS,
  computeAlertCoverage,
  pagerDutyServicesOnCall,
  type AlertCoverage,
  type PagerDutyOnCall,
  type AlertCoverageInput,
  type CoverageCheckId,
  type CoverageGap,
  type CoverageGroup,
  type CoverageTally,
} from './coverage';
export {
  renderScript,
  scriptParameterDefaults,
  validateScriptValues,
  type ScriptValues,
} from './scriptTemplates';
export { indexErrorCodes, type ErrorCodeEntry } from './errorCodes';

export { alertsApiRef, type AlertsApi } from './AlertsApi';
export { AlertsClient, listSearchParams } from './AlertsClient';
export type {
  AlertCoverage,
  AlertDetails,
  AlertFacets,
  AlertPage,
  ErrorCodePage,
  ListPage,
  ListRequest,
  OnCallGroup,
  OnCallPerson,
  OnCallResult,
  Operations,
  PostmortemLink,
  ProcedureDetails,
  ProcedureRow,
} from './types';

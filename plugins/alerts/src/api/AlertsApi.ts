import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  AlertCoverage,
  AlertDetails,
  AlertFacets,
  AlertPage,
  ErrorCodePage,
  ListPage,
  ListRequest,
  OnCallResult,
  Operations,
  ProcedureDetails,
  ProcedureRow,
} from './types';

/** The alert catalog and SOP library, read from the readiness backend. */
export interface AlertsApi {
  listAlerts(request: ListRequest): Promise<AlertPage>;
  getAlertFacets(): Promise<AlertFacets>;
  /** The alerts the request's filters match, as CSV (paging ignored). */
  exportAlerts(request: ListRequest): Promise<Blob>;
  getAlert(ref: { namespace: string; name: string }): Promise<AlertDetails>;
  getCoverage(): Promise<AlertCoverage>;
  listProcedures(request: ListRequest): Promise<ListPage<ProcedureRow>>;
  getProcedure(ref: {
    namespace: string;
    name: string;
  }): Promise<ProcedureDetails>;
  listErrorCodes(request: ListRequest): Promise<ErrorCodePage>;
  getOperations(entityRef: string): Promise<Operations>;
  /** Who is on call for an entity, from the on-call backend when it answers. */
  getOnCall(entityRef: string): Promise<OnCallResult>;
}

/** @public */
export const alertsApiRef = createApiRef<AlertsApi>({
  id: 'plugin.alerts.client',
});

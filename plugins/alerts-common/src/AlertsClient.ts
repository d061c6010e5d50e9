import { ResponseError } from '@backstage/errors';
import {
  OnCallAwareClient,
  OnCallResponse,
} from '@readiness/plugin-oncall-common';
import {
  JsonFetcherOptions,
  listQueryString,
  type ListPage,
  type ListRequest,
} from '@readiness/plugin-readiness-api-common';
import type {
  AlertCoverageSummary,
  CoverageGap,
  CoverageGroup,
} from './coverage';
import type {
  AlertDetails,
  AlertFacets,
  AlertOwnerSearch,
  AlertPage,
  AlertsApi,
  ErrorCodePage,
  OnCallResult,
  Operations,
  ProcedureDetails,
  ProcedureRow,
} from './types';

/**
 * Calls the alerts API (`/api/alerts`), and the on-call backend for who is on call, from a
 * browser or a backend: give it the app's `fetchApi` (which signs requests in as the user)
 * or, on a backend, a fetch that adds a token.
 *
 * @public
 */
export class AlertsClient extends OnCallAwareClient implements AlertsApi {
  constructor(options: Omit<JsonFetcherOptions, 'pluginId'>) {
    super('alerts', options);
  }

  listAlerts(request: ListRequest): Promise<AlertPage> {
    return this.get(listQueryString(request));
  }

  getAlertFacets(): Promise<AlertFacets> {
    return this.get('/facets');
  }

  searchAlertOwners(text: string): Promise<AlertOwnerSearch> {
    return this.get(`/facets/owners?q=${encodeURIComponent(text)}`);
  }

  async exportAlerts(request: ListRequest): Promise<Blob> {
    const { offset, limit, ...filters } = request;
    return (
      await this.backend.send(`/export.csv${listQueryString(filters)}`)
    ).blob();
  }

  getAlert({
    namespace,
    name,
  }: {
    namespace: string;
    name: string;
  }): Promise<AlertDetails> {
    return this.get(
      `/entities/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`,
    );
  }

  getCoverage(): Promise<AlertCoverageSummary> {
    return this.get('/coverage');
  }

  listSquadCoverage(request: ListRequest): Promise<ListPage<CoverageGroup>> {
    return this.get(`/coverage/squads${listQueryString(request)}`);
  }

  listCoverageGaps(request: ListRequest): Promise<ListPage<CoverageGap>> {
    return this.get(`/coverage/gaps${listQueryString(request)}`);
  }

  listProcedures(request: ListRequest): Promise<ListPage<ProcedureRow>> {
    return this.get(`/procedures${listQueryString(request)}`);
  }

  getProcedure({
    namespace,
    name,
  }: {
    namespace: string;
    name: string;
  }): Promise<ProcedureDetails> {
    return this.get(
      `/procedures/entities/${encodeURIComponent(
        namespace,
      )}/${encodeURIComponent(name)}`,
    );
  }

  listErrorCodes(request: ListRequest): Promise<ErrorCodePage> {
    return this.get(`/error-codes${listQueryString(request)}`);
  }

  getOperations(entityRef: string): Promise<Operations> {
    return this.get(`/operations?${new URLSearchParams({ entityRef })}`);
  }

  async getOnCall(entityRef: string): Promise<OnCallResult> {
    // The on-call backend is optional: without it (or while PagerDuty data cannot be read)
    // the alert page says so instead of failing.
    let body: OnCallResponse;
    try {
      body = await this.onCall.getEntityOnCall(entityRef);
    } catch (error) {
      if (error instanceof ResponseError) {
        const { status, statusText } = error.response;
        return {
          available: false,
          reason: `the on-call service answered ${status} ${statusText}`.trim(),
        };
      }
      return {
        available: false,
        reason: `the on-call service cannot be reached (${error})`,
      };
    }
    return {
      available: true,
      source: body.status.source,
      syncedAt: body.status.lastSuccessAt,
      stale: body.status.stale,
      groups: body.items,
    };
  }
}

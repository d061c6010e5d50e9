import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { AlertsApi } from './AlertsApi';
import type {
  AlertCoverage,
  AlertDetails,
  AlertFacets,
  AlertPage,
  ErrorCodePage,
  ListPage,
  ListRequest,
  OnCallGroup,
  OnCallResult,
  Operations,
  ProcedureDetails,
  ProcedureRow,
} from './types';

/** The query string of a list request: `filter[severity]=critical&q=ach&sort=title&...`. */
export function listSearchParams(request: ListRequest): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, values] of Object.entries(request.filters ?? {})) {
    for (const value of values) {
      params.append(`filter[${field}]`, value);
    }
  }
  for (const key of ['q', 'sort', 'order', 'offset', 'limit'] as const) {
    const value = request[key];
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  return params;
}

function entityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

/** Calls the readiness backend's `/alerts` routes, and the on-call backend, as the signed-in user. */
export class AlertsClient implements AlertsApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  listAlerts(request: ListRequest): Promise<AlertPage> {
    return this.get(`?${listSearchParams(request)}`);
  }

  getAlertFacets(): Promise<AlertFacets> {
    return this.get('/facets');
  }

  async exportAlerts(request: ListRequest): Promise<Blob> {
    const { offset, limit, ...filters } = request;
    return (
      await this.fetch(`/export.csv?${listSearchParams(filters)}`)
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

  getCoverage(): Promise<AlertCoverage> {
    return this.get('/coverage');
  }

  listProcedures(request: ListRequest): Promise<ListPage<ProcedureRow>> {
    return this.get(`/procedures?${listSearchParams(request)}`);
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
    return this.get(`/error-codes?${listSearchParams(request)}`);
  }

  getOperations(entityRef: string): Promise<Operations> {
    return this.get(`/operations?${new URLSearchParams({ entityRef })}`);
  }

  async getOnCall(entityRef: string): Promise<OnCallResult> {
    // The on-call backend is optional: without it (or while PagerDuty data cannot be read)
    // the alert page says so instead of failing.
    let response: Response;
    try {
      const baseUrl = await this.deps.discoveryApi.getBaseUrl('oncall');
      response = await this.deps.fetchApi.fetch(
        `${baseUrl}/oncall/entity/${entityPath(entityRef)}`,
      );
    } catch (error) {
      return {
        available: false,
        reason: `the on-call service cannot be reached (${error})`,
      };
    }
    if (!response.ok) {
      return {
        available: false,
        reason:
          `the on-call service answered ${response.status} ${response.statusText}`.trim(),
      };
    }
    const body = (await response.json()) as {
      status: {
        source: 'sandbox' | 'pagerduty';
        dataAgeSeconds?: number;
        stale: boolean;
      };
      items: OnCallGroup[];
    };
    return {
      available: true,
      source: body.status.source,
      dataAgeSeconds: body.status.dataAgeSeconds,
      stale: body.status.stale,
      groups: body.items,
    };
  }

  private async fetch(path: string): Promise<Response> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('readiness');
    const response = await this.deps.fetchApi.fetch(`${baseUrl}/alerts${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }

  private async get<T>(path: string): Promise<T> {
    return (await this.fetch(path)).json();
  }
}

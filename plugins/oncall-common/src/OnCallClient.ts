import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  OnCallApi,
  OncallIncidentAnalyticsQuery,
  OncallIncidentsQuery,
} from './api';
import { ONCALL_PLUGIN_ID } from './constants';
import type {
  OncallIncidentAnalyticsResponse,
  OncallIncidentRequest,
  OncallIncidentsResponse,
  OncallLogEntriesResponse,
  OncallShiftsResponse,
  OncallSyncStatus,
  OncallTriggeredIncident,
  OncallUsersResponse,
  OnCallResponse,
} from './types';

type QueryParams = Record<string, string | number | undefined>;

/**
 * Calls the on-call backend (`/api/oncall`), in the browser or from another
 * backend. Who is calling is the fetch's business: the browser's fetch API
 * signs in as the user, a backend passes a fetch that adds its token. Refusals
 * are thrown as `ResponseError`, with the backend's status, message and headers.
 *
 * @public
 */
export class OnCallClient implements OnCallApi {
  private readonly discoveryApi: {
    getBaseUrl(pluginId: string): Promise<string>;
  };
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: {
    discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
    fetchApi?: { fetch: typeof fetch };
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch };
  }

  getStatus(): Promise<OncallSyncStatus> {
    return this.get('/status');
  }

  getOnCallNow(options: { query?: string } = {}): Promise<OnCallResponse> {
    return this.get('/oncall/now', {
      query: options.query?.trim() || undefined,
    });
  }

  getEntityOnCall(entityRef: string): Promise<OnCallResponse> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [kind, namespace, name].map(encodeURIComponent).join('/');
    return this.get(`/oncall/entity/${path}`);
  }

  getShifts(options: { userRef: string }): Promise<OncallShiftsResponse> {
    return this.get('/oncall/shifts', { user: options.userRef });
  }

  getIncidents(
    query: OncallIncidentsQuery = {},
  ): Promise<OncallIncidentsResponse> {
    return this.get('/incidents', { ...query });
  }

  getIncidentAnalytics(
    query: OncallIncidentAnalyticsQuery = {},
  ): Promise<OncallIncidentAnalyticsResponse> {
    return this.get('/incidents/analytics', { ...query });
  }

  getIncidentLogEntries(incidentId: string): Promise<OncallLogEntriesResponse> {
    return this.get(`/incidents/${encodeURIComponent(incidentId)}/log-entries`);
  }

  getUsers(): Promise<OncallUsersResponse> {
    return this.get('/users');
  }

  async createIncident(
    incident: OncallIncidentRequest,
  ): Promise<OncallTriggeredIncident> {
    const response = await this.fetchApi.fetch(await this.url('/incidents'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(incident),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }

  private async url(path: string, params: QueryParams = {}): Promise<string> {
    const baseUrl = await this.discoveryApi.getBaseUrl(ONCALL_PLUGIN_ID);
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) {
        query.set(key, String(value));
      }
    }
    const search = query.toString();
    return `${baseUrl}${path}${search ? `?${search}` : ''}`;
  }

  private async get<T>(path: string, params?: QueryParams): Promise<T> {
    const response = await this.fetchApi.fetch(await this.url(path, params));
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}

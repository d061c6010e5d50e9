import { parseEntityRef } from '@backstage/catalog-model';
import {
  createJsonFetcher,
  JsonFetcher,
  JsonFetcherOptions,
} from '@readiness/plugin-readiness-api-common';
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
  OnCallNowRequest,
  OnCallNowResponse,
  OnCallResponse,
} from './types';

/**
 * Calls the on-call backend (`/api/oncall`), in the browser or from another
 * backend. Who is calling is the fetch's business: the browser's fetch API
 * signs in as the user, a backend passes a fetch that adds its token. Refusals
 * are thrown as `ResponseError`, with the backend's status, message and headers.
 *
 * @public
 */
export class OnCallClient implements OnCallApi {
  private readonly backend: JsonFetcher;

  constructor(options: Omit<JsonFetcherOptions, 'pluginId'>) {
    this.backend = createJsonFetcher({
      ...options,
      pluginId: ONCALL_PLUGIN_ID,
    });
  }

  getStatus(): Promise<OncallSyncStatus> {
    return this.get('/status');
  }

  getOnCallNow(request: OnCallNowRequest = {}): Promise<OnCallNowResponse> {
    return this.get('/oncall/now', {
      q: request.q?.trim() || undefined,
      offset: request.offset,
      limit: request.limit,
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

  createIncident(
    incident: OncallIncidentRequest,
  ): Promise<OncallTriggeredIncident> {
    return this.backend.json('/incidents', { method: 'POST', body: incident });
  }

  private get<T>(
    path: string,
    query?: Record<string, string | number | undefined>,
  ): Promise<T> {
    return this.backend.json(path, { query });
  }
}

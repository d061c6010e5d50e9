import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { OnCallApi } from './OnCallApi';
import {
  CreatedIncident,
  IncidentAnalyticsResponse,
  IncidentsResponse,
  IncidentStatus,
  NewIncident,
  OnCallResponse,
  SyncStatus,
} from './types';

type QueryParams = Record<string, string | number | undefined>;

/** Calls the on-call backend plugin (/api/oncall) as the signed-in user. */
export class OnCallClient implements OnCallApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getStatus(): Promise<SyncStatus> {
    return this.get('/status');
  }

  getOnCallNow(options: { query?: string } = {}): Promise<OnCallResponse> {
    return this.get('/oncall/now', { query: options.query?.trim() || undefined });
  }

  getEntityOnCall(entityRef: string): Promise<OnCallResponse> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [kind, namespace, name].map(encodeURIComponent).join('/');
    return this.get(`/oncall/entity/${path}`);
  }

  getIncidents(options: {
    entityRef?: string;
    status?: IncidentStatus;
    since?: string;
    until?: string;
  }): Promise<IncidentsResponse> {
    return this.get('/incidents', options);
  }

  getIncidentAnalytics(options: {
    entityRef?: string;
    months?: number;
  }): Promise<IncidentAnalyticsResponse> {
    return this.get('/incidents/analytics', options);
  }

  async createIncident(incident: NewIncident): Promise<CreatedIncident> {
    const response = await this.deps.fetchApi.fetch(await this.url('/incidents'), {
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
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('oncall');
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
    const response = await this.deps.fetchApi.fetch(await this.url(path, params));
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}

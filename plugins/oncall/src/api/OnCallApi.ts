import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  CreatedIncident,
  IncidentAnalyticsResponse,
  IncidentsResponse,
  IncidentStatus,
  NewIncident,
  OnCallResponse,
  SyncStatus,
} from './types';

/** The on-call backend: PagerDuty's on-call and incidents, as last synced. */
export interface OnCallApi {
  getStatus(): Promise<SyncStatus>;
  /** The whole organisation's on-call, optionally only what matches a person, squad or service name. */
  getOnCallNow(options?: { query?: string }): Promise<OnCallResponse>;
  /** The on-call of a squad's escalation policies, or of a service's or job's PagerDuty service. */
  getEntityOnCall(entityRef: string): Promise<OnCallResponse>;
  getIncidents(options: {
    entityRef?: string;
    status?: IncidentStatus;
    since?: string;
    until?: string;
  }): Promise<IncidentsResponse>;
  getIncidentAnalytics(options: {
    entityRef?: string;
    months?: number;
  }): Promise<IncidentAnalyticsResponse>;
  /** Raises a PagerDuty incident on a component with a PagerDuty integration. */
  createIncident(incident: NewIncident): Promise<CreatedIncident>;
}

export const onCallApiRef = createApiRef<OnCallApi>({
  id: 'plugin.oncall.api',
});

import type {
  OncallIncidentAnalyticsResponse,
  OncallIncidentRequest,
  OncallIncidentsResponse,
  OncallIncidentStatus,
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
 * The query parameters of `GET /incidents`.
 *
 * @public
 */
export interface OncallIncidentsQuery {
  /** Only the incidents of this entity: a service or job, or a squad's services. */
  entityRef?: string;
  status?: OncallIncidentStatus;
  /** ISO-8601: incidents created at or after it. */
  since?: string;
  /** ISO-8601: incidents created before it. */
  until?: string;
  /** At most this many, newest first. */
  limit?: number;
  /** How many to skip, for the next page. */
  offset?: number;
}

/**
 * The query parameters of `GET /incidents/analytics`.
 *
 * @public
 */
export interface OncallIncidentAnalyticsQuery {
  entityRef?: string;
  /** How many calendar months back, the current one included. */
  months?: number;
}

/**
 * The on-call backend's API (`/api/oncall`): PagerDuty's on-call and
 * incidents, as last synced, and raising an incident.
 *
 * @public
 */
export interface OnCallApi {
  /** Where the data comes from and how fresh it is. */
  getStatus(): Promise<OncallSyncStatus>;
  /** The whole organisation's on-call, or a page of it, optionally only what matches a person, squad or service name. */
  getOnCallNow(request?: OnCallNowRequest): Promise<OnCallNowResponse>;
  /** The on-call of a squad's escalation policies, or of a service's or job's PagerDuty service. */
  getEntityOnCall(entityRef: string): Promise<OnCallResponse>;
  /** A person's on-call shifts that have not ended, now and next, in the synced window. */
  getShifts(options: { userRef: string }): Promise<OncallShiftsResponse>;
  getIncidents(query?: OncallIncidentsQuery): Promise<OncallIncidentsResponse>;
  getIncidentAnalytics(
    query?: OncallIncidentAnalyticsQuery,
  ): Promise<OncallIncidentAnalyticsResponse>;
  /** An incident and its steps from its PagerDuty log entries, oldest first. */
  getIncidentLogEntries(incidentId: string): Promise<OncallLogEntriesResponse>;
  /** Every PagerDuty user, with the catalog User of the same e-mail. */
  getUsers(): Promise<OncallUsersResponse>;
  /** Raises a PagerDuty incident on a component with a PagerDuty integration. */
  createIncident(
    incident: OncallIncidentRequest,
  ): Promise<OncallTriggeredIncident>;
}

/**
 * Types of the on-call backend's API (/api/oncall). Times are ISO-8601 UTC.
 */

/** Where the on-call data comes from and how fresh it is. */
export interface SyncStatus {
  source: 'sandbox' | 'pagerduty';
  baseUrl: string;
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  /** What went wrong on the last failed refresh, in plain words. */
  lastError?: { at: string; message: string };
  dataAgeSeconds?: number;
  stale: boolean;
}

export interface OnCallPerson {
  userId: string;
  name: string;
  email?: string;
  /** The person's catalog User, when there is one. */
  userRef?: string;
  scheduleName?: string;
  start?: string;
  end?: string;
}

export interface OnCallLevel {
  level: number;
  now: OnCallPerson[];
  next?: { person: OnCallPerson; start: string };
}

/** The on-call of one escalation policy, for the squad or service that uses it. */
export interface OnCallGroup {
  /** A squad Group or a service/job Component. */
  entityRef: string;
  title: string;
  domainRef?: string;
  escalationPolicy: { id: string; name: string; url?: string };
  levels: OnCallLevel[];
}

export interface OnCallResponse {
  status: SyncStatus;
  items: OnCallGroup[];
}

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

export interface Incident {
  id: string;
  number: number;
  title: string;
  status: IncidentStatus;
  urgency: string;
  serviceId: string;
  entityRef?: string;
  createdAt: string;
  acknowledgedAt?: string;
  resolvedAt?: string;
  htmlUrl?: string;
}

export interface IncidentsResponse {
  status: SyncStatus;
  items: Incident[];
  total: number;
}

export interface IncidentMonthStats {
  /** YYYY-MM */
  month: string;
  count: number;
  mttaSeconds?: number;
  mttrSeconds?: number;
}

export interface IncidentAnalyticsResponse {
  status: SyncStatus;
  months: IncidentMonthStats[];
  totals: { count: number; mttaSeconds?: number; mttrSeconds?: number };
}

export interface NewIncident {
  /** The component with a PagerDuty integration to raise the incident on. */
  entityRef: string;
  title: string;
  description?: string;
}

export interface CreatedIncident {
  incidentNumber?: number;
  incidentId?: string;
  dedupKey: string;
  serviceName: string;
}

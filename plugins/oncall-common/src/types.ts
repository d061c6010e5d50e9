/*
 * The on-call backend's API (/api/oncall), as the backend answers it and the
 * browser and other backends read it. Times are ISO-8601 UTC.
 */

/**
 * Where the on-call data comes from and when it was synced; every answer built
 * from the PagerDuty snapshot carries it. It carries the sync time rather than
 * an age, so an answer stays the same (and is serialised once) between syncs;
 * the viewer computes the age on its own clock.
 *
 * @public
 */
export interface OncallSyncStatus {
  source: 'sandbox' | 'pagerduty';
  baseUrl: string;
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  /** What went wrong on the last failed refresh, in plain words. */
  lastError?: { at: string; message: string };
  /** Never synced, the last attempt failed, or older than the backend allows. */
  stale: boolean;
}

/**
 * Who a person on call is: their PagerDuty user and, where one matches, their catalog user.
 *
 * @public
 */
export interface OnCallIdentity {
  userId: string;
  name: string;
  email?: string;
  /** The person's catalog User (same e-mail), when there is one. */
  userRef?: string;
}

/**
 * A person on call now, through which schedule and until when (missing: no end in sight).
 *
 * @public
 */
export interface OnCallPerson extends OnCallIdentity {
  scheduleName?: string;
  end?: string;
}

/**
 * Who is on call at one escalation level now, and who takes over next and when.
 *
 * @public
 */
export interface OnCallGroupLevel {
  level: number;
  now: OnCallPerson[];
  next?: { person: OnCallIdentity; start: string };
}

/**
 * The on-call of one escalation policy, for the squad or service that uses it.
 *
 * @public
 */
export interface OnCallGroup {
  /** A squad Group or a service/job Component. */
  entityRef: string;
  title: string;
  /**
   * The business domain: a squad's `readiness.dev/domain` annotation, else the domain of most of
   * the systems it owns; a service's system's domain, else its owner squad's.
   */
  domainRef?: string;
  /** The domain's title in the catalog (its name without one), whenever `domainRef` is set. */
  domainTitle?: string;
  escalationPolicy: {
    id: string;
    name: string;
    url?: string;
    /** The PagerDuty services that use this policy. */
    serviceIds?: string[];
  };
  levels: OnCallGroupLevel[];
}

/** One of a person's on-call shifts, now or to come, in the synced window. @public */
export interface OncallShift {
  escalationPolicy: { id: string; name: string; url?: string };
  level: number;
  scheduleName?: string;
  /** Missing: on call since before the synced window. */
  start?: string;
  /** Missing: never goes off call. */
  end?: string;
  /** Whether the shift has started. */
  now: boolean;
}

/** `GET /oncall/shifts?user=`: a person's shifts not yet ended, soonest first. @public */
export interface OncallShiftsResponse {
  status: OncallSyncStatus;
  items: OncallShift[];
}

/** `GET /oncall/entity/:kind/:namespace/:name`. @public */
export interface OnCallResponse {
  status: OncallSyncStatus;
  items: OnCallGroup[];
}

/**
 * `GET /oncall/now?q=&offset=&limit=`: who is on call across the organisation, sorted by domain,
 * squad or service, and policy; without `limit`, every group from `offset` on.
 *
 * @public
 */
export interface OnCallNowRequest {
  /** Only groups whose squad, service, policy or on-call person matches this text. */
  q?: string;
  offset?: number;
  limit?: number;
}

/** `GET /oncall/now`: one page of groups, and how many match in all. @public */
export interface OnCallNowResponse extends OnCallResponse {
  total: number;
}

/**
 * The state of a PagerDuty incident.
 *
 * @public
 */
export type OncallIncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

/** A PagerDuty incident as the on-call API lists it. @public */
export interface OncallIncidentItem {
  id: string;
  number: number;
  title: string;
  status: OncallIncidentStatus;
  urgency?: string;
  serviceId: string;
  /** The catalog entity its PagerDuty service maps to. */
  entityRef?: string;
  createdAt: string;
  acknowledgedAt?: string;
  resolvedAt?: string;
  htmlUrl?: string;
}

/** `GET /incidents`. @public */
export interface OncallIncidentsResponse {
  status: OncallSyncStatus;
  items: OncallIncidentItem[];
  total: number;
}

/** `GET /incidents/analytics`. @public */
export interface OncallIncidentAnalyticsResponse {
  status: OncallSyncStatus;
  months: IncidentMonth[];
  totals: IncidentTotals;
}

/** `POST /incidents`: raise an incident on a component with a PagerDuty integration. @public */
export interface OncallIncidentRequest {
  entityRef: string;
  title: string;
  description?: string;
}

/** `POST /incidents`'s answer. @public */
export interface OncallTriggeredIncident {
  incidentNumber?: number;
  incidentId?: string;
  dedupKey: string;
  serviceName: string;
}

/**
 * A PagerDuty user from the synced snapshot, with the catalog User that has
 * the same e-mail (case ignored), when there is one.
 *
 * @public
 */
export interface OncallUser {
  id: string;
  name: string;
  email?: string;
  htmlUrl?: string;
  userRef?: string;
}

/** `GET /users`: every PagerDuty user, by name. @public */
export interface OncallUsersResponse {
  status: OncallSyncStatus;
  items: OncallUser[];
}

/** The steps of an incident the log-entries route reports. @public */
export type OncallLogEntryType =
  | 'triggered'
  | 'acknowledged'
  | 'escalated'
  | 'notified'
  | 'resolved';

/** A PagerDuty user or service named in a log entry. @public */
export interface OncallLogEntryParty {
  type: 'user' | 'service';
  id: string;
  name?: string;
  /** For a user: the catalog User of the same e-mail. */
  userRef?: string;
}

/**
 * One step of an incident from its PagerDuty log entries.
 *
 * @public
 */
export interface OncallLogEntry {
  id: string;
  type: OncallLogEntryType;
  at: string;
  /** Who did it: a person, or a service (an integration, the escalation policy's timeout). */
  agent?: OncallLogEntryParty;
  /** Notified: the person notified; escalated: the people it was assigned to. */
  recipients: OncallLogEntryParty[];
  /** How: `api`, `timeout`, `website`, `mobile`, or the notification's `sms`, `phone` … */
  channel?: string;
  summary?: string;
}

/**
 * `GET /incidents/:id/log-entries`: the incident and its steps, oldest first;
 * `source` says whether they come from the synced snapshot or were read from
 * PagerDuty just now.
 *
 * @public
 */
export interface OncallLogEntriesResponse {
  status: OncallSyncStatus;
  incident: OncallIncidentItem;
  source: 'snapshot' | 'pagerduty';
  items: OncallLogEntry[];
}

/**
 * Incident count and mean response times of one calendar month (UTC).
 *
 * @public
 */
export interface IncidentMonth {
  /** YYYY-MM */
  month: string;
  count: number;
  /** Mean time to acknowledge, over the month's acknowledged incidents. */
  mttaSeconds?: number;
  /** Mean time to resolve, over the month's resolved incidents. */
  mttrSeconds?: number;
}

/**
 * Incident count and mean response times over a whole period.
 *
 * @public
 */
export interface IncidentTotals {
  count: number;
  mttaSeconds?: number;
  mttrSeconds?: number;
}

// The sandbox's in-memory PagerDuty account. The REST API renders these records into
// PagerDuty's JSON shapes (see api/render.ts); tests read them through `PagerDutySandbox.account`.

/**
 * A PagerDuty user's account role.
 *
 * @public
 */
export type UserRole =
  | 'owner'
  | 'admin'
  | 'user'
  | 'limited_user'
  | 'observer'
  | 'read_only_user';

/**
 * A user of the sandbox's PagerDuty account.
 *
 * @public
 */
export interface PdUser {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  role: UserRole;
  jobTitle?: string;
  color: string;
  createdAt: Date;
}

/**
 * A user's membership of a team, with the role they hold in it.
 *
 * @public
 */
export interface PdTeamMember {
  userId: string;
  role: 'manager' | 'responder' | 'observer';
}

/**
 * A PagerDuty team and its members.
 *
 * @public
 */
export interface PdTeam {
  id: string;
  name: string;
  description: string;
  members: PdTeamMember[];
}

/**
 * A rotation: the users take turns of `turnLengthSeconds` from `rotationVirtualStart`.
 *
 * @public
 */
export interface PdScheduleLayer {
  id: string;
  name: string;
  start: Date;
  rotationVirtualStart: Date;
  turnLengthSeconds: number;
  userIds: string[];
}

/**
 * An on-call schedule: its rotation layers and the teams it belongs to.
 *
 * @public
 */
export interface PdSchedule {
  id: string;
  name: string;
  description: string;
  timeZone: string;
  teamIds: string[];
  /** Lowest priority first: a later layer overrides the earlier ones where it has someone on call. */
  layers: PdScheduleLayer[];
}

/**
 * Who an escalation rule notifies: a schedule's on-call user or a user directly.
 *
 * @public
 */
export interface PdEscalationTarget {
  type: 'schedule' | 'user';
  id: string;
}

/**
 * One level of an escalation policy: whom it notifies and after how many minutes.
 *
 * @public
 */
export interface PdEscalationRule {
  id: string;
  delayMinutes: number;
  targets: PdEscalationTarget[];
}

/**
 * An escalation policy: its rules, in order, and how often they repeat.
 *
 * @public
 */
export interface PdEscalationPolicy {
  id: string;
  name: string;
  description: string;
  teamIds: string[];
  numLoops: number;
  rules: PdEscalationRule[];
}

/**
 * An Events API v2 integration of a service.
 *
 * @public
 */
export interface PdIntegration {
  id: string;
  name: string;
  /** The Events API v2 routing key. */
  key: string;
  createdAt: Date;
}

/**
 * A PagerDuty service: its escalation policy, integrations and urgency rule.
 *
 * @public
 */
export interface PdService {
  id: string;
  name: string;
  description: string;
  teamIds: string[];
  escalationPolicyId: string;
  createdAt: Date;
  integrations: PdIntegration[];
  /** `severity_based`: the urgency follows the event's severity. */
  urgency: 'high' | 'severity_based';
  autoResolveTimeoutSeconds?: number;
  acknowledgementTimeoutSeconds?: number;
}

/**
 * The state of an incident.
 *
 * @public
 */
export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';
/**
 * The urgency of an incident.
 *
 * @public
 */
export type Urgency = 'high' | 'low';

/**
 * Who did something: a user, or a service (an integration's events).
 *
 * @public
 */
export interface PdAgent {
  type: 'user' | 'service';
  id: string;
}

/**
 * What a log entry records.
 *
 * @public
 */
export type LogEntryKind =
  | 'trigger'
  | 'notify'
  | 'escalate'
  | 'acknowledge'
  | 'annotate'
  | 'resolve';

/**
 * One entry of an incident's log.
 *
 * @public
 */
export interface PdLogEntry {
  id: string;
  kind: LogEntryKind;
  at: Date;
  agent: PdAgent;
  channel: {
    type: string;
    summary?: string;
    details?: Record<string, unknown>;
    /** Notifications: how the person was reached. */
    notification?: { type: string; status: string };
  };
  summary: string;
  note?: string;
  /** Escalations: the users the incident was assigned to. */
  assigneeIds?: string[];
  /** Notifications: the user notified. */
  userId?: string;
}

/**
 * An incident with its assignments, acknowledgements and log.
 *
 * @public
 */
export interface PdIncident {
  id: string;
  number: number;
  title: string;
  status: IncidentStatus;
  urgency: Urgency;
  serviceId: string;
  escalationPolicyId: string;
  teamIds: string[];
  incidentKey: string;
  createdAt: Date;
  /** Current assignees while the incident is open. */
  assignments: Array<{ userId: string; at: Date }>;
  acknowledgements: Array<{ agent: PdAgent; at: Date }>;
  acknowledgedAt?: Date;
  resolvedAt?: Date;
  lastStatusChangeAt: Date;
  lastStatusChangeBy: PdAgent;
  alertCount: number;
  /** Oldest first. */
  logEntries: PdLogEntry[];
}

/**
 * A change event sent to a service through the Events API v2.
 *
 * @public
 */
export interface PdChangeEvent {
  id: string;
  serviceId: string;
  integrationId: string;
  summary: string;
  source: string;
  timestamp: Date;
  customDetails: Record<string, unknown>;
  links: Array<{ href: string; text: string }>;
}

/**
 * The sandbox's in-memory PagerDuty account. These are internal records; the
 * REST API renders them into PagerDuty's JSON shapes (see api/render.ts).
 */

export type UserRole =
  | 'owner'
  | 'admin'
  | 'user'
  | 'limited_user'
  | 'observer'
  | 'read_only_user';

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

export interface PdTeamMember {
  userId: string;
  role: 'manager' | 'responder' | 'observer';
}

export interface PdTeam {
  id: string;
  name: string;
  description: string;
  members: PdTeamMember[];
}

/** A rotation: the users take turns of `turnLengthSeconds` from `rotationVirtualStart`. */
export interface PdScheduleLayer {
  id: string;
  name: string;
  start: Date;
  rotationVirtualStart: Date;
  turnLengthSeconds: number;
  userIds: string[];
}

export interface PdSchedule {
  id: string;
  name: string;
  description: string;
  timeZone: string;
  teamIds: string[];
  /** Lowest priority first: a later layer overrides the earlier ones where it has someone on call. */
  layers: PdScheduleLayer[];
}

export interface PdEscalationTarget {
  type: 'schedule' | 'user';
  id: string;
}

export interface PdEscalationRule {
  id: string;
  delayMinutes: number;
  targets: PdEscalationTarget[];
}

export interface PdEscalationPolicy {
  id: string;
  name: string;
  description: string;
  teamIds: string[];
  numLoops: number;
  rules: PdEscalationRule[];
}

export interface PdIntegration {
  id: string;
  name: string;
  /** The Events API v2 routing key. */
  key: string;
  createdAt: Date;
}

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

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';
export type Urgency = 'high' | 'low';

/** Who did something: a user, or a service (an integration's events). */
export interface PdAgent {
  type: 'user' | 'service';
  id: string;
}

export type LogEntryKind =
  | 'trigger'
  | 'notify'
  | 'escalate'
  | 'acknowledge'
  | 'annotate'
  | 'resolve';

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

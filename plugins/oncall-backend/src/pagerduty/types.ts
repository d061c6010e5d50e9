// The parts of PagerDuty's REST API v2 and Events API v2 objects the portal
// reads (see ../shared/pagerduty/rest-openapiv3.json for the full shapes).

export interface PagerDutyReference {
  id: string;
  type: string;
  summary?: string;
  html_url?: string;
}

export interface PagerDutyIntegration {
  id: string;
  type: string;
  name?: string;
  summary?: string;
  /** Present on Events API integrations: the routing key of Events API v2. */
  integration_key?: string;
}

export interface PagerDutyService {
  id: string;
  name: string;
  status?: string;
  html_url?: string;
  escalation_policy?: PagerDutyReference;
  teams?: PagerDutyReference[];
  integrations?: Array<PagerDutyIntegration | PagerDutyReference>;
}

export interface PagerDutyEscalationRule {
  escalation_delay_in_minutes: number;
  targets: PagerDutyReference[];
}

export interface PagerDutyEscalationPolicy {
  id: string;
  name: string;
  html_url?: string;
  escalation_rules: PagerDutyEscalationRule[];
  teams?: PagerDutyReference[];
}

export interface PagerDutySchedule {
  id: string;
  name: string;
  time_zone?: string;
  html_url?: string;
}

export interface PagerDutyOnCall {
  escalation_policy: PagerDutyReference;
  escalation_level: number;
  user: PagerDutyReference;
  schedule?: PagerDutyReference | null;
  /** Null for a user named directly as a target: always on call. */
  start: string | null;
  end: string | null;
}

export interface PagerDutyUser {
  id: string;
  name: string;
  email?: string;
  html_url?: string;
  teams?: PagerDutyReference[];
}

export interface PagerDutyTeam {
  id: string;
  name: string;
  html_url?: string;
}

export interface PagerDutyIncident {
  id: string;
  incident_number: number;
  title: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  urgency?: 'high' | 'low';
  created_at: string;
  html_url?: string;
  incident_key?: string | null;
  service: PagerDutyReference;
  last_status_change_at?: string;
  resolved_at?: string | null;
  /** Current acknowledgements; empty once resolved. */
  acknowledgements?: Array<{ at: string }>;
}

export interface PagerDutyLogEntry {
  id: string;
  type: string;
  created_at: string;
  summary?: string;
  incident?: PagerDutyReference;
  /** user_reference, service_reference or integration_reference. */
  agent?: PagerDutyReference | null;
  channel?: {
    type?: string;
    /** Notify entries: how the person was reached. */
    notification?: { type?: string };
  } | null;
  /** Notify entries: the person notified. */
  user?: PagerDutyReference | null;
  /** Escalate and assign entries: the people assigned. */
  assignees?: PagerDutyReference[];
}

/** A trigger event of Events API v2. */
export interface PagerDutyTriggerEvent {
  routing_key: string;
  event_action: 'trigger';
  dedup_key: string;
  client?: string;
  client_url?: string;
  payload: {
    summary: string;
    source: string;
    severity: 'critical' | 'error' | 'warning' | 'info';
    custom_details?: Record<string, string>;
  };
}

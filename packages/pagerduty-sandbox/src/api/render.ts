import { createHash } from 'crypto';
import { DateTime } from 'luxon';
import { PagerDutyAccount } from '../account/PagerDutyAccount';
import { OnCall, Shift } from '../account/oncall';
import {
  PdAgent,
  PdChangeEvent,
  PdEscalationPolicy,
  PdIncident,
  PdIntegration,
  PdLogEntry,
  PdSchedule,
  PdService,
  PdTeam,
  PdUser,
} from '../account/types';

type Json = Record<string, unknown>;
type Kind =
  | 'user'
  | 'team'
  | 'schedule'
  | 'escalation_policy'
  | 'service'
  | 'incident';

const API_PATHS: Record<Kind, string> = {
  user: 'users',
  team: 'teams',
  schedule: 'schedules',
  escalation_policy: 'escalation_policies',
  service: 'services',
  incident: 'incidents',
};
const WEB_PATHS: Record<Kind, string> = {
  ...API_PATHS,
  service: 'service-directory',
};

/**
 * Renders the account's records in PagerDuty's JSON shapes: references
 * (`*_reference` with `self` and `html_url`), full objects, times in the
 * requested time zone. `self` links point at the sandbox itself, wherever it
 * is mounted; `html_url` links at the account's PagerDuty web address.
 */
export class Renderer {
  constructor(
    private readonly account: PagerDutyAccount,
    /** Absolute URL of the REST API root, e.g. http://127.0.0.1:7079 */
    private readonly apiBase: string,
    private readonly zone: string,
  ) {}

  inZone(zone: string): Renderer {
    return new Renderer(this.account, this.apiBase, zone);
  }

  /** PagerDuty's times have whole seconds and the zone's offset (`Z` in UTC). */
  time(date: Date): string {
    const seconds = Math.floor(date.getTime() / 1000) * 1000;
    return DateTime.fromMillis(seconds, { zone: this.zone }).toISO({
      suppressMilliseconds: true,
    })!;
  }

  private web(path: string): string {
    return `https://${this.account.subdomain}.pagerduty.com${path}`;
  }

  ref(kind: Kind, id: string, summary: string): Json {
    return {
      id,
      type: `${kind}_reference`,
      summary,
      self: `${this.apiBase}/${API_PATHS[kind]}/${id}`,
      html_url: this.web(`/${WEB_PATHS[kind]}/${id}`),
    };
  }

  private base(kind: Kind, id: string, summary: string): Json {
    return { ...this.ref(kind, id, summary), type: kind };
  }

  userRef(id: string): Json {
    return this.ref('user', id, this.account.users.get(id)?.name ?? id);
  }

  teamRef(id: string): Json {
    return this.ref('team', id, this.account.teams.get(id)?.name ?? id);
  }

  scheduleRef(id: string): Json {
    return this.ref('schedule', id, this.account.schedules.get(id)?.name ?? id);
  }

  policyRef(id: string): Json {
    return this.ref(
      'escalation_policy',
      id,
      this.account.escalationPolicies.get(id)?.name ?? id,
    );
  }

  serviceRef(id: string): Json {
    return this.ref('service', id, this.account.services.get(id)?.name ?? id);
  }

  incidentRef(incident: PdIncident): Json {
    return this.ref(
      'incident',
      incident.id,
      `[#${incident.number}] ${incident.title}`,
    );
  }

  agentRef(agent: PdAgent): Json {
    return agent.type === 'user'
      ? this.userRef(agent.id)
      : this.serviceRef(agent.id);
  }

  user(user: PdUser, includes: Set<string> = new Set()): Json {
    const teams = this.account.teamsOfUser(user.id);
    return {
      ...this.base('user', user.id, user.name),
      name: user.name,
      email: user.email,
      time_zone: user.timeZone,
      color: user.color,
      role: user.role,
      avatar_url: `https://secure.gravatar.com/avatar/${createHash('md5')
        .update(user.email.toLowerCase())
        .digest('hex')}.png?d=mm&r=PG`,
      ...(user.jobTitle
        ? { description: user.jobTitle, job_title: user.jobTitle }
        : {}),
      invitation_sent: false,
      teams: teams.map(team =>
        includes.has('teams') ? this.team(team) : this.teamRef(team.id),
      ),
      contact_methods: [],
      notification_rules: [],
    };
  }

  /** A user reference, or the full user when the caller asked to include users. */
  userOrRef(id: string, full: boolean): Json {
    const user = this.account.users.get(id);
    return full && user ? this.user(user) : this.userRef(id);
  }

  team(team: PdTeam): Json {
    return {
      ...this.base('team', team.id, team.name),
      name: team.name,
      description: team.description,
      default_role: 'manager',
    };
  }

  scheduleUsers(schedule: PdSchedule): string[] {
    return [...new Set(schedule.layers.flatMap(layer => layer.userIds))];
  }

  schedule(schedule: PdSchedule): Json {
    return {
      ...this.base('schedule', schedule.id, schedule.name),
      name: schedule.name,
      time_zone: schedule.timeZone,
      description: schedule.description,
      escalation_policies: this.account
        .policiesUsingSchedule(schedule.id)
        .map(policy => this.policyRef(policy.id)),
      users: this.scheduleUsers(schedule).map(id => this.userRef(id)),
      teams: schedule.teamIds.map(id => this.teamRef(id)),
    };
  }

  /** Schedule entries with how much of the window they cover. */
  renderedEntries(shifts: Shift[], since: Date, until: Date): Json {
    const windowMs = until.getTime() - since.getTime();
    const coveredMs = shifts.reduce(
      (sum, shift) =>
        sum +
        Math.max(
          0,
          Math.min(shift.end.getTime(), until.getTime()) -
            Math.max(shift.start.getTime(), since.getTime()),
        ),
      0,
    );
    return {
      rendered_schedule_entries: shifts.map(shift => ({
        user: this.userRef(shift.userId),
        start: this.time(shift.start),
        end: this.time(shift.end),
      })),
      rendered_coverage_percentage:
        windowMs > 0 ? Math.round((coveredMs / windowMs) * 10_000) / 100 : 100,
    };
  }

  scheduleLayer(schedule: PdSchedule, layerIndex: number, entries: Json): Json {
    const layer = schedule.layers[layerIndex];
    return {
      id: layer.id,
      name: layer.name,
      start: this.time(layer.start),
      users: layer.userIds.map(id => ({ user: this.userRef(id) })),
      restrictions: [],
      rotation_virtual_start: this.time(layer.rotationVirtualStart),
      rotation_turn_length_seconds: layer.turnLengthSeconds,
      ...entries,
    };
  }

  escalationPolicy(
    policy: PdEscalationPolicy,
    includes: Set<string> = new Set(),
  ): Json {
    return {
      ...this.base('escalation_policy', policy.id, policy.name),
      name: policy.name,
      description: policy.description,
      num_loops: policy.numLoops,
      on_call_handoff_notifications: 'if_has_services',
      escalation_rules: policy.rules.map(rule => ({
        id: rule.id,
        escalation_delay_in_minutes: rule.delayMinutes,
        targets: rule.targets.map(target => {
          if (target.type === 'user') {
            return this.userOrRef(target.id, includes.has('targets'));
          }
          const schedule = this.account.schedules.get(target.id);
          return includes.has('targets') && schedule
            ? this.schedule(schedule)
            : this.scheduleRef(target.id);
        }),
      })),
      services: this.account
        .servicesOfPolicy(policy.id)
        .map(service =>
          includes.has('services')
            ? this.service(service)
            : this.serviceRef(service.id),
        ),
      teams: policy.teamIds.map(id => {
        const team = this.account.teams.get(id);
        return includes.has('teams') && team
          ? this.team(team)
          : this.teamRef(id);
      }),
    };
  }

  integration(
    service: PdService,
    integration: PdIntegration,
    full: boolean,
  ): Json {
    const reference = {
      id: integration.id,
      type: 'events_api_v2_inbound_integration_reference',
      summary: integration.name,
      self: `${this.apiBase}/services/${service.id}/integrations/${integration.id}`,
      html_url: this.web(
        `/services/${service.id}/integrations/${integration.id}`,
      ),
    };
    if (!full) return reference;
    return {
      ...reference,
      type: 'events_api_v2_inbound_integration',
      name: integration.name,
      service: this.serviceRef(service.id),
      created_at: this.time(integration.createdAt),
      integration_key: integration.key,
    };
  }

  service(service: PdService, includes: Set<string> = new Set()): Json {
    const policy = this.account.escalationPolicies.get(
      service.escalationPolicyId,
    );
    const lastIncidentAt = this.account.lastIncidentAt(service.id);
    return {
      ...this.base('service', service.id, service.name),
      name: service.name,
      description: service.description,
      ...(service.autoResolveTimeoutSeconds !== undefined
        ? { auto_resolve_timeout: service.autoResolveTimeoutSeconds }
        : {}),
      ...(service.acknowledgementTimeoutSeconds !== undefined
        ? { acknowledgement_timeout: service.acknowledgementTimeoutSeconds }
        : {}),
      created_at: this.time(service.createdAt),
      status: this.account.serviceStatus(service.id),
      ...(lastIncidentAt
        ? { last_incident_timestamp: this.time(lastIncidentAt) }
        : {}),
      escalation_policy:
        includes.has('escalation_policies') && policy
          ? this.escalationPolicy(policy)
          : this.policyRef(service.escalationPolicyId),
      teams: service.teamIds.map(id => {
        const team = this.account.teams.get(id);
        return includes.has('teams') && team
          ? this.team(team)
          : this.teamRef(id);
      }),
      integrations: service.integrations.map(integration =>
        this.integration(service, integration, includes.has('integrations')),
      ),
      incident_urgency_rule: { type: 'constant', urgency: service.urgency },
      scheduled_actions: [],
      addons: [],
      alert_creation: 'create_alerts_and_incidents',
    };
  }

  private logEntryRef(incident: PdIncident, entry: PdLogEntry): Json {
    return {
      id: entry.id,
      type: `${entry.kind}_log_entry_reference`,
      summary: entry.summary,
      self: `${this.apiBase}/log_entries/${entry.id}?incident_id=${incident.id}`,
      html_url: this.web(`/incidents/${incident.id}/log_entries/${entry.id}`),
    };
  }

  logEntry(
    incident: PdIncident,
    entry: PdLogEntry,
    includes: Set<string> = new Set(),
  ): Json {
    const service = this.account.services.get(incident.serviceId);
    return {
      ...this.logEntryRef(incident, entry),
      type: `${entry.kind}_log_entry`,
      created_at: this.time(entry.at),
      agent: this.agentRef(entry.agent),
      channel: entry.channel,
      service:
        includes.has('services') && service
          ? this.service(service)
          : this.serviceRef(incident.serviceId),
      incident: includes.has('incidents')
        ? this.incident(incident)
        : this.incidentRef(incident),
      teams: incident.teamIds.map(id => {
        const team = this.account.teams.get(id);
        return includes.has('teams') && team
          ? this.team(team)
          : this.teamRef(id);
      }),
      contexts: [],
      ...(entry.kind === 'trigger'
        ? { event_details: { description: incident.title } }
        : {}),
      ...(entry.note ? { note: entry.note } : {}),
      ...(entry.assigneeIds
        ? { assignees: entry.assigneeIds.map(id => this.userRef(id)) }
        : {}),
      ...(entry.userId ? { user: this.userRef(entry.userId) } : {}),
    };
  }

  incident(incident: PdIncident, includes: Set<string> = new Set()): Json {
    const service = this.account.services.get(incident.serviceId);
    const policy = this.account.escalationPolicies.get(
      incident.escalationPolicyId,
    );
    const trigger = incident.logEntries.find(
      entry => entry.kind === 'trigger',
    )!;
    const fullUsers = includes.has('users') || includes.has('assignees');
    const open = incident.status !== 'resolved';
    return {
      ...this.base(
        'incident',
        incident.id,
        `[#${incident.number}] ${incident.title}`,
      ),
      incident_number: incident.number,
      title: incident.title,
      description: incident.title,
      created_at: this.time(incident.createdAt),
      updated_at: this.time(
        incident.logEntries[incident.logEntries.length - 1].at,
      ),
      status: incident.status,
      incident_key: incident.incidentKey,
      service:
        includes.has('services') && service
          ? this.service(service)
          : this.serviceRef(incident.serviceId),
      assignments: incident.assignments.map(assignment => ({
        at: this.time(assignment.at),
        assignee: this.userOrRef(assignment.userId, fullUsers),
      })),
      assigned_via: 'escalation_policy',
      last_status_change_at: this.time(incident.lastStatusChangeAt),
      last_status_change_by: this.agentRef(incident.lastStatusChangeBy),
      ...(incident.resolvedAt
        ? { resolved_at: this.time(incident.resolvedAt) }
        : {}),
      first_trigger_log_entry: includes.has('first_trigger_log_entries')
        ? this.logEntry(incident, trigger)
        : this.logEntryRef(incident, trigger),
      alert_counts: {
        all: incident.alertCount,
        triggered: open ? incident.alertCount : 0,
        resolved: open ? 0 : incident.alertCount,
      },
      is_mergeable: true,
      incident_type: { name: 'incident_default' },
      escalation_policy:
        includes.has('escalation_policies') && policy
          ? this.escalationPolicy(policy)
          : this.policyRef(incident.escalationPolicyId),
      teams: incident.teamIds.map(id => {
        const team = this.account.teams.get(id);
        return includes.has('teams') && team
          ? this.team(team)
          : this.teamRef(id);
      }),
      pending_actions: [],
      acknowledgements: incident.acknowledgements.map(acknowledgement => ({
        at: this.time(acknowledgement.at),
        acknowledger:
          acknowledgement.agent.type === 'user'
            ? this.userOrRef(
                acknowledgement.agent.id,
                includes.has('acknowledgers') || includes.has('users'),
              )
            : this.serviceRef(acknowledgement.agent.id),
      })),
      incidents_responders: [],
      responder_requests: [],
      urgency: incident.urgency,
    };
  }

  onCall(onCall: OnCall, includes: Set<string>): Json {
    return {
      escalation_policy: includes.has('escalation_policies')
        ? this.escalationPolicy(onCall.policy)
        : this.policyRef(onCall.policy.id),
      escalation_level: onCall.level,
      ...(onCall.schedule
        ? {
            schedule: includes.has('schedules')
              ? this.schedule(onCall.schedule)
              : this.scheduleRef(onCall.schedule.id),
          }
        : {}),
      user: this.userOrRef(onCall.userId, includes.has('users')),
      ...(onCall.start && onCall.end
        ? { start: this.time(onCall.start), end: this.time(onCall.end) }
        : {}),
    };
  }

  changeEvent(event: PdChangeEvent): Json {
    return {
      id: event.id,
      type: 'change_event',
      summary: event.summary,
      self: `${this.apiBase}/change_events/${event.id}`,
      timestamp: this.time(event.timestamp),
      source: event.source,
      integration: {
        id: event.integrationId,
        type: 'inbound_integration_reference',
      },
      services: [this.serviceRef(event.serviceId)],
      custom_details: event.customDetails,
      links: event.links,
      images: [],
    };
  }
}

import {
  PdChangeEvent,
  PdEscalationPolicy,
  PdIncident,
  PdSchedule,
  PdService,
  PdTeam,
  PdUser,
} from './types';

/** What the REST API reports under `GET /abilities`. */
export const ACCOUNT_ABILITIES = [
  'teams',
  'urgencies',
  'read_only_users',
  'service_support_hours',
  'change_events',
  'on_call_schedules',
  'escalation_policies',
];

/**
 * The whole PagerDuty account held by one sandbox: configuration, incidents
 * and change events, indexed by id.
 *
 * @public
 */
export class PagerDutyAccount {
  readonly users = new Map<string, PdUser>();
  readonly teams = new Map<string, PdTeam>();
  readonly schedules = new Map<string, PdSchedule>();
  readonly escalationPolicies = new Map<string, PdEscalationPolicy>();
  readonly services = new Map<string, PdService>();
  readonly incidents = new Map<string, PdIncident>();
  readonly changeEvents: PdChangeEvent[] = [];
  private readonly incidentsByService = new Map<string, PdIncident[]>();

  constructor(
    /** The account's web address is https://<subdomain>.pagerduty.com. */
    readonly subdomain: string,
    /** The account time zone: the default for rendering times. */
    readonly timeZone: string,
  ) {}

  add<T extends { id: string }>(map: Map<string, T>, item: T): T {
    if (map.has(item.id)) {
      throw new Error(`Duplicate PagerDuty id ${item.id}`);
    }
    map.set(item.id, item);
    return item;
  }

  addIncident(incident: PdIncident): PdIncident {
    this.add(this.incidents, incident);
    const ofService = this.incidentsByService.get(incident.serviceId) ?? [];
    ofService.push(incident);
    this.incidentsByService.set(incident.serviceId, ofService);
    return incident;
  }

  incidentsOfService(serviceId: string): readonly PdIncident[] {
    return this.incidentsByService.get(serviceId) ?? [];
  }

  serviceByIntegrationKey(key: string): PdService | undefined {
    for (const service of this.services.values()) {
      if (service.integrations.some(integration => integration.key === key)) {
        return service;
      }
    }
    return undefined;
  }

  openIncidentByKey(
    serviceId: string,
    incidentKey: string,
  ): PdIncident | undefined {
    return this.incidentsOfService(serviceId).find(
      incident =>
        incident.incidentKey === incidentKey && incident.status !== 'resolved',
    );
  }

  /** Incidents oldest first, numbered in that order. */
  incidentsByCreation(): PdIncident[] {
    return [...this.incidents.values()].sort(
      (a, b) =>
        a.createdAt.getTime() - b.createdAt.getTime() || a.number - b.number,
    );
  }

  nextIncidentNumber(): number {
    let highest = 0;
    for (const incident of this.incidents.values()) {
      highest = Math.max(highest, incident.number);
    }
    return highest + 1;
  }

  /** PagerDuty's service status: critical with a triggered incident, warning with an acknowledged one. */
  serviceStatus(serviceId: string): 'active' | 'warning' | 'critical' {
    let status: 'active' | 'warning' | 'critical' = 'active';
    for (const incident of this.incidentsOfService(serviceId)) {
      if (incident.status === 'triggered') return 'critical';
      if (incident.status === 'acknowledged') status = 'warning';
    }
    return status;
  }

  lastIncidentAt(serviceId: string): Date | undefined {
    let last: Date | undefined;
    for (const incident of this.incidentsOfService(serviceId)) {
      if (!last || incident.createdAt > last) {
        last = incident.createdAt;
      }
    }
    return last;
  }

  /** The teams a user belongs to. */
  teamsOfUser(userId: string): PdTeam[] {
    return [...this.teams.values()].filter(team =>
      team.members.some(member => member.userId === userId),
    );
  }

  /** Escalation policies that page a schedule, directly. */
  policiesUsingSchedule(scheduleId: string): PdEscalationPolicy[] {
    return [...this.escalationPolicies.values()].filter(policy =>
      policy.rules.some(rule =>
        rule.targets.some(
          target => target.type === 'schedule' && target.id === scheduleId,
        ),
      ),
    );
  }

  servicesOfPolicy(policyId: string): PdService[] {
    return [...this.services.values()].filter(
      service => service.escalationPolicyId === policyId,
    );
  }
}

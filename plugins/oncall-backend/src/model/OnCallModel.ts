import {
  IncidentMonth,
  IncidentTotals,
  OnCallGroup,
  OnCallPerson,
  OncallIncidentItem,
  OncallLogEntryParty,
  OncallShift,
  OncallUser,
} from '@readiness/plugin-oncall-common';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  mapPagerDutyServices,
  pagerDutyTeamMatchesGroup,
  ServiceMapping,
} from '../catalog/serviceMapping';
import {
  AnnotatedEntity,
  CatalogView,
  GroupEntry,
} from '../catalog/CatalogDirectory';
import {
  EscalationPolicyRecord,
  IncidentRecord,
  ServiceRecord,
  ShiftRecord,
  UserRecord,
} from '../database/OncallStore';
import { addTo } from '../collections';
import { selectOnCallLevels } from './onCallLevels';

/** The whole organisation's on-call groups at a time, and until when they hold. */
interface OnCallNowGroups {
  at: number;
  validUntil: number;
  groups: Array<{ group: OnCallGroup; searchText: string }>;
}

/** The organisation's on-call view is recomputed at least this often. */
const ON_CALL_NOW_MAX_AGE_MS = 60_000;

/**
 * The joined view of the stored PagerDuty snapshot and the catalog that the
 * routes answer from, built once per snapshot with the indexes they need.
 */
export class OnCallModel {
  readonly mapping: ServiceMapping;
  readonly servicesById: Map<string, ServiceRecord>;
  readonly policiesById: Map<string, EscalationPolicyRecord>;
  readonly annotatedByRef: Map<string, AnnotatedEntity>;
  readonly groupsByRef: Map<string, GroupEntry>;
  /** Domain titles by ref, for the headings of the organisation's on-call. */
  readonly domainTitles: Map<string, string>;
  /** The organisation's on-call view, reused until a shift starts or ends. */
  onCallNow?: OnCallNowGroups;
  /** The PagerDuty users by name with their catalog users, once asked for. */
  userList?: OncallUser[];
  /** Incident list pages by query. */
  readonly incidentPages = new Map<
    string,
    Promise<{ items: OncallIncidentItem[]; total: number }>
  >();
  /** Incident analytics by period and entity. */
  readonly analytics = new Map<
    string,
    Promise<{ months: IncidentMonth[]; totals: IncidentTotals }>
  >();
  readonly #entitiesByService = new Map<string, string[]>();
  readonly #servicesByEntity = new Map<string, string[]>();
  readonly #servicesByPolicy = new Map<string, string[]>();
  readonly #servicesByTeam = new Map<string, ServiceRecord[]>();
  readonly #policiesByTeam = new Map<string, EscalationPolicyRecord[]>();
  readonly #annotatedByOwner = new Map<string, AnnotatedEntity[]>();
  readonly #shiftsByPolicy = new Map<string, ShiftRecord[]>();
  /** Every shift start and end, ascending, as epoch milliseconds. */
  readonly #shiftBoundaries: number[];
  readonly #teamsBySquad = new Map<string, Set<string>>();
  readonly #servicesBySquad = new Map<string, ServiceRecord[]>();
  readonly #policiesBySquad = new Map<string, EscalationPolicyRecord[]>();
  readonly #usersById: Map<string, UserRecord>;
  readonly #userRefsByEmail = new Map<string, string>();

  constructor(
    services: ServiceRecord[],
    policies: EscalationPolicyRecord[],
    readonly users: UserRecord[],
    teams: Array<{ id: string; name: string }>,
    shifts: ShiftRecord[],
    readonly catalog: CatalogView,
  ) {
    this.servicesById = new Map(services.map(s => [s.id, s]));
    for (const service of services) {
      if (service.escalationPolicyId) {
        addTo(this.#servicesByPolicy, service.escalationPolicyId, service.id);
      }
      for (const teamId of service.teamIds) {
        addTo(this.#servicesByTeam, teamId, service);
      }
    }
    this.policiesById = new Map(policies.map(p => [p.id, p]));
    for (const policy of policies) {
      for (const teamId of policy.teamIds) {
        addTo(this.#policiesByTeam, teamId, policy);
      }
    }
    for (const shift of shifts) {
      addTo(this.#shiftsByPolicy, shift.policyId, shift);
    }
    this.#shiftBoundaries = shifts
      .flatMap(shift => [shift.start, shift.end])
      .filter((time): time is string => Boolean(time))
      .map(time => Date.parse(time))
      .sort((a, b) => a - b);
    this.annotatedByRef = new Map(catalog.annotated.map(e => [e.entityRef, e]));
    for (const entity of catalog.annotated) {
      if (entity.ownerRef) {
        addTo(this.#annotatedByOwner, entity.ownerRef, entity);
      }
    }
    this.groupsByRef = new Map(catalog.groups.map(g => [g.entityRef, g]));
    this.domainTitles = new Map(
      catalog.domains.map(d => [d.entityRef, d.title]),
    );
    this.#usersById = new Map(users.map(u => [u.id, u]));
    this.mapping = mapPagerDutyServices(
      services.map(s => ({
        id: s.id,
        name: s.name,
        integrationKeys: s.integrations
          .map(i => i.integrationKey)
          .filter((key): key is string => Boolean(key)),
      })),
      catalog.annotated,
    );
    for (const { serviceId, entityRef } of this.mapping.mapped) {
      addTo(this.#entitiesByService, serviceId, entityRef);
      addTo(this.#servicesByEntity, entityRef, serviceId);
    }
    for (const user of catalog.users) {
      if (user.email) {
        this.#userRefsByEmail.set(user.email.toLowerCase(), user.entityRef);
      }
    }
    this.#matchTeamsToSquads(teams, users);
  }

  /**
   * A PagerDuty team stands for a squad when its name matches the squad's, or
   * when most of its users are members of the squad in the catalog.
   */
  #matchTeamsToSquads(
    teams: Array<{ id: string; name: string }>,
    users: UserRecord[],
  ) {
    const groupsByUserRef = new Map(
      this.catalog.users.map(u => [u.entityRef, u.memberOf]),
    );
    const membersByTeam = new Map<string, UserRecord[]>();
    for (const user of users) {
      for (const teamId of user.teamIds) {
        addTo(membersByTeam, teamId, user);
      }
    }
    for (const team of teams) {
      const members = membersByTeam.get(team.id) ?? [];
      const votes = new Map<string, number>();
      for (const member of members) {
        const userRef = this.userRefOf(member.email);
        for (const groupRef of (userRef && groupsByUserRef.get(userRef)) ||
          []) {
          votes.set(groupRef, (votes.get(groupRef) ?? 0) + 1);
        }
      }
      for (const group of this.catalog.groups) {
        const byName = pagerDutyTeamMatchesGroup(team.name, group.names);
        const byMembers =
          (votes.get(group.entityRef) ?? 0) * 2 > members.length;
        if (byName || byMembers) {
          const squadTeams =
            this.#teamsBySquad.get(group.entityRef) ?? new Set();
          squadTeams.add(team.id);
          this.#teamsBySquad.set(group.entityRef, squadTeams);
        }
      }
    }
  }

  userRefOf(email?: string): string | undefined {
    return email ? this.#userRefsByEmail.get(email.toLowerCase()) : undefined;
  }

  /** A log entry's party, a PagerDuty user with their catalog User when known. */
  party(party: Omit<OncallLogEntryParty, 'userRef'>): OncallLogEntryParty {
    if (party.type !== 'user') return party;
    const user = this.#usersById.get(party.id);
    const userRef = this.userRefOf(user?.email);
    return {
      ...party,
      name: party.name ?? user?.name,
      ...(userRef ? { userRef } : {}),
    };
  }

  entitiesOfService(serviceId: string): string[] {
    return this.#entitiesByService.get(serviceId) ?? [];
  }

  /** The ids of the PagerDuty services whose escalation policy this is. */
  serviceIdsOfPolicy(policyId: string): string[] {
    return this.#servicesByPolicy.get(policyId) ?? [];
  }

  /** A policy's shifts, in the store's order. */
  shiftsOfPolicy(policyId: string): ShiftRecord[] {
    return this.#shiftsByPolicy.get(policyId) ?? [];
  }

  /**
   * A person's shifts in the synced window that have not ended at a time, soonest first, with
   * the escalation policy each is in.
   */
  shiftsOfUser(userRef: string, at: number): OncallShift[] {
    const wanted = userRef.toLocaleLowerCase('en-US');
    const shifts: OncallShift[] = [];
    for (const [policyId, policyShifts] of this.#shiftsByPolicy) {
      const policy = this.policiesById.get(policyId);
      if (!policy) continue;
      for (const shift of policyShifts) {
        const user = this.#usersById.get(shift.userId);
        if (this.userRefOf(user?.email)?.toLocaleLowerCase('en-US') !== wanted)
          continue;
        if (shift.end && Date.parse(shift.end) <= at) continue;
        shifts.push({
          escalationPolicy: {
            id: policy.id,
            name: policy.name,
            url: policy.htmlUrl,
          },
          level: shift.level,
          scheduleName: shift.scheduleName,
          start: shift.start,
          end: shift.end,
          now: !shift.start || Date.parse(shift.start) <= at,
        });
      }
    }
    return shifts.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  }

  /** The first shift start or end after a time, when one comes. */
  nextShiftBoundary(at: number): number | undefined {
    const boundaries = this.#shiftBoundaries;
    let low = 0;
    let high = boundaries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (boundaries[middle] <= at) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return boundaries[low];
  }

  servicesOfEntity(entityRef: string): ServiceRecord[] {
    return (this.#servicesByEntity.get(entityRef) ?? [])
      .map(id => this.servicesById.get(id))
      .filter((s): s is ServiceRecord => Boolean(s));
  }

  /** Services of the entities a squad owns, and of its PagerDuty teams. */
  servicesOfSquad(squadRef: string): ServiceRecord[] {
    let services = this.#servicesBySquad.get(squadRef);
    if (!services) {
      const ids = new Set<string>();
      for (const entity of this.#annotatedByOwner.get(squadRef) ?? []) {
        for (const id of this.#servicesByEntity.get(entity.entityRef) ?? []) {
          ids.add(id);
        }
      }
      for (const teamId of this.#teamsBySquad.get(squadRef) ?? []) {
        for (const service of this.#servicesByTeam.get(teamId) ?? []) {
          ids.add(service.id);
        }
      }
      // In the store's order (by name), as the squad's services always were.
      services = [...this.servicesById.values()].filter(s => ids.has(s.id));
      this.#servicesBySquad.set(squadRef, services);
    }
    return services;
  }

  /** The escalation policies of a squad's services and of its PagerDuty teams. */
  policiesOfSquad(squadRef: string): EscalationPolicyRecord[] {
    let policies = this.#policiesBySquad.get(squadRef);
    if (!policies) {
      const ids = new Set<string>();
      for (const service of this.servicesOfSquad(squadRef)) {
        if (service.escalationPolicyId) ids.add(service.escalationPolicyId);
      }
      for (const teamId of this.#teamsBySquad.get(squadRef) ?? []) {
        for (const policy of this.#policiesByTeam.get(teamId) ?? []) {
          ids.add(policy.id);
        }
      }
      policies = [...this.policiesById.values()].filter(p => ids.has(p.id));
      this.#policiesBySquad.set(squadRef, policies);
    }
    return policies;
  }

  squadRefs(): string[] {
    return this.catalog.groups.map(g => g.entityRef);
  }

  domainOf(entityRef: string): string | undefined {
    return (
      this.groupsByRef.get(entityRef)?.domainRef ??
      this.annotatedByRef.get(entityRef)?.domainRef
    );
  }

  /** A domain's title in the catalog, else its name. */
  domainTitle(domainRef: string): string {
    return this.domainTitles.get(domainRef) ?? parseEntityRef(domainRef).name;
  }

  person(shift: ShiftRecord): OnCallPerson {
    const user = this.#usersById.get(shift.userId);
    return {
      userId: shift.userId,
      name: user?.name ?? shift.userName ?? shift.userId,
      email: user?.email,
      userRef: this.userRefOf(user?.email),
      scheduleName: shift.scheduleName,
      end: shift.end,
    };
  }

  /**
   * Every squad's policies, and the policies no squad claims, sorted, as they
   * stand at a time; they hold until the next shift starts or ends.
   */
  onCallNowGroups(at: number): OnCallNowGroups {
    const groups: OnCallGroup[] = [];
    const covered = new Set<string>();
    for (const squadRef of this.squadRefs()) {
      for (const policy of this.policiesOfSquad(squadRef)) {
        covered.add(policy.id);
        groups.push(this.group(squadRef, policy, at));
      }
    }
    // Policies no squad claims still show, under the entity of their service.
    for (const service of this.servicesById.values()) {
      const policy = service.escalationPolicyId
        ? this.policiesById.get(service.escalationPolicyId)
        : undefined;
      const [entityRef] = this.entitiesOfService(service.id);
      if (policy && entityRef && !covered.has(policy.id)) {
        covered.add(policy.id);
        groups.push(this.group(entityRef, policy, at));
      }
    }
    // By domain title, the groups of no known domain last, as the page shows them in sections.
    groups.sort(
      (a, b) =>
        Number(!a.domainTitle) - Number(!b.domainTitle) ||
        (a.domainTitle ?? '').localeCompare(b.domainTitle ?? '') ||
        (a.domainRef ?? '').localeCompare(b.domainRef ?? '') ||
        a.title.localeCompare(b.title) ||
        a.escalationPolicy.name.localeCompare(b.escalationPolicy.name),
    );
    return {
      at,
      validUntil: Math.min(
        this.nextShiftBoundary(at) ?? Infinity,
        at + ON_CALL_NOW_MAX_AGE_MS,
      ),
      groups: groups.map(group => ({ group, searchText: searchText(group) })),
    };
  }

  /** The PagerDuty services of a squad (its teams' and its components'), or of an entity. */
  serviceIdsOf(entityRef: string): string[] {
    const { kind } = parseEntityRef(entityRef);
    const services =
      kind.toLocaleLowerCase('en-US') === 'group'
        ? this.servicesOfSquad(entityRef)
        : this.servicesOfEntity(entityRef);
    return services.map(s => s.id);
  }

  /** An incident as the on-call API lists it, with the entity its service maps to. */
  incidentItem(incident: IncidentRecord): OncallIncidentItem {
    return {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      status: incident.status,
      urgency: incident.urgency,
      serviceId: incident.serviceId,
      entityRef: this.entitiesOfService(incident.serviceId)[0],
      createdAt: incident.createdAt,
      acknowledgedAt: incident.acknowledgedAt,
      resolvedAt: incident.resolvedAt,
      htmlUrl: incident.htmlUrl,
    };
  }

  /** Who is on call at each level of a policy at a time, for the squad or entity shown. */
  group(
    entityRef: string,
    policy: EscalationPolicyRecord,
    at: number,
  ): OnCallGroup {
    const byLevel = new Map(
      selectOnCallLevels(
        this.shiftsOfPolicy(policy.id).map(shift => ({
          level: shift.level,
          person: this.person(shift),
          start: shift.start,
          end: shift.end,
        })),
        new Date(at),
      ).map(level => [level.level, level]),
    );
    const levelNumbers = [
      ...new Set([...policy.levels.map(l => l.level), ...byLevel.keys()]),
    ].sort((a, b) => a - b);
    const domainRef = this.domainOf(entityRef);
    return {
      entityRef,
      title:
        this.groupsByRef.get(entityRef)?.title ??
        this.annotatedByRef.get(entityRef)?.title ??
        entityRef,
      domainRef,
      domainTitle: domainRef && this.domainTitle(domainRef),
      escalationPolicy: {
        id: policy.id,
        name: policy.name,
        url: policy.htmlUrl,
        serviceIds: this.serviceIdsOfPolicy(policy.id),
      },
      levels: levelNumbers.map(level => {
        const onCall = byLevel.get(level);
        if (!onCall?.next) return onCall ?? { level, now: [] };
        // Of who takes over, the views tell who and from when; their shift shows once it starts.
        const { userId, name, email, userRef } = onCall.next.person;
        return {
          ...onCall,
          next: {
            person: { userId, name, email, userRef },
            start: onCall.next.start,
          },
        };
      }),
    };
  }
}

/** What a search of the on-call view matches: names of the group, its policy and its people. */
function searchText(group: OnCallGroup): string {
  const people = group.levels.flatMap(level => [
    ...level.now,
    ...(level.next ? [level.next.person] : []),
  ]);
  return [
    group.title,
    group.entityRef,
    group.domainRef ?? '',
    group.escalationPolicy.name,
    ...people.map(p => p.name),
  ]
    .map(text => text.toLocaleLowerCase('en-US'))
    .join('\n');
}

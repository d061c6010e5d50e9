import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  IncidentMonth,
  IncidentTotals,
  OnCallGroup,
  OnCallPerson,
  OncallIncidentItem,
  OncallLogEntriesResponse,
  OncallLogEntryParty,
  OncallSyncStatus,
  OncallTriggeredIncident,
  OncallUser,
  INCIDENT_TRIGGER_LIMIT,
} from '@readiness/plugin-oncall-common';
import {
  mapPagerDutyServices,
  pagerDutyTeamMatchesGroup,
  ServiceMapping,
} from '../catalog/serviceMapping';
import {
  incidentPeriodStart,
  summarizeIncidentsByMonth,
} from '../model/incidentMetrics';
import { selectOnCallLevels } from '../model/onCallLevels';
import { snapshotFreshness } from '../sync/syncWindows';
import { slidingWindowRetryAfterSeconds } from './rateLimits';
import { randomUUID } from 'node:crypto';
import {
  AnnotatedEntity,
  CatalogDirectory,
  CatalogView,
  GroupEntry,
  annotatedEntityOf,
  ownerRefOf,
} from '../catalog/CatalogDirectory';
import {
  EscalationPolicyRecord,
  IncidentRecord,
  IncidentStatus,
  OncallStore,
  ServiceRecord,
  ShiftRecord,
  UserRecord,
} from '../database/OncallStore';
import {
  firstAcknowledgement,
  LogEntryRecord,
  toLogEntryRecords,
} from '../pagerduty/logEntries';
import { PagerDutyClient, PagerDutyError } from '../pagerduty/PagerDutyClient';
import { routingKeyFor, withoutRoutingKeys } from '../pagerduty/routingKeys';
import { PagerDutyIncident } from '../pagerduty/types';

/** Refused because the person raised too many incidents lately. */
export class TooManyIncidentsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `You raised ${INCIDENT_TRIGGER_LIMIT.limit} incidents in the last ${
        INCIDENT_TRIGGER_LIMIT.windowSeconds / 60
      } minutes; try again in ${retryAfterSeconds} s or call the on-call engineer`,
    );
    this.name = 'TooManyIncidentsError';
  }
}

/** How often, and how long to wait, to find a triggered incident over REST. */
const INCIDENT_LOOKUP_ATTEMPTS = 5;
const INCIDENT_LOOKUP_DELAY_MS = 1_000;

/** Appends to the list under a key, creating it. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/** The whole organisation's on-call groups at a time, and until when they hold. */
interface OnCallNowGroups {
  at: number;
  validUntil: number;
  groups: Array<{ group: OnCallGroup; searchText: string }>;
  /** Every group, one array for as long as the view holds, so its JSON is made once. */
  all: OnCallGroup[];
}

const MAX_CACHED_INCIDENT_PAGES = 100;

/** The organisation's on-call view is recomputed at least this often. */
const ON_CALL_NOW_MAX_AGE_MS = 60_000;

/**
 * The joined view of the stored PagerDuty snapshot and the catalog that the
 * routes answer from, built once per snapshot with the indexes they need.
 */
class OnCallModel {
  readonly mapping: ServiceMapping;
  readonly servicesById: Map<string, ServiceRecord>;
  readonly policiesById: Map<string, EscalationPolicyRecord>;
  readonly annotatedByRef: Map<string, AnnotatedEntity>;
  readonly groupsByRef: Map<string, GroupEntry>;
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

  domainOf(entityRef?: string): string | undefined {
    if (!entityRef) return undefined;
    const group = this.groupsByRef.get(entityRef);
    if (group) return group.domainRef;
    return this.domainOf(this.annotatedByRef.get(entityRef)?.ownerRef);
  }

  person(shift: ShiftRecord): OnCallPerson {
    const user = this.#usersById.get(shift.userId);
    return {
      userId: shift.userId,
      name: user?.name ?? shift.userName ?? shift.userId,
      email: user?.email,
      userRef: this.userRefOf(user?.email),
      scheduleName: shift.scheduleName,
      start: shift.start,
      end: shift.end,
    };
  }
}

/** Answers the on-call routes from the stored snapshot and the catalog. */
export class OncallService {
  readonly #store: OncallStore;
  readonly #directory: CatalogDirectory;
  readonly #client: PagerDutyClient;
  readonly #logger: LoggerService;
  readonly #source: 'sandbox' | 'pagerduty';
  readonly #routingKeys: ReadonlyMap<string, string>;
  readonly #staleAfterSeconds: number;
  readonly #now: () => Date;
  readonly #sleep: (ms: number) => Promise<void>;
  /** The model of the latest snapshot and catalog view seen; shared while built. */
  #snapshot?: {
    version: number;
    catalog: CatalogView;
    model: Promise<OnCallModel>;
  };

  constructor(options: {
    store: OncallStore;
    directory: CatalogDirectory;
    client: PagerDutyClient;
    logger: LoggerService;
    source: 'sandbox' | 'pagerduty';
    /** Events API v2 routing keys by PagerDuty service id, from configuration. */
    routingKeys?: ReadonlyMap<string, string>;
    /** Data older than this is reported stale. */
    staleAfterSeconds: number;
    now?: () => Date;
    sleep?: (ms: number) => Promise<void>;
  }) {
    this.#store = options.store;
    this.#directory = options.directory;
    this.#client = options.client;
    this.#logger = options.logger;
    this.#source = options.source;
    this.#routingKeys = options.routingKeys ?? new Map();
    this.#staleAfterSeconds = options.staleAfterSeconds;
    this.#now = options.now ?? (() => new Date());
    this.#sleep =
      options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
  }

  async getStatus(): Promise<OncallSyncStatus> {
    const state = await this.#store.getSyncState();
    return {
      source: this.#source,
      baseUrl: this.#client.apiBaseUrl,
      lastSuccessAt: state.lastSuccessAt,
      lastAttemptAt: state.lastAttemptAt,
      lastError: state.lastError,
      ...snapshotFreshness({
        lastSuccessAt: state.lastSuccessAt,
        lastErrorAt: state.lastError?.at,
        now: this.#now(),
        staleAfterSeconds: this.#staleAfterSeconds,
      }),
    };
  }

  /** On-call groups for the whole organisation, optionally filtered by text. */
  async onCallNow(query?: string): Promise<OnCallGroup[]> {
    const model = await this.#model();
    const at = this.#now().getTime();
    let current = model.onCallNow;
    if (!current || at < current.at || at >= current.validUntil) {
      current = this.#onCallNowGroups(model, at);
      model.onCallNow = current;
    }
    const needle = query?.trim().toLocaleLowerCase('en-US');
    if (!needle) {
      return current.all;
    }
    return current.groups
      .filter(entry => entry.searchText.includes(needle))
      .map(entry => entry.group);
  }

  /**
   * Every squad's policies, and the policies no squad claims, sorted, as they
   * stand at a time; they hold until the next shift starts or ends.
   */
  #onCallNowGroups(model: OnCallModel, at: number): OnCallNowGroups {
    const groups: OnCallGroup[] = [];
    const covered = new Set<string>();
    for (const squadRef of model.squadRefs()) {
      for (const policy of model.policiesOfSquad(squadRef)) {
        covered.add(policy.id);
        groups.push(this.#group(model, squadRef, policy, at));
      }
    }
    // Policies no squad claims still show, under the entity of their service.
    for (const service of model.servicesById.values()) {
      const policy = service.escalationPolicyId
        ? model.policiesById.get(service.escalationPolicyId)
        : undefined;
      const [entityRef] = model.entitiesOfService(service.id);
      if (policy && entityRef && !covered.has(policy.id)) {
        covered.add(policy.id);
        groups.push(this.#group(model, entityRef, policy, at));
      }
    }
    groups.sort(
      (a, b) =>
        (a.domainRef ?? '~').localeCompare(b.domainRef ?? '~') ||
        a.title.localeCompare(b.title) ||
        a.escalationPolicy.name.localeCompare(b.escalationPolicy.name),
    );
    return {
      at,
      validUntil: Math.min(
        model.nextShiftBoundary(at) ?? Infinity,
        at + ON_CALL_NOW_MAX_AGE_MS,
      ),
      groups: groups.map(group => ({ group, searchText: searchText(group) })),
      all: groups,
    };
  }

  /**
   * For a squad, its escalation policies; for any other entity, the policy of
   * its own PagerDuty service, or else its owner squad's policies.
   */
  async onCallForEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<OnCallGroup[]> {
    const model = await this.#model();
    const { kind } = parseEntityRef(entityRef);
    if (kind.toLocaleLowerCase('en-US') === 'group') {
      await this.#requireEntity(model, entityRef, credentials);
      return model
        .policiesOfSquad(entityRef)
        .map(policy => this.#group(model, entityRef, policy));
    }
    const own = model
      .servicesOfEntity(entityRef)
      .map(s =>
        s.escalationPolicyId
          ? model.policiesById.get(s.escalationPolicyId)
          : undefined,
      )
      .filter((p): p is EscalationPolicyRecord => Boolean(p));
    if (own.length > 0) {
      return [...new Map(own.map(p => [p.id, p])).values()].map(policy =>
        this.#group(model, entityRef, policy),
      );
    }
    const entity = await this.#requireEntity(model, entityRef, credentials);
    const ownerRef = entity.ownerRef;
    if (!ownerRef) {
      return [];
    }
    return model
      .policiesOfSquad(ownerRef)
      .map(policy => this.#group(model, ownerRef, policy));
  }

  async listIncidents(filter: {
    entityRef?: string;
    since?: string;
    until?: string;
    status?: IncidentStatus;
    limit: number;
    offset: number;
  }): Promise<{ items: OncallIncidentItem[]; total: number }> {
    const model = await this.#model();
    // A page changes only with the snapshot: the same question gets the same page object.
    const key = JSON.stringify(filter);
    let page = model.incidentPages.get(key);
    if (!page) {
      page = this.#store
        .listIncidents({
          serviceIds: filter.entityRef
            ? this.#serviceIdsOf(model, filter.entityRef)
            : undefined,
          since: filter.since,
          until: filter.until,
          status: filter.status,
          limit: filter.limit,
          offset: filter.offset,
        })
        .then(({ items, total }) => ({
          items: items.map(incident => this.#incidentItem(model, incident)),
          total,
        }));
      if (model.incidentPages.size >= MAX_CACHED_INCIDENT_PAGES) {
        model.incidentPages.delete(model.incidentPages.keys().next().value!);
      }
      model.incidentPages.set(key, page);
      // A failed read is not kept: the next request asks again.
      page.catch(() => model.incidentPages.delete(key));
    }
    return page;
  }

  async incidentAnalytics(options: {
    entityRef?: string;
    months: number;
  }): Promise<{ months: IncidentMonth[]; totals: IncidentTotals }> {
    const now = this.#now();
    const model = await this.#model();
    const since = incidentPeriodStart(now, options.months).toISOString();
    // The result changes only with the snapshot and the month.
    const key = JSON.stringify([since, options.months, options.entityRef]);
    let analytics = model.analytics.get(key);
    if (!analytics) {
      analytics = this.#store
        .listIncidentTimes({
          serviceIds: options.entityRef
            ? this.#serviceIdsOf(model, options.entityRef)
            : undefined,
          since,
        })
        .then(incidents =>
          summarizeIncidentsByMonth(incidents, {
            months: options.months,
            now,
          }),
        );
      model.analytics.set(key, analytics);
      analytics.catch(() => model.analytics.delete(key));
    }
    return analytics;
  }

  /**
   * An incident's steps, oldest first: stored by the sync once it resolved,
   * else read from PagerDuty now through the sync's rate-limited client, and
   * kept when the incident is resolved so PagerDuty is asked only once.
   */
  async incidentLogEntries(
    incidentId: string,
  ): Promise<Omit<OncallLogEntriesResponse, 'status'>> {
    const incident = await this.#store.getIncident(incidentId);
    if (!incident) {
      throw new NotFoundError(
        `Incident ${incidentId} is not in the PagerDuty snapshot`,
      );
    }
    let entries: LogEntryRecord[] | undefined =
      await this.#store.listIncidentLogEntries(incidentId);
    const source = entries ? 'snapshot' : 'pagerduty';
    if (!entries) {
      try {
        entries = toLogEntryRecords(
          await this.#client.listIncidentLogEntries(incidentId),
        );
      } catch (error) {
        throw new ServiceUnavailableError(
          `Could not read the log entries of incident ${incidentId} from PagerDuty: ${
            (error as Error).message
          }`,
        );
      }
      if (incident.status === 'resolved') {
        await this.#store.saveIncidentLogEntries([{ incidentId, entries }]);
      }
    }
    const model = await this.#model();
    return {
      incident: this.#incidentItem(model, {
        ...incident,
        acknowledgedAt:
          firstAcknowledgement(entries) ?? incident.acknowledgedAt,
      }),
      source,
      items: entries.map(entry => ({
        ...entry,
        ...(entry.agent ? { agent: model.party(entry.agent) } : {}),
        recipients: entry.recipients.map(r => model.party(r)),
      })),
    };
  }

  /** Every PagerDuty user, with the catalog User of the same e-mail. */
  /** Every PagerDuty user by name; the same array for as long as the snapshot stands. */
  async users(): Promise<OncallUser[]> {
    const model = await this.#model();
    model.userList ??= model.users
      .map(user => ({
        id: user.id,
        name: user.name,
        email: user.email,
        htmlUrl: user.htmlUrl,
        userRef: model.userRefOf(user.email),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-US'));
    return model.userList;
  }

  async mapping(): Promise<ServiceMapping> {
    return (await this.#model()).mapping;
  }

  /**
   * One of the third-party PagerDuty card's reads, from PagerDuty live with
   * the plugin's token, without the routing keys of the integrations in it.
   */
  async readForCard(path: string, search: string): Promise<unknown> {
    try {
      return withoutRoutingKeys(await this.#client.readOnce(path, search));
    } catch (error) {
      if (error instanceof PagerDutyError && error.status === 404) {
        throw new NotFoundError(`PagerDuty has no ${path}`);
      }
      throw new ServiceUnavailableError(
        `Could not read ${path} from PagerDuty: ${(error as Error).message}`,
      );
    }
  }

  /**
   * Raises an incident on the entity's PagerDuty service through Events API
   * v2 with the routing key the backend holds, at most three per person in ten
   * minutes across all replicas.
   */
  async triggerIncident(
    request: { entityRef: string; title: string; description?: string },
    caller: { userRef: string; credentials: BackstageCredentials },
  ): Promise<OncallTriggeredIncident> {
    const model = await this.#model();
    const entity =
      model.annotatedByRef.get(request.entityRef) ??
      (await this.#catalogEntity(request.entityRef, caller.credentials));
    if (!entity) {
      throw new InputError(
        `entityRef: ${request.entityRef} is not in the catalog`,
      );
    }
    const services = model.servicesOfEntity(entity.entityRef);
    const routingKey = routingKeyFor({
      services,
      configured: this.#routingKeys,
      annotated: entity.integrationKey,
    });
    if (!routingKey) {
      throw new InputError(
        `${entity.entityRef} has no PagerDuty integration to raise an incident through; name its PagerDuty service in the pagerduty.com/service-id annotation and give that service an Events API v2 integration, or report the problem to its owner`,
      );
    }
    const [service] = services;

    const now = this.#now();
    const triggerId = await this.#store.addIncidentTrigger({
      userRef: caller.userRef,
      entityRef: entity.entityRef,
      at: now.toISOString(),
    });
    // The attempt is stored before it is counted, so replicas racing on the
    // same person's requests see each other's rows.
    const earlier = await this.#store.listIncidentTriggerTimes({
      userRef: caller.userRef,
      since: new Date(
        now.getTime() - INCIDENT_TRIGGER_LIMIT.windowSeconds * 1000,
      ).toISOString(),
      beforeId: triggerId,
    });
    const retryAfterSeconds = slidingWindowRetryAfterSeconds(
      earlier,
      now,
      INCIDENT_TRIGGER_LIMIT,
    );
    if (retryAfterSeconds !== undefined) {
      await this.#store.removeIncidentTrigger(triggerId);
      throw new TooManyIncidentsError(retryAfterSeconds);
    }

    const dedupKey = `readiness-portal/${randomUUID()}`;
    try {
      await this.#client.sendTriggerEvent({
        routing_key: routingKey,
        event_action: 'trigger',
        dedup_key: dedupKey,
        client: 'Readiness Portal',
        payload: {
          summary: request.title,
          source: entity.entityRef,
          severity: 'critical',
          custom_details: {
            ...(request.description
              ? { description: request.description }
              : {}),
            raised_by: caller.userRef,
            entity: entity.entityRef,
          },
        },
      });
    } catch (error) {
      await this.#store.removeIncidentTrigger(triggerId);
      throw new ServiceUnavailableError(
        error instanceof PagerDutyError
          ? `Could not raise the incident: ${error.message}`
          : `Could not raise the incident: ${(error as Error).message}`,
      );
    }
    await this.#store.setIncidentTriggerDedupKey(triggerId, dedupKey);

    const incident = await this.#findTriggeredIncident(dedupKey);
    if (incident) {
      await this.#store.upsertIncidents([
        {
          id: incident.id,
          number: incident.incident_number,
          title: incident.title,
          status: incident.status,
          urgency: incident.urgency,
          serviceId: incident.service.id,
          createdAt: new Date(incident.created_at).toISOString(),
          htmlUrl: incident.html_url,
          incidentKey: incident.incident_key ?? dedupKey,
        },
      ]);
    }
    return {
      incidentNumber: incident?.incident_number,
      incidentId: incident?.id,
      dedupKey,
      serviceName: service?.name ?? incident?.service.summary ?? entity.title,
    };
  }

  /** PagerDuty creates the incident asynchronously; look for it a few times. */
  async #findTriggeredIncident(
    dedupKey: string,
  ): Promise<PagerDutyIncident | undefined> {
    for (let attempt = 1; attempt <= INCIDENT_LOOKUP_ATTEMPTS; attempt++) {
      try {
        const [incident] = await this.#client.findIncidentsByKey(dedupKey);
        if (incident) {
          return incident;
        }
      } catch (error) {
        this.#logger.warn(
          `Raised incident ${dedupKey} but could not look it up: ${
            (error as Error).message
          }`,
        );
        return undefined;
      }
      if (attempt < INCIDENT_LOOKUP_ATTEMPTS) {
        await this.#sleep(INCIDENT_LOOKUP_DELAY_MS);
      }
    }
    return undefined;
  }

  /**
   * The model of the stored snapshot and the catalog view, built once per
   * snapshot version and view; concurrent first requests share one build.
   */
  async #model(): Promise<OnCallModel> {
    const [version, catalog] = await Promise.all([
      this.#store.getSnapshotVersion(),
      this.#directory.load(),
    ]);
    const snapshot = this.#snapshot;
    if (snapshot?.version === version && snapshot.catalog === catalog) {
      return snapshot.model;
    }
    const model = this.#buildModel(catalog);
    this.#snapshot = { version, catalog, model };
    model.catch(() => {
      if (this.#snapshot?.model === model) {
        this.#snapshot = undefined;
      }
    });
    return model;
  }

  async #buildModel(catalog: CatalogView): Promise<OnCallModel> {
    const [services, policies, users, teams, shifts] = await Promise.all([
      this.#store.listServices(),
      this.#store.listEscalationPolicies(),
      this.#store.listUsers(),
      this.#store.listTeams(),
      this.#store.listShifts(),
    ]);
    return new OnCallModel(services, policies, users, teams, shifts, catalog);
  }

  async #catalogEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<AnnotatedEntity | undefined> {
    const entity = await this.#directory.getEntity(entityRef, credentials);
    return entity ? annotatedEntityOf(entity) : undefined;
  }

  async #requireEntity(
    model: OnCallModel,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<{ entityRef: string; ownerRef?: string }> {
    const known = model.annotatedByRef.get(entityRef);
    if (known) {
      return known;
    }
    const entity = await this.#directory.getEntity(entityRef, credentials);
    if (!entity) {
      throw new NotFoundError(`${entityRef} is not in the catalog`);
    }
    return {
      entityRef: stringifyEntityRef(entity),
      ownerRef: ownerRefOf(entity),
    };
  }

  #serviceIdsOf(model: OnCallModel, entityRef: string): string[] {
    const { kind } = parseEntityRef(entityRef);
    const services =
      kind.toLocaleLowerCase('en-US') === 'group'
        ? model.servicesOfSquad(entityRef)
        : model.servicesOfEntity(entityRef);
    return services.map(s => s.id);
  }

  #incidentItem(
    model: OnCallModel,
    incident: IncidentRecord,
  ): OncallIncidentItem {
    return {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      status: incident.status,
      urgency: incident.urgency,
      serviceId: incident.serviceId,
      entityRef: model.entitiesOfService(incident.serviceId)[0],
      createdAt: incident.createdAt,
      acknowledgedAt: incident.acknowledgedAt,
      resolvedAt: incident.resolvedAt,
      htmlUrl: incident.htmlUrl,
    };
  }

  #group(
    model: OnCallModel,
    entityRef: string,
    policy: EscalationPolicyRecord,
    at: number = this.#now().getTime(),
  ): OnCallGroup {
    const byLevel = new Map(
      selectOnCallLevels(
        model.shiftsOfPolicy(policy.id).map(shift => ({
          level: shift.level,
          person: model.person(shift),
          start: shift.start,
          end: shift.end,
        })),
        new Date(at),
      ).map(level => [level.level, level]),
    );
    const levelNumbers = [
      ...new Set([...policy.levels.map(l => l.level), ...byLevel.keys()]),
    ].sort((a, b) => a - b);
    return {
      entityRef,
      title:
        model.groupsByRef.get(entityRef)?.title ??
        model.annotatedByRef.get(entityRef)?.title ??
        entityRef,
      domainRef: model.domainOf(entityRef),
      escalationPolicy: {
        id: policy.id,
        name: policy.name,
        url: policy.htmlUrl,
        serviceIds: model.serviceIdsOfPolicy(policy.id),
      },
      levels: levelNumbers.map(
        level => byLevel.get(level) ?? { level, now: [] },
      ),
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

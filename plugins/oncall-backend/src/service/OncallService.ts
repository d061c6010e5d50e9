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
  OnCallNowRequest,
  OncallIncidentItem,
  OncallLogEntriesResponse,
  OncallShift,
  OncallSyncStatus,
  OncallTriggeredIncident,
  OncallUser,
  INCIDENT_TRIGGER_LIMIT,
} from '@readiness/plugin-oncall-common';
import { ServiceMapping } from '../catalog/serviceMapping';
import {
  incidentPeriodStart,
  summarizeIncidentsByMonth,
} from '../model/incidentMetrics';
import { isSnapshotStale } from '../sync/syncWindows';
import { slidingWindowRetryAfterSeconds } from './rateLimits';
import { randomUUID } from 'node:crypto';
import { AnswerCache } from '@readiness/plugin-readiness-node';
import { OnCallModel } from '../model/OnCallModel';
import { TooManyIncidentsError } from './TooManyIncidentsError';
import {
  AnnotatedEntity,
  CatalogDirectory,
  CatalogView,
  annotatedEntityOf,
  ownerRefOf,
} from '../catalog/CatalogDirectory';
import {
  EscalationPolicyRecord,
  IncidentStatus,
  OncallStore,
} from '../database/OncallStore';
import {
  firstAcknowledgement,
  LogEntryRecord,
  toLogEntryRecords,
} from '../pagerduty/logEntries';
import { toIncidentRecord } from '../pagerduty/incidentRecords';
import { PagerDutyClient, PagerDutyError } from '../pagerduty/PagerDutyClient';
import { routingKeyFor, withoutRoutingKeys } from '../pagerduty/routingKeys';
import { PagerDutyIncident } from '../pagerduty/types';

/** How many incident list pages a snapshot keeps. */
const MAX_CACHED_INCIDENT_PAGES = 100;

/** How often, and how long to wait, to find a triggered incident over REST. */
const INCIDENT_LOOKUP_ATTEMPTS = 5;
const INCIDENT_LOOKUP_DELAY_MS = 1_000;

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
  /** Pages of the organisation's on-call view, by search and range, for as long as it holds. */
  readonly #onCallNowPages = new AnswerCache<
    object,
    { items: OnCallGroup[]; total: number }
  >();
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
      stale: isSnapshotStale({
        lastSuccessAt: state.lastSuccessAt,
        lastErrorAt: state.lastError?.at,
        now: this.#now(),
        staleAfterSeconds: this.#staleAfterSeconds,
      }),
    };
  }

  /** A person's shifts that have not ended, soonest first. */
  async shiftsOf(userRef: string): Promise<OncallShift[]> {
    const model = await this.#model();
    return model.shiftsOfUser(userRef, this.#now().getTime());
  }

  /**
   * On-call groups for the whole organisation, optionally filtered by text, from `offset` on:
   * `limit` of them, or all. The same question gets the same page object while the view holds,
   * so its JSON is made once.
   */
  async onCallNow(
    request: OnCallNowRequest = {},
  ): Promise<{ items: OnCallGroup[]; total: number }> {
    const model = await this.#model();
    const at = this.#now().getTime();
    let current = model.onCallNow;
    if (!current || at < current.at || at >= current.validUntil) {
      current = model.onCallNowGroups(at);
      model.onCallNow = current;
    }
    const view = current;
    const needle = request.q?.trim().toLocaleLowerCase('en-US') ?? '';
    const offset = request.offset ?? 0;
    const end = request.limit === undefined ? undefined : offset + request.limit;
    return this.#onCallNowPages.get(
      view,
      JSON.stringify([needle, offset, end ?? null]),
      () => {
        const matching = view.groups
          .filter(entry => !needle || entry.searchText.includes(needle))
          .map(entry => entry.group);
        return { items: matching.slice(offset, end), total: matching.length };
      },
    );
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
    const at = this.#now().getTime();
    const { kind } = parseEntityRef(entityRef);
    if (kind.toLocaleLowerCase('en-US') === 'group') {
      await this.#requireEntity(model, entityRef, credentials);
      return model
        .policiesOfSquad(entityRef)
        .map(policy => model.group(entityRef, policy, at));
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
        model.group(entityRef, policy, at),
      );
    }
    const entity = await this.#requireEntity(model, entityRef, credentials);
    const ownerRef = entity.ownerRef;
    if (!ownerRef) {
      return [];
    }
    return model
      .policiesOfSquad(ownerRef)
      .map(policy => model.group(ownerRef, policy, at));
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
            ? model.serviceIdsOf(filter.entityRef)
            : undefined,
          since: filter.since,
          until: filter.until,
          status: filter.status,
          limit: filter.limit,
          offset: filter.offset,
        })
        .then(({ items, total }) => ({
          items: items.map(incident => model.incidentItem(incident)),
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
            ? model.serviceIdsOf(options.entityRef)
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
      incident: model.incidentItem({
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
          ...toIncidentRecord(incident),
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
}

import { LoggerService } from '@backstage/backend-plugin-api';
import { incidentPeriodStart } from '../model/incidentMetrics';
import { incrementalSyncWindow, splitTimeWindows } from './syncWindows';
import {
  DirectorySnapshot,
  IncidentLogEntries,
  OncallStore,
  SyncCounts,
} from '../database/OncallStore';
import { toIncidentRecord } from '../pagerduty/incidentRecords';
import { toLogEntryRecords } from '../pagerduty/logEntries';
import { PagerDutyClient, PagerDutyError } from '../pagerduty/PagerDutyClient';
import {
  PagerDutyEscalationPolicy,
  PagerDutyIncident,
  PagerDutyIntegration,
  PagerDutyOnCall,
  PagerDutyService,
} from '../pagerduty/types';

/**
 * How far an incremental sync reaches back before the previous high-water
 * mark: PagerDuty may record a log entry a little after the time it carries.
 */
export const SYNC_OVERLAP_SECONDS = 600;

/**
 * Incidents are fetched a month at a time: PagerDuty answers at most six
 * months per query, and a month keeps offset paging shallow.
 */
const INCIDENT_WINDOW_DAYS = 30;

export interface PagerDutySyncOptions {
  client: PagerDutyClient;
  store: OncallStore;
  logger: LoggerService;
  /** Months of incident history kept, the current month included. */
  incidentHistoryMonths: number;
  /** How far ahead of now on-call shifts are fetched. */
  onCallWindowMs: number;
  /**
   * How many resolved incidents per run get their log entries read (their
   * steps, and the first acknowledgement for MTTA): a full sync's history is
   * worked off over several runs instead of in one burst of requests.
   */
  acknowledgementLookupsPerRun: number;
  now?: () => Date;
}

export type SyncOutcome =
  | { result: 'success'; counts: SyncCounts }
  | { result: 'failure'; message: string }
  | { result: 'skipped'; reason: string };

function toDirectory(
  services: PagerDutyService[],
  policies: PagerDutyEscalationPolicy[],
  directory: Omit<
    DirectorySnapshot,
    'services' | 'escalationPolicies' | 'shifts'
  >,
  onCalls: PagerDutyOnCall[],
): DirectorySnapshot {
  return {
    services: services.map(service => ({
      id: service.id,
      name: service.name,
      status: service.status,
      htmlUrl: service.html_url,
      escalationPolicyId: service.escalation_policy?.id,
      teamIds: (service.teams ?? []).map(team => team.id),
      integrations: (service.integrations ?? []).map(integration => ({
        id: integration.id,
        type: integration.type,
        name: (integration as PagerDutyIntegration).name ?? integration.summary,
        integrationKey: (integration as PagerDutyIntegration).integration_key,
      })),
    })),
    escalationPolicies: policies.map(policy => ({
      id: policy.id,
      name: policy.name,
      htmlUrl: policy.html_url,
      teamIds: (policy.teams ?? []).map(team => team.id),
      levels: policy.escalation_rules.map((rule, index) => ({
        level: index + 1,
        delayMinutes: rule.escalation_delay_in_minutes,
        targets: rule.targets.map(target => ({
          type: target.type.replace(/_reference$/, ''),
          id: target.id,
          name: target.summary,
        })),
      })),
    })),
    ...directory,
    shifts: onCalls.map(onCall => ({
      policyId: onCall.escalation_policy.id,
      level: onCall.escalation_level,
      userId: onCall.user.id,
      userName: onCall.user.summary,
      scheduleId: onCall.schedule?.id,
      scheduleName: onCall.schedule?.summary,
      start: onCall.start ? new Date(onCall.start).toISOString() : undefined,
      end: onCall.end ? new Date(onCall.end).toISOString() : undefined,
    })),
  };
}

/**
 * Copies PagerDuty into the store.
 *
 * Every run: the directory (services and their integrations, escalation
 * policies, schedules, users, teams), which PagerDuty can only list whole, and
 * the on-call shifts from now to the end of the window.
 *
 * Incidents: the whole history on the first run; afterwards those created
 * since the previous high-water mark (less an overlap), plus the ones still
 * open, plus one request each for stored open incidents that closed since.
 *
 * Log entries: each resolved incident's are read once and stored, a bounded
 * number per run, newest first; they give its steps and its first
 * acknowledgement (MTTA). Syncing them, rather than reading them only when
 * asked, keeps MTTA exact for every incident; a resolved incident's log no
 * longer changes, so no run reads it twice, and after the first runs have
 * worked off the history only the incidents resolved since are read. Open
 * incidents' logs are still growing; the API reads those on demand.
 */
export class PagerDutySync {
  readonly #client: PagerDutyClient;
  readonly #store: OncallStore;
  readonly #logger: LoggerService;
  readonly #incidentHistoryMonths: number;
  readonly #onCallWindowMs: number;
  readonly #acknowledgementLookupsPerRun: number;
  readonly #now: () => Date;

  constructor(options: PagerDutySyncOptions) {
    this.#client = options.client;
    this.#store = options.store;
    this.#logger = options.logger;
    this.#incidentHistoryMonths = options.incidentHistoryMonths;
    this.#onCallWindowMs = options.onCallWindowMs;
    this.#acknowledgementLookupsPerRun = options.acknowledgementLookupsPerRun;
    this.#now = options.now ?? (() => new Date());
  }

  /** One sync; failures are recorded in the store's sync health, not thrown. */
  async run(): Promise<SyncOutcome> {
    const now = this.#now();
    const state = await this.#store.getSyncState();
    if (
      state.retryNotBefore &&
      Date.parse(state.retryNotBefore) > now.getTime()
    ) {
      const reason = `PagerDuty asked us to wait until ${state.retryNotBefore}`;
      this.#logger.info(`PagerDuty sync skipped: ${reason}`);
      return { result: 'skipped', reason };
    }
    await this.#store.recordSyncAttempt(now.toISOString());
    const requestsBefore = this.#client.requestCount;
    try {
      const counts = await this.#sync(now, state.incidentsSyncedUntil);
      const requests = this.#client.requestCount - requestsBefore;
      this.#logger.info(
        `PagerDuty ${counts.full ? 'full' : 'incremental'} sync: ${
          counts.services
        } services, ${counts.escalationPolicies} escalation policies, ${
          counts.shifts
        } on-call shifts, ${
          counts.incidentsFetched
        } incidents, ${requests} requests`,
      );
      return { result: 'success', counts };
    } catch (error) {
      const message =
        error instanceof PagerDutyError
          ? error.message
          : `PagerDuty sync failed: ${(error as Error).message}`;
      const retryAfterMs =
        error instanceof PagerDutyError ? error.retryAfterMs : undefined;
      const failedAt = this.#now();
      await this.#store.recordSyncFailure({
        at: failedAt.toISOString(),
        message,
        retryNotBefore:
          retryAfterMs !== undefined
            ? new Date(failedAt.getTime() + retryAfterMs).toISOString()
            : undefined,
      });
      this.#logger.warn(
        `PagerDuty sync failed, serving the last snapshot: ${message}`,
      );
      return { result: 'failure', message };
    }
  }

  async #sync(now: Date, syncedUntil?: string): Promise<SyncCounts> {
    const client = this.#client;
    const requestsBefore = client.requestCount;
    // Serially: PagerDuty recommends one request at a time per API key.
    const services = await client.listServices();
    const policies = await client.listEscalationPolicies();
    const schedules = await client.listSchedules();
    const users = await client.listUsers();
    const teams = await client.listTeams();
    const onCalls = await client.listOnCalls({
      since: now,
      until: new Date(now.getTime() + this.#onCallWindowMs),
    });

    const historyStart = incidentPeriodStart(now, this.#incidentHistoryMonths);
    const window = incrementalSyncWindow({
      highWaterMark: syncedUntil ? new Date(syncedUntil) : undefined,
      now,
      overlapSeconds: SYNC_OVERLAP_SECONDS,
      historyStart,
    });
    const fetched = new Map<string, PagerDutyIncident>();
    for (const part of splitTimeWindows(window, INCIDENT_WINDOW_DAYS)) {
      for (const incident of await client.listIncidents(part)) {
        fetched.set(incident.id, incident);
      }
    }
    const removedIncidentIds: string[] = [];
    if (!window.full) {
      // Older incidents change too: the open ones come in one list, and those
      // stored open but no longer in it were resolved (or deleted) since.
      for (const incident of await client.listOpenIncidents()) {
        fetched.set(incident.id, incident);
      }
      for (const id of await this.#store.listOpenIncidentIds()) {
        if (!fetched.has(id)) {
          const incident = await client.getIncident(id);
          if (incident) fetched.set(id, incident);
          else removedIncidentIds.push(id);
        }
      }
    }
    const incidents = [...fetched.values()]
      .filter(incident => new Date(incident.created_at) >= historyStart)
      .map(toIncidentRecord);
    const directory = toDirectory(
      services,
      policies,
      {
        schedules: schedules.map(schedule => ({
          id: schedule.id,
          name: schedule.name,
          timeZone: schedule.time_zone,
          htmlUrl: schedule.html_url,
        })),
        users: users.map(user => ({
          id: user.id,
          name: user.name,
          email: user.email,
          htmlUrl: user.html_url,
          teamIds: (user.teams ?? []).map(team => team.id),
        })),
        teams: teams.map(team => ({
          id: team.id,
          name: team.name,
          htmlUrl: team.html_url,
        })),
      },
      onCalls,
    );
    const counts: SyncCounts = {
      services: services.length,
      escalationPolicies: policies.length,
      schedules: schedules.length,
      users: users.length,
      teams: teams.length,
      shifts: onCalls.length,
      incidentsFetched: fetched.size,
      acknowledgementLookups: 0,
      acknowledgementBacklog: 0,
      requests: client.requestCount - requestsBefore,
      full: window.full,
    };
    // Saved before the acknowledgement lookups, which take most requests of
    // a first sync: on-call and incidents show as soon as they are known.
    await this.#store.saveSync({
      at: this.#now().toISOString(),
      directory,
      incidents,
      removedIncidentIds,
      historyStart: historyStart.toISOString(),
      incidentsSyncedUntil: window.until.toISOString(),
      counts,
    });

    const { logs, backlog } = await this.#readLogEntries();
    const finalCounts: SyncCounts = {
      ...counts,
      acknowledgementLookups: logs.length,
      acknowledgementBacklog: backlog,
      requests: client.requestCount - requestsBefore,
    };
    await this.#store.saveIncidentLogEntries(logs, finalCounts);
    return finalCounts;
  }

  /**
   * Reads the log entries of resolved incidents not read yet, newest first
   * and at most the per-run number; returns them and how many are left for
   * later runs.
   */
  async #readLogEntries(): Promise<{
    logs: IncidentLogEntries[];
    backlog: number;
  }> {
    const waiting = await this.#store.listIncidentsAwaitingLogEntries();
    const turn = waiting.slice(0, this.#acknowledgementLookupsPerRun);
    const logs: IncidentLogEntries[] = [];
    for (const { id } of turn) {
      logs.push({
        incidentId: id,
        entries: toLogEntryRecords(
          await this.#client.listIncidentLogEntries(id),
        ),
      });
    }
    return { logs, backlog: waiting.length - turn.length };
  }
}

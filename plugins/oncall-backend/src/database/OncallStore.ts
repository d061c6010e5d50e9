import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { IncidentTimes } from '../model/incidentMetrics';
import { Knex } from 'knex';
import { firstAcknowledgement, LogEntryRecord } from '../pagerduty/logEntries';

const migrationsDir = resolvePackagePath(
  '@readiness/plugin-oncall-backend',
  'migrations',
);

/** Rows per statement: well below SQLite's limit on bound variables. */
const CHUNK_SIZE = 200;
const SYNC_STATE_ID = 'pagerduty';

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

export interface ServiceRecord {
  id: string;
  name: string;
  status?: string;
  htmlUrl?: string;
  escalationPolicyId?: string;
  teamIds: string[];
  integrations: Array<{
    id: string;
    type: string;
    name?: string;
    integrationKey?: string;
  }>;
}

export interface EscalationPolicyRecord {
  id: string;
  name: string;
  htmlUrl?: string;
  teamIds: string[];
  levels: Array<{
    level: number;
    delayMinutes: number;
    targets: Array<{ type: string; id: string; name?: string }>;
  }>;
}

export interface ScheduleRecord {
  id: string;
  name: string;
  timeZone?: string;
  htmlUrl?: string;
}

export interface UserRecord {
  id: string;
  name: string;
  email?: string;
  htmlUrl?: string;
  teamIds: string[];
}

export interface TeamRecord {
  id: string;
  name: string;
  htmlUrl?: string;
}

export interface ShiftRecord {
  policyId: string;
  level: number;
  userId: string;
  userName?: string;
  scheduleId?: string;
  scheduleName?: string;
  /** Missing: always on call. */
  start?: string;
  /** Missing: never goes off call. */
  end?: string;
}

export interface IncidentRecord {
  id: string;
  number: number;
  title: string;
  status: IncidentStatus;
  urgency?: string;
  serviceId: string;
  createdAt: string;
  acknowledgedAt?: string;
  resolvedAt?: string;
  htmlUrl?: string;
  incidentKey?: string;
}

/** A resolved incident's steps, read from its PagerDuty log entries. */
export interface IncidentLogEntries {
  incidentId: string;
  entries: LogEntryRecord[];
}

/** Everything PagerDuty lists in full on every sync. */
export interface DirectorySnapshot {
  services: ServiceRecord[];
  escalationPolicies: EscalationPolicyRecord[];
  schedules: ScheduleRecord[];
  users: UserRecord[];
  teams: TeamRecord[];
  shifts: ShiftRecord[];
}

export interface SyncCounts {
  services: number;
  escalationPolicies: number;
  schedules: number;
  users: number;
  teams: number;
  shifts: number;
  incidentsFetched: number;
  /** Incidents whose log entries were read for their first acknowledgement. */
  acknowledgementLookups: number;
  /** Resolved incidents still waiting for that lookup. */
  acknowledgementBacklog: number;
  requests: number;
  full: boolean;
}

export interface SyncState {
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: { at: string; message: string };
  incidentsSyncedUntil?: string;
  retryNotBefore?: string;
  counts?: SyncCounts;
}

type Row = Record<string, any>;

function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK_SIZE) {
    result.push(items.slice(i, i + CHUNK_SIZE));
  }
  return result;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

function toIncident(row: Row): IncidentRecord {
  return {
    id: row.id,
    number: Number(row.number),
    title: row.title,
    status: row.status,
    urgency: optional(row.urgency),
    serviceId: row.service_id,
    createdAt: row.created_at,
    acknowledgedAt: optional(row.acknowledged_at),
    resolvedAt: optional(row.resolved_at),
    htmlUrl: optional(row.html_url),
    incidentKey: optional(row.incident_key),
  };
}

function logEntryRow(
  incidentId: string,
  entry: LogEntryRecord,
  position: number,
): Row {
  return {
    incident_id: incidentId,
    id: entry.id,
    position,
    type: entry.type,
    at: entry.at,
    agent_type: entry.agent?.type ?? null,
    agent_id: entry.agent?.id ?? null,
    agent_name: entry.agent?.name ?? null,
    recipients: JSON.stringify(entry.recipients),
    channel: entry.channel ?? null,
    summary: entry.summary ?? null,
  };
}

function toLogEntry(row: Row): LogEntryRecord {
  return {
    id: row.id,
    type: row.type,
    at: row.at,
    ...(row.agent_type
      ? {
          agent: {
            type: row.agent_type,
            id: row.agent_id,
            name: optional(row.agent_name),
          },
        }
      : {}),
    recipients: JSON.parse(row.recipients),
    channel: optional(row.channel),
    summary: optional(row.summary),
  };
}

function incidentRow(incident: IncidentRecord): Row {
  return {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    status: incident.status,
    urgency: incident.urgency ?? null,
    service_id: incident.serviceId,
    created_at: incident.createdAt,
    acknowledged_at: incident.acknowledgedAt ?? null,
    resolved_at: incident.resolvedAt ?? null,
    html_url: incident.htmlUrl ?? null,
    incident_key: incident.incidentKey ?? null,
  };
}

/**
 * The on-call plugin's database: the last good PagerDuty snapshot, the sync's
 * health and the incidents people raised from the portal.
 */
export class OncallStore {
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<OncallStore> {
    const client = await options.database.getClient();
    if (!options.skipMigrations && !options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new OncallStore(client);
  }

  constructor(private readonly db: Knex) {}

  async getSyncState(): Promise<SyncState> {
    const row = await this.db('oncall_sync_state')
      .where({ id: SYNC_STATE_ID })
      .first();
    if (!row) {
      return {};
    }
    return {
      lastAttemptAt: optional(row.last_attempt_at),
      lastSuccessAt: optional(row.last_success_at),
      lastError:
        row.last_error_at && row.last_error_message
          ? { at: row.last_error_at, message: row.last_error_message }
          : undefined,
      incidentsSyncedUntil: optional(row.incidents_synced_until),
      retryNotBefore: optional(row.retry_not_before),
      counts: row.counts ? JSON.parse(row.counts) : undefined,
    };
  }

  /**
   * Raised whenever the stored snapshot changes, by any replica: what is
   * derived from the snapshot stays valid while this is unchanged.
   */
  async getSnapshotVersion(): Promise<number> {
    const row = await this.db('oncall_sync_state')
      .where({ id: SYNC_STATE_ID })
      .first('snapshot_version');
    return row ? Number(row.snapshot_version) : 0;
  }

  async recordSyncAttempt(at: string): Promise<void> {
    await this.#updateSyncState(this.db, { last_attempt_at: at });
  }

  /** Keeps the last good snapshot; only the health changes. */
  async recordSyncFailure(failure: {
    at: string;
    message: string;
    retryNotBefore?: string;
  }): Promise<void> {
    await this.#updateSyncState(this.db, {
      last_error_at: failure.at,
      last_error_message: failure.message,
      retry_not_before: failure.retryNotBefore ?? null,
    });
  }

  /**
   * Replaces the directory, merges the incidents, removes incidents PagerDuty
   * no longer has or that are older than the history kept, and records the
   * success, all in one transaction: readers see the previous snapshot or the
   * new one, never half of each.
   */
  async saveSync(sync: {
    at: string;
    directory: DirectorySnapshot;
    incidents: IncidentRecord[];
    removedIncidentIds: string[];
    historyStart: string;
    incidentsSyncedUntil: string;
    counts: SyncCounts;
  }): Promise<void> {
    await this.db.transaction(async tx => {
      await this.#replaceDirectory(tx, sync.directory);
      await this.#upsertIncidents(tx, sync.incidents);
      for (const ids of chunks(sync.removedIncidentIds)) {
        await tx('oncall_incident_log_entries')
          .whereIn('incident_id', ids)
          .delete();
        await tx('oncall_incidents').whereIn('id', ids).delete();
      }
      await tx('oncall_incident_log_entries')
        .whereIn(
          'incident_id',
          tx('oncall_incidents')
            .where('created_at', '<', sync.historyStart)
            .select('id'),
        )
        .delete();
      await tx('oncall_incidents')
        .where('created_at', '<', sync.historyStart)
        .delete();
      await this.#updateSyncState(tx, {
        last_success_at: sync.at,
        last_error_at: null,
        last_error_message: null,
        retry_not_before: null,
        incidents_synced_until: sync.incidentsSyncedUntil,
        counts: JSON.stringify(sync.counts),
      });
      await this.#raiseSnapshotVersion(tx);
    });
  }

  /**
   * Stores resolved incidents' steps and, from them, their first
   * acknowledgement, and the run's final counts when given.
   */
  async saveIncidentLogEntries(
    logs: IncidentLogEntries[],
    counts?: SyncCounts,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      for (const { incidentId, entries } of logs) {
        await tx('oncall_incident_log_entries')
          .where({ incident_id: incidentId })
          .delete();
        const rows = entries.map((entry, position) =>
          logEntryRow(incidentId, entry, position),
        );
        for (const chunk of chunks(rows)) {
          await tx('oncall_incident_log_entries').insert(chunk);
        }
        // The log is the record: it settles the first acknowledgement, which
        // a snapshot taken while the incident was open could only estimate.
        await tx('oncall_incidents')
          .where({ id: incidentId })
          .update({
            log_entries_stored: true,
            acknowledged_at: firstAcknowledgement(entries) ?? null,
          });
      }
      if (counts) {
        await this.#updateSyncState(tx, { counts: JSON.stringify(counts) });
      }
      await this.#raiseSnapshotVersion(tx);
    });
  }

  /** An incident's stored steps, oldest first; undefined when not stored. */
  async listIncidentLogEntries(
    incidentId: string,
  ): Promise<LogEntryRecord[] | undefined> {
    const incident = await this.db('oncall_incidents')
      .where({ id: incidentId })
      .first('log_entries_stored');
    if (!incident || !incident.log_entries_stored) {
      return undefined;
    }
    const rows = await this.db('oncall_incident_log_entries')
      .where({ incident_id: incidentId })
      .orderBy('position');
    return rows.map(toLogEntry);
  }

  async getIncident(id: string): Promise<IncidentRecord | undefined> {
    const row = await this.db('oncall_incidents').where({ id }).first();
    return row ? toIncident(row) : undefined;
  }

  async upsertIncidents(incidents: IncidentRecord[]): Promise<void> {
    await this.db.transaction(async tx => {
      await this.#upsertIncidents(tx, incidents);
      await this.#raiseSnapshotVersion(tx);
    });
  }

  async listServices(): Promise<ServiceRecord[]> {
    const [services, integrations, teams] = await Promise.all([
      this.db('oncall_services').orderBy('name'),
      this.db('oncall_service_integrations').orderBy(['service_id', 'id']),
      this.db('oncall_service_teams'),
    ]);
    const integrationsByService = groupBy(integrations, r => r.service_id);
    const teamsByService = groupBy(teams, r => r.service_id);
    return services.map(row => ({
      id: row.id,
      name: row.name,
      status: optional(row.status),
      htmlUrl: optional(row.html_url),
      escalationPolicyId: optional(row.escalation_policy_id),
      teamIds: (teamsByService.get(row.id) ?? []).map(t => t.team_id),
      integrations: (integrationsByService.get(row.id) ?? []).map(i => ({
        id: i.id,
        type: i.type,
        name: optional(i.name),
        integrationKey: optional(i.integration_key),
      })),
    }));
  }

  async listEscalationPolicies(): Promise<EscalationPolicyRecord[]> {
    const [policies, teams, levels, targets] = await Promise.all([
      this.db('oncall_escalation_policies').orderBy('name'),
      this.db('oncall_escalation_policy_teams'),
      this.db('oncall_escalation_levels').orderBy(['policy_id', 'level']),
      this.db('oncall_escalation_targets').orderBy([
        'policy_id',
        'level',
        'target_type',
        'target_id',
      ]),
    ]);
    const teamsByPolicy = groupBy(teams, r => r.policy_id);
    const levelsByPolicy = groupBy(levels, r => r.policy_id);
    const targetsByLevel = groupBy(targets, r => `${r.policy_id}/${r.level}`);
    return policies.map(row => ({
      id: row.id,
      name: row.name,
      htmlUrl: optional(row.html_url),
      teamIds: (teamsByPolicy.get(row.id) ?? []).map(t => t.team_id),
      levels: (levelsByPolicy.get(row.id) ?? []).map(level => ({
        level: Number(level.level),
        delayMinutes: Number(level.delay_minutes),
        targets: (targetsByLevel.get(`${row.id}/${level.level}`) ?? []).map(
          t => ({
            type: t.target_type,
            id: t.target_id,
            name: optional(t.target_name),
          }),
        ),
      })),
    }));
  }

  async listSchedules(): Promise<ScheduleRecord[]> {
    const rows = await this.db('oncall_schedules').orderBy('name');
    return rows.map(row => ({
      id: row.id,
      name: row.name,
      timeZone: optional(row.time_zone),
      htmlUrl: optional(row.html_url),
    }));
  }

  async listUsers(): Promise<UserRecord[]> {
    const [users, memberships] = await Promise.all([
      this.db('oncall_users').orderBy('name'),
      this.db('oncall_team_members'),
    ]);
    const teamsByUser = groupBy(memberships, r => r.user_id);
    return users.map(row => ({
      id: row.id,
      name: row.name,
      email: optional(row.email),
      htmlUrl: optional(row.html_url),
      teamIds: (teamsByUser.get(row.id) ?? []).map(m => m.team_id),
    }));
  }

  async listTeams(): Promise<TeamRecord[]> {
    const rows = await this.db('oncall_teams').orderBy('name');
    return rows.map(row => ({
      id: row.id,
      name: row.name,
      htmlUrl: optional(row.html_url),
    }));
  }

  /** Shifts of the given policies (all when not given), earliest first. */
  async listShifts(policyIds?: string[]): Promise<ShiftRecord[]> {
    const query = this.db('oncall_shifts').orderBy([
      'policy_id',
      'level',
      'starts_at',
      'user_name',
    ]);
    if (policyIds) {
      query.whereIn('policy_id', policyIds);
    }
    const rows = await query;
    return rows.map(row => ({
      policyId: row.policy_id,
      level: Number(row.level),
      userId: row.user_id,
      userName: optional(row.user_name),
      scheduleId: optional(row.schedule_id),
      scheduleName: optional(row.schedule_name),
      start: optional(row.starts_at),
      end: optional(row.ends_at),
    }));
  }

  /** Incidents newest first, one page of them and how many match in all. */
  async listIncidents(filter: {
    serviceIds?: string[];
    since?: string;
    until?: string;
    status?: IncidentStatus;
    limit: number;
    offset: number;
  }): Promise<{ items: IncidentRecord[]; total: number }> {
    const query = this.db('oncall_incidents');
    if (filter.serviceIds) {
      query.whereIn('service_id', filter.serviceIds);
    }
    if (filter.since) {
      query.where('created_at', '>=', filter.since);
    }
    if (filter.until) {
      query.where('created_at', '<', filter.until);
    }
    if (filter.status) {
      query.where('status', filter.status);
    }
    const [rows, [{ count }]] = await Promise.all([
      query
        .clone()
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'number', order: 'desc' },
        ])
        .limit(filter.limit)
        .offset(filter.offset),
      query.clone().count({ count: '*' }),
    ]);
    return { items: rows.map(toIncident), total: Number(count) };
  }

  /** Ids of the stored incidents that are not resolved. */
  async listOpenIncidentIds(): Promise<string[]> {
    const rows = await this.db('oncall_incidents')
      .whereNot('status', 'resolved')
      .select('id');
    return rows.map(row => row.id);
  }

  /** Resolved incidents whose log entries were not stored yet, newest first. */
  async listIncidentsAwaitingLogEntries(): Promise<
    Array<{ id: string; createdAt: string }>
  > {
    const rows = await this.db('oncall_incidents')
      .where({ status: 'resolved', log_entries_stored: false })
      .orderBy('created_at', 'desc')
      .select('id', 'created_at');
    return rows.map(row => ({ id: row.id, createdAt: row.created_at }));
  }

  async listIncidentTimes(filter: {
    serviceIds?: string[];
    since: string;
  }): Promise<IncidentTimes[]> {
    const query = this.db('oncall_incidents')
      .where('created_at', '>=', filter.since)
      .select('created_at', 'acknowledged_at', 'resolved_at');
    if (filter.serviceIds) {
      query.whereIn('service_id', filter.serviceIds);
    }
    const rows = await query;
    return rows.map(row => ({
      createdAt: row.created_at,
      acknowledgedAt: optional(row.acknowledged_at),
      resolvedAt: optional(row.resolved_at),
    }));
  }

  /**
   * Records that a person raises an incident; returns its id, which orders it
   * among that person's other attempts.
   */
  async addIncidentTrigger(trigger: {
    userRef: string;
    entityRef: string;
    at: string;
  }): Promise<number> {
    const [row] = await this.db('oncall_incident_triggers')
      .insert({
        user_ref: trigger.userRef,
        entity_ref: trigger.entityRef,
        created_at: trigger.at,
      })
      .returning('id');
    return Number(typeof row === 'object' ? row.id : row);
  }

  /** When the person's earlier attempts (ids below `beforeId`) since `since` were made. */
  async listIncidentTriggerTimes(options: {
    userRef: string;
    since: string;
    beforeId: number;
  }): Promise<string[]> {
    const rows = await this.db('oncall_incident_triggers')
      .where('user_ref', options.userRef)
      .where('created_at', '>', options.since)
      .where('id', '<', options.beforeId)
      .select('created_at');
    return rows.map(row => row.created_at);
  }

  async removeIncidentTrigger(id: number): Promise<void> {
    await this.db('oncall_incident_triggers').where({ id }).delete();
  }

  async setIncidentTriggerDedupKey(
    id: number,
    dedupKey: string,
  ): Promise<void> {
    await this.db('oncall_incident_triggers')
      .where({ id })
      .update({ dedup_key: dedupKey });
  }

  async #updateSyncState(db: Knex | Knex.Transaction, values: Row) {
    await db('oncall_sync_state')
      .insert({ id: SYNC_STATE_ID, ...values })
      .onConflict('id')
      .merge(Object.keys(values));
  }

  async #raiseSnapshotVersion(tx: Knex.Transaction) {
    await tx('oncall_sync_state')
      .insert({ id: SYNC_STATE_ID, snapshot_version: 1 })
      .onConflict('id')
      .merge({
        snapshot_version: tx.raw('oncall_sync_state.snapshot_version + 1'),
      });
  }

  async #replaceDirectory(tx: Knex.Transaction, snapshot: DirectorySnapshot) {
    const tables: Array<[string, Row[]]> = [
      [
        'oncall_services',
        snapshot.services.map(s => ({
          id: s.id,
          name: s.name,
          status: s.status ?? null,
          html_url: s.htmlUrl ?? null,
          escalation_policy_id: s.escalationPolicyId ?? null,
        })),
      ],
      [
        'oncall_service_integrations',
        snapshot.services.flatMap(s =>
          s.integrations.map(i => ({
            service_id: s.id,
            id: i.id,
            type: i.type,
            name: i.name ?? null,
            integration_key: i.integrationKey ?? null,
          })),
        ),
      ],
      [
        'oncall_service_teams',
        snapshot.services.flatMap(s =>
          s.teamIds.map(teamId => ({ service_id: s.id, team_id: teamId })),
        ),
      ],
      [
        'oncall_escalation_policies',
        snapshot.escalationPolicies.map(p => ({
          id: p.id,
          name: p.name,
          html_url: p.htmlUrl ?? null,
        })),
      ],
      [
        'oncall_escalation_policy_teams',
        snapshot.escalationPolicies.flatMap(p =>
          p.teamIds.map(teamId => ({ policy_id: p.id, team_id: teamId })),
        ),
      ],
      [
        'oncall_escalation_levels',
        snapshot.escalationPolicies.flatMap(p =>
          p.levels.map(l => ({
            policy_id: p.id,
            level: l.level,
            delay_minutes: l.delayMinutes,
          })),
        ),
      ],
      [
        'oncall_escalation_targets',
        snapshot.escalationPolicies.flatMap(p =>
          p.levels.flatMap(l =>
            l.targets.map(t => ({
              policy_id: p.id,
              level: l.level,
              target_type: t.type,
              target_id: t.id,
              target_name: t.name ?? null,
            })),
          ),
        ),
      ],
      [
        'oncall_schedules',
        snapshot.schedules.map(s => ({
          id: s.id,
          name: s.name,
          time_zone: s.timeZone ?? null,
          html_url: s.htmlUrl ?? null,
        })),
      ],
      [
        'oncall_users',
        snapshot.users.map(u => ({
          id: u.id,
          name: u.name,
          email: u.email ?? null,
          html_url: u.htmlUrl ?? null,
        })),
      ],
      [
        'oncall_team_members',
        snapshot.users.flatMap(u =>
          u.teamIds.map(teamId => ({ team_id: teamId, user_id: u.id })),
        ),
      ],
      [
        'oncall_teams',
        snapshot.teams.map(t => ({
          id: t.id,
          name: t.name,
          html_url: t.htmlUrl ?? null,
        })),
      ],
      [
        'oncall_shifts',
        snapshot.shifts.map(s => ({
          policy_id: s.policyId,
          level: s.level,
          user_id: s.userId,
          user_name: s.userName ?? null,
          schedule_id: s.scheduleId ?? null,
          schedule_name: s.scheduleName ?? null,
          starts_at: s.start ?? null,
          ends_at: s.end ?? null,
        })),
      ],
    ];
    for (const [table, rows] of tables) {
      await tx(table).delete();
      for (const chunk of chunks(rows)) {
        await tx(table).insert(chunk);
      }
    }
  }

  async #upsertIncidents(tx: Knex.Transaction, incidents: IncidentRecord[]) {
    for (const chunk of chunks(incidents.map(incidentRow))) {
      await tx('oncall_incidents')
        .insert(chunk)
        .onConflict('id')
        .merge({
          number: tx.raw('excluded.number'),
          created_at: tx.raw('excluded.created_at'),
          title: tx.raw('excluded.title'),
          status: tx.raw('excluded.status'),
          urgency: tx.raw('excluded.urgency'),
          service_id: tx.raw('excluded.service_id'),
          html_url: tx.raw('excluded.html_url'),
          incident_key: tx.raw('excluded.incident_key'),
          resolved_at: tx.raw('excluded.resolved_at'),
          // The first acknowledgement stays the first one, whichever run saw it.
          acknowledged_at: tx.raw(
            'COALESCE(oncall_incidents.acknowledged_at, excluded.acknowledged_at)',
          ),
        });
    }
  }
}

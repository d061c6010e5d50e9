import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  Attestation,
  AttestationDecision,
  CheckResult,
  CheckStatus,
  EvidenceItem,
  ScorecardAuditEntry,
  TrendPeriod,
  Waiver,
} from '@readiness/plugin-scorecards-common';
import { Knex } from 'knex';
import { SquadEvaluation } from '../evaluation/evaluateSquad';
import {
  ScorecardSnapshot,
  SquadPeriodLevel,
  trendPeriodKey,
} from '../evaluation/trend';

const migrationsDir = resolvePackagePath(
  '@readiness/plugin-scorecards-backend',
  'migrations',
);

// Rows per INSERT: well under SQLite's bound-parameter limit with the widest table (9 columns).
const INSERT_CHUNK = 500;

/** One evaluation to persist. */
export interface EvaluationRun {
  evaluatedAt: Date;
  modelRef: string;
  modelVersion: string;
  trigger: 'schedule' | 'on-demand' | 'attestation' | 'approval' | 'waiver';
  triggeredBy?: string;
  squads: SquadEvaluation[];
}

/** A squad's persisted scorecard from one run. */
export interface StoredScorecard {
  runId: number;
  squadRef: string;
  level: number;
  evaluatedAt: string;
  modelVersion: string;
  results: CheckResult[];
}

type Timestamp = Date | string | number;

function iso(value: Timestamp): string {
  return new Date(value).toISOString();
}

function isoOrUndefined(value: Timestamp | null): string | undefined {
  return value === null || value === undefined ? undefined : iso(value);
}

type AttestationRow = {
  squad_ref: string;
  check_id: string;
  evidence_url: string;
  comment: string;
  attested_by: string;
  attested_at: Timestamp;
  expires_at: Timestamp | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  rejected_by: string | null;
  rejected_at: Timestamp | null;
  decision_reason: string | null;
  model_version: string;
};

type WaiverRow = {
  squad_ref: string;
  check_id: string;
  reason: string;
  approved_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
};

function toAttestation(row: AttestationRow): Attestation {
  return {
    squadRef: row.squad_ref,
    checkId: row.check_id,
    evidenceUrl: row.evidence_url,
    comment: row.comment,
    attestedBy: row.attested_by,
    attestedAt: iso(row.attested_at),
    expiresAt: isoOrUndefined(row.expires_at),
    approvedBy: row.approved_by ?? undefined,
    approvedAt: isoOrUndefined(row.approved_at),
    rejectedBy: row.rejected_by ?? undefined,
    rejectedAt: isoOrUndefined(row.rejected_at),
    decisionReason: row.decision_reason ?? undefined,
  };
}

function toWaiver(row: WaiverRow): Waiver {
  return {
    squadRef: row.squad_ref,
    checkId: row.check_id,
    reason: row.reason,
    approvedBy: row.approved_by,
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
  };
}

/**
 * Persists scorecard evaluations (every result of every run, so history survives restarts and
 * replicas share it), the current attestations and waivers, and an audit trail of their changes.
 */
export class ScorecardStore {
  static async create(database: DatabaseService): Promise<ScorecardStore> {
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new ScorecardStore(client);
  }

  // Every squad's latest scorecard, read once per set of runs: runs are only ever added, so a new
  // newest id or count (from this replica or another) is what makes it stale. The count catches
  // a run that commits after a newer one.
  private latest?: { runs: string; scorecards: Promise<StoredScorecard[]> };

  constructor(private readonly db: Knex) {}

  /** Every squad's latest scorecard, cached per set of runs. */
  async latestScorecards(): Promise<StoredScorecard[]> {
    const row = await this.db('scorecard_runs')
      .max({ newest: 'id' })
      .count({ runs: '*' })
      .first();
    const runs = `${row?.newest ?? 0} ${row?.runs ?? 0}`;
    if (this.latest?.runs === runs) return this.latest.scorecards;
    const scorecards = this.scorecards();
    this.latest = { runs, scorecards };
    // A failed read is not kept: the next request tries again.
    scorecards.catch(() => {
      if (this.latest?.scorecards === scorecards) this.latest = undefined;
    });
    return scorecards;
  }

  /** Saves one evaluation run with every squad's level and check results; returns its id. */
  async saveEvaluation(run: EvaluationRun): Promise<number> {
    return this.db.transaction(async tx => {
      const [inserted] = await tx('scorecard_runs')
        .insert({
          evaluated_at: run.evaluatedAt,
          model_ref: run.modelRef,
          model_version: run.modelVersion,
          trigger: run.trigger,
          triggered_by: run.triggeredBy ?? null,
          squad_count: run.squads.length,
        })
        .returning('id');
      const runId = typeof inserted === 'object' ? inserted.id : inserted;
      const week = trendPeriodKey(run.evaluatedAt, 'week');
      const quarter = trendPeriodKey(run.evaluatedAt, 'quarter');
      const common = {
        run_id: runId,
        evaluated_at: run.evaluatedAt,
        model_version: run.modelVersion,
      };
      await tx.batchInsert(
        'scorecard_squad_results',
        run.squads.map(squad => ({
          ...common,
          squad_ref: squad.squadRef,
          level: squad.level.level,
          week,
          quarter,
        })),
        INSERT_CHUNK,
      );
      await tx.batchInsert(
        'scorecard_check_results',
        run.squads.flatMap(squad =>
          squad.results.map(result => ({
            ...common,
            squad_ref: squad.squadRef,
            check_id: result.checkId,
            status: result.status,
            summary: result.summary,
            evidence: JSON.stringify(result.items),
          })),
        ),
        INSERT_CHUNK,
      );
      return runId;
    });
  }

  /**
   * Each squad's scorecard from its latest run at or before `asOf` (default: now), optionally
   * for one squad only.
   */
  async scorecards(
    options: { asOf?: Date; squadRef?: string } = {},
  ): Promise<StoredScorecard[]> {
    const latest = this.db('scorecard_squad_results')
      .select('squad_ref')
      .max({ run_id: 'run_id' })
      .groupBy('squad_ref');
    if (options.asOf) latest.where('evaluated_at', '<=', options.asOf);
    if (options.squadRef) latest.where('squad_ref', options.squadRef);
    const squads: Array<{
      run_id: number;
      squad_ref: string;
      level: number;
      evaluated_at: Timestamp;
      model_version: string;
    }> = await this.db('scorecard_squad_results as s')
      .join(latest.as('l'), join =>
        join
          .on('s.squad_ref', '=', 'l.squad_ref')
          .andOn('s.run_id', '=', 'l.run_id'),
      )
      .select(
        's.run_id',
        's.squad_ref',
        's.level',
        's.evaluated_at',
        's.model_version',
      )
      .orderBy('s.squad_ref');
    if (squads.length === 0) return [];

    const wanted = new Set(squads.map(s => `${s.run_id} ${s.squad_ref}`));
    const runIds = [...new Set(squads.map(s => s.run_id))];
    const checks: Array<{
      run_id: number;
      squad_ref: string;
      check_id: string;
      status: CheckStatus;
      summary: string;
      evidence: string;
    }> = [];
    for (let i = 0; i < runIds.length; i += INSERT_CHUNK) {
      const query = this.db('scorecard_check_results')
        .whereIn('run_id', runIds.slice(i, i + INSERT_CHUNK))
        .select(
          'run_id',
          'squad_ref',
          'check_id',
          'status',
          'summary',
          'evidence',
        );
      if (options.squadRef) query.where('squad_ref', options.squadRef);
      checks.push(...(await query));
    }
    const resultsBySquad = new Map<string, CheckResult[]>();
    for (const row of checks) {
      if (!wanted.has(`${row.run_id} ${row.squad_ref}`)) continue;
      const results = resultsBySquad.get(row.squad_ref) ?? [];
      results.push({
        checkId: row.check_id,
        status: row.status,
        summary: row.summary,
        items: JSON.parse(row.evidence) as EvidenceItem[],
      });
      resultsBySquad.set(row.squad_ref, results);
    }
    return squads.map(squad => ({
      runId: squad.run_id,
      squadRef: squad.squad_ref,
      level: squad.level,
      evaluatedAt: iso(squad.evaluated_at),
      modelVersion: squad.model_version,
      results: resultsBySquad.get(squad.squad_ref) ?? [],
    }));
  }

  /** Scorecards as of a moment, in the shape the comparison reads. */
  async snapshots(asOf: Date): Promise<ScorecardSnapshot[]> {
    return (await this.scorecards({ asOf })).map(scorecard => ({
      squadRef: scorecard.squadRef,
      level: scorecard.level,
      evaluatedAt: scorecard.evaluatedAt,
      statuses: Object.fromEntries(
        scorecard.results.map(r => [r.checkId, r.status]),
      ),
    }));
  }

  /**
   * Each squad's level at the end of each of the given periods (its last run in the period),
   * optionally for one squad only.
   */
  async levelsByPeriod(
    period: TrendPeriod,
    periods: string[],
    squadRef?: string,
  ): Promise<SquadPeriodLevel[]> {
    const column = period === 'week' ? 'week' : 'quarter';
    const last = this.db('scorecard_squad_results')
      .select('squad_ref', column)
      .max({ run_id: 'run_id' })
      .whereIn(column, periods)
      .groupBy('squad_ref', column);
    if (squadRef) last.where('squad_ref', squadRef);
    const rows: Array<{ squad_ref: string; period: string; level: number }> =
      await this.db('scorecard_squad_results as s')
        .join(last.as('l'), join =>
          join
            .on('s.squad_ref', '=', 'l.squad_ref')
            .andOn('s.run_id', '=', 'l.run_id'),
        )
        .select('s.squad_ref', { period: `s.${column}` }, 's.level');
    return rows.map(row => ({
      squadRef: row.squad_ref,
      period: row.period,
      level: row.level,
    }));
  }

  async attestations(squadRef?: string): Promise<Attestation[]> {
    const query = this.db<AttestationRow>('scorecard_attestations').select();
    if (squadRef) query.where('squad_ref', squadRef);
    return (await query).map(toAttestation);
  }

  /** The current attestations nobody has approved or rejected yet, oldest first. */
  async undecidedAttestations(): Promise<Attestation[]> {
    const rows = await this.db<AttestationRow>('scorecard_attestations')
      .whereNull('approved_by')
      .whereNull('rejected_by')
      .orderBy('attested_at');
    return rows.map(toAttestation);
  }

  async waivers(squadRef?: string): Promise<Waiver[]> {
    const query = this.db<WaiverRow>('scorecard_waivers').select();
    if (squadRef) query.where('squad_ref', squadRef);
    return (await query).map(toWaiver);
  }

  /** Records a squad's attestation, replacing the previous one; audited. */
  async saveAttestation(
    attestation: Attestation,
    modelVersion: string,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      const key = {
        squad_ref: attestation.squadRef,
        check_id: attestation.checkId,
      };
      const previous = await tx<AttestationRow>('scorecard_attestations')
        .where(key)
        .first();
      const row = {
        ...key,
        evidence_url: attestation.evidenceUrl,
        comment: attestation.comment,
        attested_by: attestation.attestedBy,
        attested_at: new Date(attestation.attestedAt),
        expires_at: attestation.expiresAt
          ? new Date(attestation.expiresAt)
          : null,
        approved_by: null,
        approved_at: null,
        rejected_by: null,
        rejected_at: null,
        decision_reason: null,
        model_version: modelVersion,
      };
      if (previous) await tx('scorecard_attestations').where(key).update(row);
      else await tx('scorecard_attestations').insert(row);
      await this.audit(tx, {
        subject: 'attestation',
        action: 'attested',
        squadRef: attestation.squadRef,
        checkId: attestation.checkId,
        actor: attestation.attestedBy,
        at: attestation.attestedAt,
        previousValue: previous ? toAttestation(previous) : undefined,
        newValue: attestation,
      });
    });
  }

  /**
   * Approves or rejects the current attestation, with the approver's reason; audited. Only an
   * attestation nobody has decided yet changes: `decided` is undefined when there is none to
   * decide, and `current` is the attestation as it stands (undefined when there is none).
   */
  async decideAttestation(options: {
    squadRef: string;
    checkId: string;
    decision: AttestationDecision;
    decidedBy: string;
    decidedAt: string;
    reason: string;
  }): Promise<{ current?: Attestation; decided?: Attestation }> {
    return this.db.transaction(async tx => {
      const key = { squad_ref: options.squadRef, check_id: options.checkId };
      const previous = await tx<AttestationRow>('scorecard_attestations')
        .where(key)
        .first();
      if (!previous) return {};
      const current = toAttestation(previous);
      const by = options.decision === 'approve' ? 'approved' : 'rejected';
      const changed = await tx('scorecard_attestations')
        .where(key)
        .whereNull('approved_by')
        .whereNull('rejected_by')
        .update({
          [`${by}_by`]: options.decidedBy,
          [`${by}_at`]: new Date(options.decidedAt),
          decision_reason: options.reason,
        });
      if (changed === 0) return { current };
      const decided: Attestation = {
        ...current,
        [`${by}By`]: options.decidedBy,
        [`${by}At`]: options.decidedAt,
        decisionReason: options.reason,
      };
      await this.audit(tx, {
        subject: 'attestation',
        action: by,
        squadRef: options.squadRef,
        checkId: options.checkId,
        actor: options.decidedBy,
        at: options.decidedAt,
        previousValue: current,
        newValue: decided,
      });
      return { current: decided, decided };
    });
  }

  /** Records a waiver, replacing the previous one for the same squad and check; audited. */
  async saveWaiver(waiver: Waiver): Promise<void> {
    await this.db.transaction(async tx => {
      const key = { squad_ref: waiver.squadRef, check_id: waiver.checkId };
      const previous = await tx<WaiverRow>('scorecard_waivers')
        .where(key)
        .first();
      const row = {
        ...key,
        reason: waiver.reason,
        approved_by: waiver.approvedBy,
        created_at: new Date(waiver.createdAt),
        expires_at: new Date(waiver.expiresAt),
      };
      if (previous) await tx('scorecard_waivers').where(key).update(row);
      else await tx('scorecard_waivers').insert(row);
      await this.audit(tx, {
        subject: 'waiver',
        action: 'waived',
        squadRef: waiver.squadRef,
        checkId: waiver.checkId,
        actor: waiver.approvedBy,
        at: waiver.createdAt,
        previousValue: previous ? toWaiver(previous) : undefined,
        newValue: waiver,
      });
    });
  }

  /** Whether the named seed has been claimed in this database. */
  async hasSeed(name: string): Promise<boolean> {
    return !!(await this.db('scorecard_seeds').where({ name }).first());
  }

  /**
   * Claims the named seed: true for the one caller that marks it, false when it was already
   * marked, so that a seed is written at most once per database.
   */
  async claimSeed(name: string, at: Date): Promise<boolean> {
    const inserted = await this.db('scorecard_seeds')
      .insert({ name, seeded_at: at })
      .onConflict('name')
      .ignore()
      .returning('name');
    return inserted.length === 1;
  }

  /** The audit trail of a squad's attestations and waivers, newest first. */
  async auditTrail(squadRef: string): Promise<ScorecardAuditEntry[]> {
    const rows: Array<{
      subject: ScorecardAuditEntry['subject'];
      action: ScorecardAuditEntry['action'];
      squad_ref: string;
      check_id: string;
      actor: string;
      at: Timestamp;
      previous_value: string | null;
      new_value: string;
    }> = await this.db('scorecard_audit')
      .where('squad_ref', squadRef)
      .orderBy('id', 'desc');
    return rows.map(row => ({
      subject: row.subject,
      action: row.action,
      squadRef: row.squad_ref,
      checkId: row.check_id,
      actor: row.actor,
      at: iso(row.at),
      previousValue: row.previous_value
        ? JSON.parse(row.previous_value)
        : undefined,
      newValue: JSON.parse(row.new_value),
    }));
  }

  private async audit(tx: Knex.Transaction, entry: ScorecardAuditEntry) {
    await tx('scorecard_audit').insert({
      subject: entry.subject,
      action: entry.action,
      squad_ref: entry.squadRef,
      check_id: entry.checkId,
      actor: entry.actor,
      at: new Date(entry.at),
      previous_value:
        entry.previousValue === undefined
          ? null
          : JSON.stringify(entry.previousValue),
      new_value: JSON.stringify(entry.newValue),
    });
  }
}

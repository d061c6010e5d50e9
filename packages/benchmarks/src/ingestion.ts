import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Knex } from 'knex';
import { parseAllDocuments } from 'yaml';

export interface CatalogFiles {
  /** Entities per kind, Location entities included. */
  kinds: Map<string, number>;
  /** Refs (`kind:namespace/name`, lower case) of every entity. */
  refs: Set<string>;
  /** Names of the Groups of type team. */
  teams: string[];
}

/** What the YAML files of a folder hold (every `*.yaml`, every document). */
export async function readCatalogFiles(
  directory: string,
): Promise<CatalogFiles> {
  const summary: CatalogFiles = {
    kinds: new Map(),
    refs: new Set(),
    teams: [],
  };
  const files = (await readdir(directory))
    .filter(file => file.endsWith('.yaml'))
    .sort();
  for (const file of files) {
    for (const document of parseAllDocuments(
      await readFile(join(directory, file), 'utf8'),
    )) {
      const entity = document.toJS() as {
        kind?: unknown;
        metadata?: { name?: string; namespace?: string };
        spec?: { type?: unknown };
      } | null;
      if (typeof entity?.kind !== 'string' || !entity.metadata?.name) {
        throw new Error(
          `${join(directory, file)}: a document without a kind or a name`,
        );
      }
      const { kind, metadata } = entity;
      summary.kinds.set(kind, (summary.kinds.get(kind) ?? 0) + 1);
      summary.refs.add(
        `${kind}:${metadata.namespace ?? 'default'}/${
          metadata.name
        }`.toLowerCase(),
      );
      if (kind === 'Group' && entity.spec?.type === 'team')
        summary.teams.push(metadata.name!);
    }
  }
  return summary;
}

export interface CatalogProgress {
  /** Entities the catalog knows of, processed or not. */
  known: number;
  /** Entities processed and stitched: what the catalog API serves. */
  stitched: number;
  /** Stitches still queued. */
  queued: number;
  /** Entities whose processing failed. */
  failed: number;
}

export async function catalogProgress(catalog: Knex): Promise<CatalogProgress> {
  const [known, stitched, queued, failed] = await Promise.all([
    catalog('refresh_state').count({ count: '*' }),
    catalog('final_entities')
      .whereNotNull('final_entity')
      .count({ count: '*' }),
    catalog('stitch_queue').count({ count: '*' }),
    catalog('refresh_state')
      .whereNotNull('errors')
      .whereNotIn('errors', ['', '[]'])
      .count({ count: '*' }),
  ]);
  const number = (rows: Array<Record<string, unknown>>) =>
    Number(rows[0].count);
  return {
    known: number(known),
    stitched: number(stitched),
    queued: number(queued),
    failed: number(failed),
  };
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** PostgreSQL's statistics flush at most a second after a transaction ends. */
const STATISTICS_FLUSH_MS = 1_500;

/** What the catalog stored for its entities: the rows its queries and stitching write and read. */
export interface CatalogVolume {
  /** Relation rows, each direction counted. */
  relations: number;
  /** Rows of the `search` table, one per field value of each entity (what filters query). */
  searchRows: number;
  /** The stitched entities' JSON, in bytes. */
  entityBytes: number;
  /**
   * Rows inserted into the `search` table since the database was created: each stitch of an
   * entity rewrites all of its rows, so this over `searchRows` is how often entities were
   * stitched again, weighted by their size (an entity is stitched again when one related to it
   * lands: a squad as each alert it owns does).
   */
  searchRowsWritten: number;
  /** Stitched entities written (inserted, or updated because they changed). */
  entityWrites: number;
}

/** Counts what the catalog stored (PostgreSQL). */
export async function catalogVolume(catalog: Knex): Promise<CatalogVolume> {
  await sleep(STATISTICS_FLUSH_MS);
  const [relations, searchRows, entityBytes, written] = await Promise.all([
    catalog('relations').count({ count: '*' }),
    catalog('search').count({ count: '*' }),
    catalog('final_entities').sum({
      count: catalog.raw('octet_length(final_entity)'),
    }),
    catalog('pg_stat_user_tables')
      .select('relname', 'n_tup_ins', 'n_tup_upd')
      .whereIn('relname', ['search', 'final_entities']),
  ]);
  const number = (rows: Array<Record<string, unknown>>) =>
    Number(rows[0].count ?? 0);
  const table = (name: string) =>
    (
      written as Array<{
        relname: string;
        n_tup_ins: string;
        n_tup_upd: string;
      }>
    ).find(row => row.relname === name);
  return {
    relations: number(relations),
    searchRows: number(searchRows),
    entityBytes: number(entityBytes),
    searchRowsWritten: Number(table('search')?.n_tup_ins ?? 0),
    entityWrites:
      Number(table('final_entities')?.n_tup_ins ?? 0) +
      Number(table('final_entities')?.n_tup_upd ?? 0),
  };
}

/** A few processing errors, for the message when ingestion does not finish. */
export async function processingErrors(
  catalog: Knex,
  limit = 5,
): Promise<string[]> {
  const rows: Array<{ entity_ref: string; errors: string }> = await catalog(
    'refresh_state',
  )
    .select('entity_ref', 'errors')
    .whereNotNull('errors')
    .whereNotIn('errors', ['', '[]'])
    .limit(limit);
  return rows.map(row => `${row.entity_ref}: ${row.errors.slice(0, 300)}`);
}

export interface IngestionWait {
  /** The catalog database, once the backend has created it. */
  catalog: () => Promise<Knex | undefined>;
  /** Every entity in the locations, and the Location entities of the configured locations. */
  expected: number;
  /** Fails when the stitched count has not grown for this long. */
  stallMs: number;
  onProgress?: (progress: CatalogProgress) => void;
  /** Throws when the backend has died. */
  assertRunning: () => void;
}

/** How often the counts run while stitches are queued: for the progress line and the stall check. */
export const COUNT_INTERVAL_MS = 30_000;

/**
 * Whether to count the catalog's progress now. Counting scans `refresh_state` and `final_entities`,
 * hundreds of MB at profile XL: every second it took a good share of PostgreSQL's time from the
 * ingestion it measures, more the larger the profile. While a stitch is queued ingestion is not
 * done, so the counts wait for an empty queue, or for the next progress line.
 */
export function shouldCount(options: {
  stitchesQueued: boolean;
  lastCountMs: number;
  nowMs: number;
}): boolean {
  return (
    !options.stitchesQueued ||
    options.nowMs - options.lastCountMs >= COUNT_INTERVAL_MS
  );
}

/** Whether any stitch is queued: the first row of the queue, where a count reads all of it. */
async function stitchesQueued(catalog: Knex): Promise<boolean> {
  return (
    (await catalog('stitch_queue').select('entity_ref').first()) !== undefined
  );
}

/** Polls the catalog database until every expected entity is stitched and no stitch is queued. */
export async function waitForIngestion(
  options: IngestionWait,
): Promise<CatalogProgress> {
  let lastGrowth = Date.now();
  let lastStitched = -1;
  let lastCount = 0;
  let lastReport = 0;
  for (;;) {
    options.assertRunning();
    const catalog = await options.catalog();
    const queued =
      catalog && (await stitchesQueued(catalog).catch(() => undefined));
    if (
      catalog &&
      queued !== undefined &&
      shouldCount({
        stitchesQueued: queued,
        lastCountMs: lastCount,
        nowMs: Date.now(),
      })
    ) {
      const progress = await catalogProgress(catalog).catch(() => undefined);
      if (progress) {
        if (progress.stitched >= options.expected && progress.queued === 0)
          return progress;
        if (progress.stitched > lastStitched) {
          lastStitched = progress.stitched;
          lastGrowth = Date.now();
        }
        lastCount = Date.now();
        if (lastCount - lastReport >= COUNT_INTERVAL_MS) {
          lastReport = lastCount;
          options.onProgress?.(progress);
        }
        if (Date.now() - lastGrowth > options.stallMs) {
          const errors = await processingErrors(catalog);
          const details = errors.length
            ? `; processing errors:\n  ${errors.join('\n  ')}`
            : '';
          throw new Error(
            `the catalog stopped at ${progress.stitched} of ${options.expected} entities (${progress.known} known, ` +
              `${progress.queued} stitches queued, ${progress.failed} failed)${details}`,
          );
        }
      }
    }
    await sleep(1000);
  }
}

import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { DoraRegisterSnapshot } from '@readiness/plugin-continuity-common';
import { Knex } from 'knex';
import { canonicalJson, contentHash, RegisterContent } from '../model/registerHistory';

const migrationsDir = resolvePackagePath(
  '@readiness/plugin-continuity-backend',
  'migrations',
);

/** How many parsed contents are kept, the most recently read. */
const CACHED_CONTENTS = 16;

type SnapshotRow = {
  taken_at: Date | string | number;
  hash: string;
  source: DoraRegisterSnapshot['source'];
};

function toSnapshot(row: SnapshotRow): DoraRegisterSnapshot {
  return { takenAt: new Date(row.taken_at).toISOString(), hash: row.hash, source: row.source };
}

/**
 * Keeps the snapshots of what the DORA register is built from: each content once, by its
 * SHA-256, and a row per moment the content changed, so the register can be rebuilt as it stood
 * on any day since the first snapshot. Contents hold confidential vendor fields: they stay in the
 * backend's database and are served only through the register's permission rules.
 */
export class RegisterSnapshotStore {
  static async create(database: DatabaseService): Promise<RegisterSnapshotStore> {
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new RegisterSnapshotStore(client);
  }

  // Contents never change under their hash, so a parsed one can be kept: a few days' registers
  // are asked for again and again (today's, the reporting day's).
  private readonly contents = new Map<string, RegisterContent>();

  constructor(private readonly db: Knex) {}

  /**
   * Records the content as of `takenAt` unless the last snapshot recorded from the records
   * already holds it; answers the snapshot recorded, or undefined when nothing changed. An empty
   * register is not a first snapshot: at first start the catalog has not read the records yet.
   */
  async record(takenAt: Date, content: RegisterContent): Promise<DoraRegisterSnapshot | undefined> {
    const source = 'records';
    const json = canonicalJson(content);
    const hash = contentHash(json);
    return this.db.transaction(async tx => {
      const newest = await tx<SnapshotRow>('register_snapshots')
        .where({ source })
        .orderBy('id', 'desc')
        .first();
      if (newest?.hash === hash) return undefined;
      if (!newest && content.vendors.length === 0 && content.plans.length === 0) return undefined;
      await tx('register_contents').insert({ hash, content: json }).onConflict('hash').ignore();
      await tx('register_snapshots').insert({ taken_at: takenAt, hash, source });
      return { takenAt: takenAt.toISOString(), hash, source };
    });
  }

  /**
   * Records a snapshot of the demo's history at its own date, once: answers false when the
   * database already holds demo snapshots.
   */
  async seedDemo(steps: ReadonlyArray<{ takenAt: Date; content: RegisterContent }>): Promise<boolean> {
    return this.db.transaction(async tx => {
      if (await tx('register_snapshots').where({ source: 'demo' }).first()) return false;
      for (const step of steps) {
        const json = canonicalJson(step.content);
        const hash = contentHash(json);
        await tx('register_contents').insert({ hash, content: json }).onConflict('hash').ignore();
        await tx('register_snapshots').insert({ taken_at: step.takenAt, hash, source: 'demo' });
      }
      return true;
    });
  }

  /** Every snapshot, oldest first. */
  async list(): Promise<DoraRegisterSnapshot[]> {
    const rows = await this.db<SnapshotRow>('register_snapshots')
      .select('taken_at', 'hash', 'source')
      .orderBy([{ column: 'taken_at' }, { column: 'id' }]);
    return rows.map(toSnapshot);
  }

  /** The newest snapshot taken at or before `at`, with its content; undefined before the first. */
  async asOf(at: Date): Promise<{ snapshot: DoraRegisterSnapshot; content: RegisterContent } | undefined> {
    const row = await this.db<SnapshotRow>('register_snapshots')
      .where('taken_at', '<=', at)
      .orderBy([{ column: 'taken_at', order: 'desc' }, { column: 'id', order: 'desc' }])
      .first('taken_at', 'hash', 'source');
    if (!row) return undefined;
    return { snapshot: toSnapshot(row), content: await this.content(row.hash) };
  }

  /** A stored content by its hash, parsed once while it is among the most recently read. */
  private async content(hash: string): Promise<RegisterContent> {
    let content = this.contents.get(hash);
    if (!content) {
      const row = await this.db('register_contents').where({ hash }).first('content');
      content = JSON.parse(row.content) as RegisterContent;
      if (this.contents.size >= CACHED_CONTENTS) {
        this.contents.delete(this.contents.keys().next().value!);
      }
    } else {
      // Most recently read last, so the least recently read goes first.
      this.contents.delete(hash);
    }
    this.contents.set(hash, content);
    return content;
  }
}

import knexFactory, { Knex } from 'knex';

export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  password?: string;
}

/** The backend config block that points every plugin at its own database under `prefix`. */
export function backendDatabaseConfig(server: PostgresServer, prefix: string) {
  return {
    client: 'pg',
    connection: { ...server },
    prefix,
  };
}

/**
 * The benchmark's view of the server: its version, the databases a backend created under a
 * prefix (one per plugin, `<prefix><pluginId>`), and dropping them afterwards.
 */
export class Postgres {
  readonly #server: PostgresServer;
  readonly #admin: Knex;
  readonly #plugins = new Map<string, Knex>();

  constructor(server: PostgresServer) {
    this.#server = server;
    this.#admin = this.#connect('postgres');
  }

  #connect(database: string): Knex {
    return knexFactory({
      client: 'pg',
      connection: { ...this.#server, database },
      pool: { min: 0, max: 2 },
    });
  }

  async version(): Promise<string> {
    const result = await this.#admin.raw('show server_version');
    return `PostgreSQL ${result.rows[0].server_version}`;
  }

  /** A plugin's database as the backend named it, once it exists (else undefined). */
  async pluginDatabase(prefix: string, pluginId: string): Promise<Knex | undefined> {
    const name = `${prefix}${pluginId}`;
    const existing = this.#plugins.get(name);
    if (existing) return existing;
    const found = await this.#admin('pg_database').where({ datname: name }).first();
    if (!found) return undefined;
    const client = this.#connect(name);
    this.#plugins.set(name, client);
    return client;
  }

  async dropDatabases(prefix: string): Promise<string[]> {
    const rows: Array<{ datname: string }> = await this.#admin('pg_database')
      .select('datname')
      .where('datname', 'like', `${prefix.replace(/_/g, '\\_')}%`);
    for (const { datname } of rows) {
      await this.#plugins.get(datname)?.destroy();
      this.#plugins.delete(datname);
      await this.#admin.raw('drop database if exists ?? with (force)', [datname]);
    }
    return rows.map(row => row.datname);
  }

  async close(): Promise<void> {
    await Promise.all([...this.#plugins.values()].map(client => client.destroy()));
    this.#plugins.clear();
    await this.#admin.destroy();
  }
}

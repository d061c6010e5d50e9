/*
 * What the on-call benchmark scripts share: a logger that stays quiet (each script prints its own
 * table), reading `--<name> <number>` options and an in-memory store.
 */
import { LoggerService } from '@backstage/backend-plugin-api';
import Knex from 'knex';
import { OncallStore } from '../src/database/OncallStore';

export const quietLogger: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => quietLogger,
};

/** The number given as `--<name> <n>` on the command line, else `fallback`. */
export function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** An on-call store in an in-memory SQLite database, with its knex client to destroy when done. */
export async function inMemoryOncallStore() {
  const knex = Knex({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  const store = await OncallStore.create({
    database: { getClient: async () => knex },
  });
  return { knex, store };
}

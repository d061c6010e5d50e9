import { Knex } from 'knex';
import { OncallStore } from '../database/OncallStore';

/** The on-call store on a test database. */
export function createTestStore(knex: Knex): Promise<OncallStore> {
  return OncallStore.create({ database: { getClient: async () => knex } });
}

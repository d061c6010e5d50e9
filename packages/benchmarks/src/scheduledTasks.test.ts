import knexFactory, { Knex } from 'knex';
import { waitForTaskRunEnd } from './scheduledTasks';

describe('waitForTaskRunEnd', () => {
  let database: Knex;

  beforeEach(async () => {
    database = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    await database.schema.createTable(
      'backstage_backend_tasks__tasks',
      table => {
        table.string('id').primary();
        table.dateTime('current_run_started_at').nullable();
        table.dateTime('last_run_ended_at').nullable();
        table.text('last_run_error_json').nullable();
      },
    );
  });

  afterEach(() => database.destroy());

  const wait = (afterMs: number, timeoutMs = 10_000) =>
    waitForTaskRunEnd({
      database: async () => database,
      taskId: 'search_index_software_catalog',
      afterMs,
      timeoutMs,
      assertRunning: () => {},
    });

  it('waits for a run that ends after the trigger, not one that ended before or is under way', async () => {
    const triggeredAt = Date.now();
    await database('backstage_backend_tasks__tasks').insert({
      id: 'search_index_software_catalog',
      last_run_ended_at: new Date(triggeredAt - 60_000),
      current_run_started_at: new Date(triggeredAt),
    });
    const ended = wait(triggeredAt);
    let settled = false;
    ended.finally(() => {
      settled = true;
    });
    await new Promise(resolve => setTimeout(resolve, 700));
    expect(settled).toBe(false);

    const endedAt = new Date(triggeredAt + 1_000);
    await database('backstage_backend_tasks__tasks')
      .where({ id: 'search_index_software_catalog' })
      .update({ current_run_started_at: null, last_run_ended_at: endedAt });
    await expect(ended).resolves.toEqual({
      endedAt: endedAt.getTime(),
      error: undefined,
    });
  });

  it('says which task did not end in time', async () => {
    await expect(wait(Date.now(), 600)).rejects.toThrow(
      'no run of search_index_software_catalog ended within 0.6 s',
    );
  });
});

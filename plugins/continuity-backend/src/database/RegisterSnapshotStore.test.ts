import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testVendor } from '../__testUtils__/registerHistory';
import { RegisterContent } from '../model/registerHistory';
import { RegisterSnapshotStore } from './RegisterSnapshotStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const content = (...names: string[]): RegisterContent => ({
  vendors: names.map(name => testVendor(name)),
  plans: [],
  plansDependingOn: {},
  confidential: {
    'vendor:default/sms': { annualValue: { amount: 50000, currency: 'GBP' }, financialReviews: [] },
  },
});

describe.each(databases.eachSupportedId())(
  'RegisterSnapshotStore on %p',
  (databaseId: TestDatabaseId) => {
    let knex: Knex;
    let store: RegisterSnapshotStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await RegisterSnapshotStore.create({ getClient: async () => knex });
    });

    it('records a snapshot only when the content changed, and each content once', async () => {
      // At first start the catalog has not read the records: an empty register is not the first.
      expect(await store.record(new Date('2026-01-01T09:00:00Z'), content())).toBeUndefined();
      const first = await store.record(new Date('2026-01-10T09:00:00Z'), content('sms'));
      expect(first).toEqual({
        takenAt: '2026-01-10T09:00:00.000Z',
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        source: 'records',
      });
      expect(await store.record(new Date('2026-01-11T09:00:00Z'), content('sms'))).toBeUndefined();
      const second = await store.record(new Date('2026-03-01T09:00:00Z'), content('sms', 'mail'));
      // Back to the first content: a new snapshot, the same stored content.
      const third = await store.record(new Date('2026-06-01T09:00:00Z'), content('sms'));
      expect(third?.hash).toBe(first?.hash);
      expect(second?.hash).not.toBe(first?.hash);

      expect((await store.list()).map(s => s.takenAt)).toEqual([
        '2026-01-10T09:00:00.000Z',
        '2026-03-01T09:00:00.000Z',
        '2026-06-01T09:00:00.000Z',
      ]);
      expect(Number((await knex('register_contents').count({ n: '*' }).first())?.n)).toBe(2);
    });

    it('finds the newest snapshot taken by a moment, with its content', async () => {
      expect(await store.asOf(new Date('2026-01-10T08:59:59Z'))).toBeUndefined();
      const january = await store.asOf(new Date('2026-02-28T23:59:59.999Z'));
      expect(january?.snapshot.takenAt).toBe('2026-01-10T09:00:00.000Z');
      expect(january?.content).toEqual(content('sms'));
      const march = await store.asOf(new Date('2026-03-01T09:00:00Z'));
      expect(march?.content.vendors.map(v => v.metadata.name)).toEqual(['sms', 'mail']);
    });

    it('seeds the demo history once, dated in the past, without hiding later snapshots', async () => {
      expect(
        await store.seedDemo([{ takenAt: new Date('2025-11-22T09:00:00Z'), content: content() }]),
      ).toBe(true);
      expect(
        await store.seedDemo([{ takenAt: new Date('2025-11-23T09:00:00Z'), content: content() }]),
      ).toBe(false);
      const snapshots = await store.list();
      expect(snapshots.map(s => [s.takenAt, s.source])).toEqual([
        ['2025-11-22T09:00:00.000Z', 'demo'],
        ['2026-01-10T09:00:00.000Z', 'records'],
        ['2026-03-01T09:00:00.000Z', 'records'],
        ['2026-06-01T09:00:00.000Z', 'records'],
      ]);
      expect((await store.asOf(new Date('2025-12-31T23:59:59Z')))?.content.vendors).toEqual([]);
      // The demo's past does not count as the last recorded content.
      expect(await store.record(new Date('2026-07-01T09:00:00Z'), content('sms'))).toBeUndefined();
    });
  },
);

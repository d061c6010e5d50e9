import {
  TestDatabaseId,
  TestDatabases,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import {
  DirectorySnapshot,
  ShiftRecord,
  SyncCounts,
} from '../database/OncallStore';
import { createTestStore } from '../__testUtils__/testStore';
import { PagerDutyClient } from '../pagerduty/PagerDutyClient';
import { OncallService } from './OncallService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const SQUAD = 'group:default/payments-core-squad';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-core-squad', title: 'Payments Core Squad' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payment-gateway',
      annotations: { 'pagerduty.com/service-id': 'PGW0001' },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:payments-core-squad',
    },
  },
];

function shift(userId: string, start: string, end: string): ShiftRecord {
  return { policyId: 'PEP0001', level: 1, userId, start, end };
}

function directory(shifts: ShiftRecord[]): DirectorySnapshot {
  return {
    services: [
      {
        id: 'PGW0001',
        name: 'Payment Gateway',
        escalationPolicyId: 'PEP0001',
        teamIds: [],
        integrations: [],
      },
    ],
    escalationPolicies: [
      {
        id: 'PEP0001',
        name: 'Payments Core',
        teamIds: [],
        levels: [{ level: 1, delayMinutes: 15, targets: [] }],
      },
    ],
    schedules: [],
    users: [
      { id: 'PADA', name: 'Ada Engineer', teamIds: [] },
      { id: 'PSAM', name: 'Sam Lead', teamIds: [] },
      { id: 'PLEE', name: 'Lee Leader', teamIds: [] },
    ],
    teams: [],
    shifts,
  };
}

const counts: SyncCounts = {
  services: 1,
  escalationPolicies: 1,
  schedules: 0,
  users: 3,
  teams: 0,
  shifts: 2,
  incidentsFetched: 0,
  acknowledgementLookups: 0,
  acknowledgementBacklog: 0,
  requests: 6,
  full: true,
};

async function setUp(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const store = await createTestStore(knex);
  const clock = { now: new Date('2026-03-16T13:59:50.000Z') };
  const sync = (shifts: ShiftRecord[]) =>
    store.saveSync({
      at: clock.now.toISOString(),
      directory: directory(shifts),
      incidents: [],
      removedIncidentIds: [],
      historyStart: '2025-01-01T00:00:00.000Z',
      incidentsSyncedUntil: clock.now.toISOString(),
      counts,
    });
  const service = new OncallService({
    store,
    directory: new CatalogDirectory({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      cache: mockServices.cache.mock(),
    }),
    client: new PagerDutyClient({
      apiBaseUrl: 'http://127.0.0.1:1',
      eventsBaseUrl: 'http://127.0.0.1:1',
      token: 'unused',
    }),
    logger: mockServices.logger.mock(),
    source: 'sandbox',
    staleAfterSeconds: 900,
    now: () => clock.now,
  });
  const onCallNames = async () =>
    (await service.onCallNow()).items.flatMap(group =>
      group.levels.flatMap(level => level.now.map(person => person.name)),
    );
  return { store, clock, sync, service, onCallNames };
}

describe.each(databases.eachSupportedId())(
  'OncallService on %p',
  databaseId => {
    it('shows the next person on call once a shift ends, within the same snapshot', async () => {
      const { clock, sync, service, onCallNames } = await setUp(databaseId);
      await sync([
        shift('PADA', '2026-03-09T14:00:00.000Z', '2026-03-16T14:00:00.000Z'),
        shift('PSAM', '2026-03-16T14:00:00.000Z', '2026-03-23T14:00:00.000Z'),
      ]);
      expect(await onCallNames()).toEqual(['Ada Engineer']);
      const [group] = (await service.onCallNow()).items;
      expect(group.levels[0].next?.person.name).toBe('Sam Lead');

      // Twenty seconds on, past the handover at 14:00.
      clock.now = new Date('2026-03-16T14:00:10.000Z');
      expect(await onCallNames()).toEqual(['Sam Lead']);
      expect(
        (
          await service.onCallForEntity(SQUAD, mockCredentials.user())
        )[0].levels[0].now.map(person => person.name),
      ).toEqual(['Sam Lead']);
    });

    it('answers from a new sync as soon as it is stored', async () => {
      const { store, sync, service, onCallNames } = await setUp(databaseId);
      await sync([
        shift('PADA', '2026-03-09T14:00:00.000Z', '2026-03-16T14:00:00.000Z'),
      ]);
      expect(await onCallNames()).toEqual(['Ada Engineer']);
      expect(
        (await service.incidentAnalytics({ months: 1 })).totals.count,
      ).toBe(0);

      // Same time, new data: the on-call view and the analytics follow the store.
      await sync([
        shift('PLEE', '2026-03-09T14:00:00.000Z', '2026-03-16T14:00:00.000Z'),
      ]);
      expect(await onCallNames()).toEqual(['Lee Leader']);
      await store.upsertIncidents([
        {
          id: 'PINC001',
          number: 1,
          title: 'Card authorisations failing',
          status: 'triggered',
          serviceId: 'PGW0001',
          createdAt: '2026-03-16T13:00:00.000Z',
        },
      ]);
      expect(
        (await service.incidentAnalytics({ months: 1 })).totals.count,
      ).toBe(1);
    });

    it('builds the model once for concurrent first requests', async () => {
      const { store, sync, service } = await setUp(databaseId);
      await sync([
        shift('PADA', '2026-03-09T14:00:00.000Z', '2026-03-16T14:00:00.000Z'),
      ]);
      const listServices = jest.spyOn(store, 'listServices');
      await Promise.all([
        service.onCallNow(),
        service.onCallNow({ q: 'ada' }),
        service.mapping(),
        service.users(),
        service.incidentAnalytics({ months: 12 }),
      ]);
      await service.onCallNow();
      expect(listServices).toHaveBeenCalledTimes(1);
    });
  },
);

import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { DirectorySnapshot, IncidentRecord, SyncCounts } from './OncallStore';
import { createTestStore } from '../__testUtils__/testStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

async function createStore(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const store = await createTestStore(knex);
  return { knex, store };
}

const directory: DirectorySnapshot = {
  services: [
    {
      id: 'PGW0001',
      name: 'Payment Gateway',
      htmlUrl: 'https://meridian.pagerduty.com/service-directory/PGW0001',
      escalationPolicyId: 'PEP0001',
      teamIds: ['PTEAM01'],
      integrations: [
        {
          id: 'PINT001',
          type: 'events_api_v2_inbound_integration',
          name: 'Events API v2',
          integrationKey: 'key-gw',
        },
      ],
    },
  ],
  escalationPolicies: [
    {
      id: 'PEP0001',
      name: 'Payments Core',
      teamIds: ['PTEAM01'],
      levels: [
        {
          level: 1,
          delayMinutes: 15,
          targets: [{ type: 'schedule', id: 'PSCH001', name: 'Primary' }],
        },
        {
          level: 2,
          delayMinutes: 30,
          targets: [{ type: 'user', id: 'PUSER02', name: 'Dana Lead' }],
        },
      ],
    },
  ],
  schedules: [{ id: 'PSCH001', name: 'Primary', timeZone: 'America/New_York' }],
  users: [
    {
      id: 'PUSER01',
      name: 'Ada Engineer',
      email: 'ada.engineer@meridianpay.example',
      teamIds: ['PTEAM01'],
    },
    { id: 'PUSER02', name: 'Dana Lead', teamIds: [] },
  ],
  teams: [{ id: 'PTEAM01', name: 'Payments Core' }],
  shifts: [
    {
      policyId: 'PEP0001',
      level: 1,
      userId: 'PUSER01',
      userName: 'Ada Engineer',
      scheduleId: 'PSCH001',
      scheduleName: 'Primary',
      start: '2026-03-09T14:00:00.000Z',
      end: '2026-03-16T14:00:00.000Z',
    },
    { policyId: 'PEP0001', level: 2, userId: 'PUSER02', userName: 'Dana Lead' },
  ],
};

const counts: SyncCounts = {
  services: 1,
  escalationPolicies: 1,
  schedules: 1,
  users: 2,
  teams: 1,
  shifts: 2,
  incidentsFetched: 2,
  acknowledgementLookups: 0,
  acknowledgementBacklog: 0,
  requests: 8,
  full: true,
};

function incident(overrides: Partial<IncidentRecord>): IncidentRecord {
  return {
    id: 'PINC001',
    number: 101,
    title: 'Card authorisations failing',
    status: 'triggered',
    urgency: 'high',
    serviceId: 'PGW0001',
    createdAt: '2026-03-10T10:00:00.000Z',
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())('OncallStore on %p', databaseId => {
  it('saves a snapshot and reads it back', async () => {
    const { store } = await createStore(databaseId);
    await store.saveSync({
      at: '2026-03-15T12:00:00.000Z',
      directory,
      incidents: [
        incident({}),
        incident({
          id: 'PINC002',
          number: 102,
          status: 'resolved',
          createdAt: '2026-03-11T10:00:00.000Z',
          acknowledgedAt: '2026-03-11T10:03:00.000Z',
          resolvedAt: '2026-03-11T11:00:00.000Z',
        }),
      ],
      removedIncidentIds: [],
      historyStart: '2025-01-01T00:00:00.000Z',
      incidentsSyncedUntil: '2026-03-15T12:00:00.000Z',
      counts,
    });

    expect(await store.listServices()).toEqual([
      {
        ...directory.services[0],
        status: undefined,
      },
    ]);
    expect(await store.listEscalationPolicies()).toEqual([
      { ...directory.escalationPolicies[0], htmlUrl: undefined },
    ]);
    expect(await store.listUsers()).toEqual([
      { ...directory.users[0], htmlUrl: undefined },
      { ...directory.users[1], email: undefined, htmlUrl: undefined },
    ]);
    expect(await store.listShifts(['PEP0001'])).toHaveLength(2);
    expect(await store.listShifts(['POTHER1'])).toEqual([]);

    const page = await store.listIncidents({ limit: 1, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.items.map(i => i.id)).toEqual(['PINC002']);
    expect(
      await store.listIncidents({
        status: 'triggered',
        serviceIds: ['PGW0001'],
        since: '2026-03-10T00:00:00.000Z',
        until: '2026-03-11T00:00:00.000Z',
        limit: 10,
        offset: 0,
      }),
    ).toEqual({ items: [incident({})], total: 1 });

    expect(await store.getSyncState()).toEqual({
      lastSuccessAt: '2026-03-15T12:00:00.000Z',
      incidentsSyncedUntil: '2026-03-15T12:00:00.000Z',
      counts,
    });
  });

  it('replaces the directory on every sync and keeps the first acknowledgement', async () => {
    const { store } = await createStore(databaseId);
    const base = {
      removedIncidentIds: [],
      historyStart: '2025-01-01T00:00:00.000Z',
      incidentsSyncedUntil: '2026-03-15T12:00:00.000Z',
      counts,
    };
    await store.saveSync({
      ...base,
      at: '2026-03-15T12:00:00.000Z',
      directory,
      incidents: [
        incident({
          status: 'acknowledged',
          acknowledgedAt: '2026-03-10T10:02:00.000Z',
        }),
      ],
    });
    await store.saveSync({
      ...base,
      at: '2026-03-15T12:05:00.000Z',
      directory: { ...directory, services: [], shifts: [] },
      incidents: [
        incident({
          status: 'resolved',
          acknowledgedAt: '2026-03-10T10:30:00.000Z',
          resolvedAt: '2026-03-10T11:00:00.000Z',
        }),
      ],
    });
    expect(await store.listServices()).toEqual([]);
    expect(await store.listShifts()).toEqual([]);
    const { items } = await store.listIncidents({ limit: 10, offset: 0 });
    expect(items).toEqual([
      incident({
        status: 'resolved',
        acknowledgedAt: '2026-03-10T10:02:00.000Z',
        resolvedAt: '2026-03-10T11:00:00.000Z',
      }),
    ]);
  });

  it("stores resolved incidents' steps, settles first acknowledgements from them, removes incidents and drops those older than the history", async () => {
    const { store } = await createStore(databaseId);
    const base = {
      at: '2026-03-15T12:00:00.000Z',
      directory,
      historyStart: '2026-03-01T00:00:00.000Z',
      incidentsSyncedUntil: '2026-03-15T12:00:00.000Z',
      counts,
    };
    const resolved = (id: string, createdAt: string) =>
      incident({
        id,
        createdAt,
        status: 'resolved',
        resolvedAt: '2026-03-14T00:00:00.000Z',
      });
    await store.saveSync({
      ...base,
      incidents: [
        resolved('PRES001', '2026-03-10T10:00:00.000Z'),
        resolved('PRES002', '2026-03-12T10:00:00.000Z'),
        incident({ id: 'POPEN01', createdAt: '2026-03-13T10:00:00.000Z' }),
        incident({ id: 'PGONE01', createdAt: '2026-03-13T11:00:00.000Z' }),
        incident({ id: 'POLD001', createdAt: '2026-02-20T00:00:00.000Z' }),
      ],
      removedIncidentIds: [],
    });
    expect(await store.listIncidentsAwaitingLogEntries()).toEqual([
      { id: 'PRES002', createdAt: '2026-03-12T10:00:00.000Z' },
      { id: 'PRES001', createdAt: '2026-03-10T10:00:00.000Z' },
    ]);
    expect(await store.listIncidentLogEntries('PRES001')).toBeUndefined();
    expect((await store.listOpenIncidentIds()).sort()).toEqual([
      'PGONE01',
      'POPEN01',
    ]);

    await store.saveSync({
      ...base,
      incidents: [],
      removedIncidentIds: ['PGONE01'],
    });
    const steps = [
      {
        id: 'R1',
        type: 'triggered' as const,
        at: '2026-03-10T10:00:00.000Z',
        agent: { type: 'service' as const, id: 'PGW0001', name: 'Gateway' },
        recipients: [],
        channel: 'api',
      },
      {
        id: 'R2',
        type: 'notified' as const,
        at: '2026-03-10T10:00:00.000Z',
        recipients: [{ type: 'user' as const, id: 'PUSER01', name: 'Ada' }],
        channel: 'sms',
        summary: 'Notified Ada by SMS.',
      },
      {
        id: 'R3',
        type: 'acknowledged' as const,
        at: '2026-03-10T10:04:00.000Z',
        agent: { type: 'user' as const, id: 'PUSER01', name: 'Ada' },
        recipients: [],
      },
      {
        id: 'R4',
        type: 'acknowledged' as const,
        at: '2026-03-10T10:40:00.000Z',
        agent: { type: 'user' as const, id: 'PUSER01', name: 'Ada' },
        recipients: [],
      },
    ];
    await store.saveIncidentLogEntries(
      [
        { incidentId: 'PRES001', entries: steps },
        { incidentId: 'PRES002', entries: [] },
      ],
      { ...counts, acknowledgementLookups: 2 },
    );
    expect(await store.listIncidentsAwaitingLogEntries()).toEqual([]);
    // Same-second steps keep their order.
    expect(await store.listIncidentLogEntries('PRES001')).toEqual(steps);
    expect(await store.listIncidentLogEntries('PRES002')).toEqual([]);
    expect(await store.getIncident('PRES001')).toMatchObject({
      acknowledgedAt: '2026-03-10T10:04:00.000Z',
    });
    expect((await store.getSyncState()).counts).toEqual({
      ...counts,
      acknowledgementLookups: 2,
    });
    expect(await store.listOpenIncidentIds()).toEqual(['POPEN01']);
    expect(
      await store.listIncidentTimes({
        serviceIds: ['PGW0001'],
        since: '2026-03-01T00:00:00.000Z',
      }),
    ).toEqual(
      expect.arrayContaining([
        {
          createdAt: '2026-03-10T10:00:00.000Z',
          acknowledgedAt: '2026-03-10T10:04:00.000Z',
          resolvedAt: '2026-03-14T00:00:00.000Z',
        },
      ]),
    );
    const { items } = await store.listIncidents({ limit: 10, offset: 0 });
    expect(items.map(i => i.id)).toEqual(['POPEN01', 'PRES002', 'PRES001']);

    // Leaving the history kept takes an incident's steps along.
    await store.saveSync({
      ...base,
      historyStart: '2026-03-11T00:00:00.000Z',
      incidents: [],
      removedIncidentIds: [],
    });
    expect(await store.getIncident('PRES001')).toBeUndefined();
    expect(await store.listIncidentLogEntries('PRES001')).toBeUndefined();
  });

  it('lets the log settle a first acknowledgement the snapshot only estimated', async () => {
    const { store } = await createStore(databaseId);
    await store.saveSync({
      at: '2026-03-15T12:00:00.000Z',
      directory,
      historyStart: '2026-03-01T00:00:00.000Z',
      incidentsSyncedUntil: '2026-03-15T12:00:00.000Z',
      counts,
      // Seen while acknowledged: a re-acknowledgement after a timeout looks like the first.
      incidents: [
        incident({
          status: 'resolved',
          acknowledgedAt: '2026-03-10T10:30:00.000Z',
          resolvedAt: '2026-03-10T11:00:00.000Z',
        }),
      ],
      removedIncidentIds: [],
    });
    const [{ id }] = await store.listIncidentsAwaitingLogEntries();
    await store.saveIncidentLogEntries([
      {
        incidentId: id,
        entries: [
          {
            id: 'R9',
            type: 'acknowledged',
            at: '2026-03-10T10:05:00.000Z',
            recipients: [],
          },
        ],
      },
    ]);
    expect((await store.getIncident(id))?.acknowledgedAt).toBe(
      '2026-03-10T10:05:00.000Z',
    );
  });

  /** A successful sync at noon of one service and one incident. */
  const noonSync = {
    at: '2026-03-15T12:00:00.000Z',
    directory,
    incidents: [incident({})],
    removedIncidentIds: [],
    historyStart: '2025-01-01T00:00:00.000Z',
    incidentsSyncedUntil: '2026-03-15T12:00:00.000Z',
    counts,
  };

  it('records failures without touching the last good snapshot', async () => {
    const { store } = await createStore(databaseId);
    await store.saveSync(noonSync);
    await store.recordSyncAttempt('2026-03-15T12:05:00.000Z');
    await store.recordSyncFailure({
      at: '2026-03-15T12:05:10.000Z',
      message: 'PagerDuty is rate-limiting us; retrying after 30 s',
      retryNotBefore: '2026-03-15T12:05:40.000Z',
    });
    expect(await store.getSyncState()).toEqual({
      lastAttemptAt: '2026-03-15T12:05:00.000Z',
      lastSuccessAt: '2026-03-15T12:00:00.000Z',
      lastError: {
        at: '2026-03-15T12:05:10.000Z',
        message: 'PagerDuty is rate-limiting us; retrying after 30 s',
      },
      retryNotBefore: '2026-03-15T12:05:40.000Z',
      incidentsSyncedUntil: '2026-03-15T12:00:00.000Z',
      counts,
    });
    expect(await store.listServices()).toHaveLength(1);
    expect((await store.listIncidents({ limit: 10, offset: 0 })).total).toBe(1);
  });

  it('raises the snapshot version on every change to the snapshot, not on sync health', async () => {
    const { store } = await createStore(databaseId);
    expect(await store.getSnapshotVersion()).toBe(0);
    await store.saveSync(noonSync);
    expect(await store.getSnapshotVersion()).toBe(1);
    // A sync at the very same time still counts as a new snapshot.
    await store.saveSync(noonSync);
    expect(await store.getSnapshotVersion()).toBe(2);
    await store.recordSyncAttempt('2026-03-15T12:05:00.000Z');
    await store.recordSyncFailure({
      at: '2026-03-15T12:05:10.000Z',
      message: 'PagerDuty answered 500',
    });
    expect(await store.getSnapshotVersion()).toBe(2);
    await store.saveIncidentLogEntries([
      { incidentId: 'PINC001', entries: [] },
    ]);
    expect(await store.getSnapshotVersion()).toBe(3);
    await store.upsertIncidents([incident({ id: 'PINC009', number: 109 })]);
    expect(await store.getSnapshotVersion()).toBe(4);
  });

  it('keeps incident triggers per person, ordered by id', async () => {
    const { store } = await createStore(databaseId);
    const first = await store.addIncidentTrigger({
      userRef: 'user:default/ada',
      entityRef: 'component:default/payment-gateway',
      at: '2026-03-15T12:00:00.000Z',
    });
    await store.addIncidentTrigger({
      userRef: 'user:default/ben',
      entityRef: 'component:default/payment-gateway',
      at: '2026-03-15T12:01:00.000Z',
    });
    const second = await store.addIncidentTrigger({
      userRef: 'user:default/ada',
      entityRef: 'component:default/ledger',
      at: '2026-03-15T12:02:00.000Z',
    });
    expect(second).toBeGreaterThan(first);
    await store.setIncidentTriggerDedupKey(first, 'readiness-portal/1');
    expect(
      await store.listIncidentTriggerTimes({
        userRef: 'user:default/ada',
        since: '2026-03-15T11:55:00.000Z',
        beforeId: second,
      }),
    ).toEqual(['2026-03-15T12:00:00.000Z']);
    await store.removeIncidentTrigger(first);
    expect(
      await store.listIncidentTriggerTimes({
        userRef: 'user:default/ada',
        since: '2026-03-15T11:55:00.000Z',
        beforeId: second + 1,
      }),
    ).toEqual(['2026-03-15T12:02:00.000Z']);
  });
});

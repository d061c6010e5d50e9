import {
  TestDatabases,
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  RunningPagerDutySandbox,
  startPagerDutySandbox,
} from '@readiness/pagerduty-sandbox';
import { mockPolicyPermissionsService } from '@readiness/plugin-permission-backend-module-readiness-policy/testUtils';
import express from 'express';
import { resolve as resolvePath } from 'node:path';
import request from 'supertest';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { PagerDutySync } from '../sync/PagerDutySync';
import { createSandboxClient } from '../__testUtils__/sandboxClient';
import { createTestStore } from '../__testUtils__/testStore';
import { OncallService } from './OncallService';
import { createRouter } from './router';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const catalogDir = resolvePath(__dirname, '../../../../catalog-info');
const TOKEN = 'router-test-token';

function group(name: string, title: string, domain: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      title,
      annotations: { 'readiness.dev/domain': domain },
    },
    spec: { type: 'team', children: [] },
  };
}

function component(
  name: string,
  owner: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, title: name, annotations },
    spec: { type: 'service', lifecycle: 'production', owner },
  };
}

// A slice of catalog-info/: the sandbox's account is seeded from the whole of it.
const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'registration-signup', title: 'Registration & sign-up' },
    spec: { owner: 'group:onboarding-squad' },
  },
  group('onboarding-squad', 'Onboarding Squad', 'registration-signup'),
  group('identity-squad', 'Identity Squad', 'registration-signup'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'priya.raman' },
    spec: {
      profile: { email: 'priya.raman@meridianpay.example' },
      memberOf: ['onboarding-squad'],
    },
  },
  component('signup-service', 'group:onboarding-squad', {
    'pagerduty.com/service-id': 'PL85PM1',
  }),
  component('referral-service', 'group:onboarding-squad'),
  component('retired-service', 'group:identity-squad', {
    'pagerduty.com/service-id': 'PRETIRED',
  }),
];

/** The demo people's ownership refs, from which the permission policy derives their roles. */
const ownership = {
  'user:default/ada.engineer': [
    'user:default/ada.engineer',
    'group:default/ach-operations-squad',
  ],
  'user:default/sam.lead': [
    'user:default/sam.lead',
    'group:default/ach-operations-squad',
  ],
  'user:default/lee.leader': [
    'user:default/lee.leader',
    'group:default/leadership',
  ],
  'user:default/alex.auditor': [
    'user:default/alex.auditor',
    'group:default/auditors',
  ],
};

describe('createRouter', () => {
  let sandbox: RunningPagerDutySandbox;
  let app: express.Express;
  let now: Date;
  const problems: string[] = [];

  beforeAll(async () => {
    now = new Date('2026-03-16T09:30:00.000Z');
    sandbox = await startPagerDutySandbox({
      catalogDir,
      token: TOKEN,
      clock: () => now,
    });
    const knex = await databases.init('SQLITE_3');
    const store = await createTestStore(knex);
    const client = createSandboxClient(sandbox, problems, {
      token: TOKEN,
      requestsPerMinute: 1_000_000,
    });
    const logger = mockServices.logger.mock();
    await new PagerDutySync({
      client,
      store,
      logger,
      incidentHistoryMonths: 18,
      onCallWindowMs: 7 * 24 * 3600 * 1000,
      acknowledgementLookupsPerRun: 1_000,
      now: () => now,
    }).run();
    const oncall = new OncallService({
      store,
      directory: new CatalogDirectory({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        cache: mockServices.cache.mock(),
      }),
      client,
      logger,
      source: 'sandbox',
      staleAfterSeconds: 900,
      now: () => now,
      sleep: async () => {},
    });
    app = express();
    app.use(
      await createRouter({
        httpAuth: mockServices.httpAuth(),
        permissions: mockPolicyPermissionsService(ownership),
        oncall,
      }),
    );
    app.use(mockErrorHandler());
  });

  afterAll(async () => {
    await sandbox.stop();
  });

  /** The routing key of a PagerDuty service's Events API v2 integration in the sandbox. */
  const routingKeyOf = (serviceId: string) =>
    sandbox.account.services.get(serviceId)!.integrations[0].key;

  it.each([
    ['get', '/status'],
    ['get', '/oncall/now'],
    ['get', '/oncall/entity/component/default/signup-service'],
    ['get', '/oncall/shifts?user=ada.engineer'],
    ['get', '/incidents'],
    ['get', '/incidents/analytics'],
    ['get', '/mapping'],
    ['get', '/users'],
    ['get', '/incidents/QNOSUCHINCIDENT/log-entries'],
    ['post', '/incidents'],
    ['get', '/pagerduty/services/PL85PM1'],
  ] as const)('refuses %s %s without credentials', async (method, path) => {
    const response = await request(app)
      [method](path)
      .set('Authorization', mockCredentials.none.header());
    expect(response.status).toBe(401);
  });

  it('reports where the data comes from and how fresh it is', async () => {
    const response = await request(app).get('/status');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      source: 'sandbox',
      baseUrl: sandbox.url,
      lastSuccessAt: now.toISOString(),
      lastAttemptAt: now.toISOString(),
      stale: false,
    });
  });

  it('answers who is on call with the same body until the next sync, however the clock moves', async () => {
    const first = await request(app).get('/oncall/now');
    const syncedAt = now;
    try {
      now = new Date(syncedAt.getTime() + 90_000);
      const later = await request(app).get('/oncall/now');
      expect(later.body.status.lastSuccessAt).toBe(syncedAt.toISOString());
      expect(later.headers.etag).toBe(first.headers.etag);
      expect(later.text).toBe(first.text);
    } finally {
      now = syncedAt;
    }
  });

  it('lists who is on call now per squad, with levels and the next handover', async () => {
    const response = await request(app).get('/oncall/now');
    expect(response.status).toBe(200);
    expect(response.body.status).toMatchObject({ source: 'sandbox' });
    const onboarding = response.body.items.find(
      (item: any) => item.entityRef === 'group:default/onboarding-squad',
    );
    expect(onboarding).toMatchObject({
      title: 'Onboarding Squad',
      domainRef: 'domain:default/registration-signup',
      // The heading's title comes with it: the page needs no catalog lookups.
      domainTitle: 'Registration & sign-up',
      escalationPolicy: {
        id: 'PAIZFAW',
        name: 'Onboarding Squad escalation policy',
        url: expect.stringMatching(/^https:\/\//),
      },
    });
    expect(onboarding.levels.map((l: any) => l.level)).toEqual([1, 2, 3]);
    const [primary] = onboarding.levels[0].now;
    expect(primary).toEqual({
      userId: expect.any(String),
      name: expect.any(String),
      email: expect.stringMatching(/@meridianpay\.example$/),
      scheduleName: expect.any(String),
      end: expect.any(String),
    });
    // Who takes over, and from when: no schedule or shift until they are on call.
    expect(onboarding.levels[0].next).toEqual({
      person: {
        userId: expect.any(String),
        name: expect.any(String),
        email: expect.stringMatching(/@meridianpay\.example$/),
      },
      start: expect.any(String),
    });
    // Policies of squads the catalog slice lacks still show under their service's entity or not at all.
    expect(
      response.body.items.every((item: any) => item.levels.length > 0),
    ).toBe(true);
  });

  it("lists a person's shifts now and to come, soonest first", async () => {
    // Priya leads the Onboarding Squad: its policy's last level pages her at any time.
    const priya = 'user:default/priya.raman';
    const response = await request(app).get(
      `/oncall/shifts?user=${encodeURIComponent(priya)}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.status).toMatchObject({ source: 'sandbox' });
    expect(response.body.items).toEqual([
      {
        escalationPolicy: {
          id: 'PAIZFAW',
          name: 'Onboarding Squad escalation policy',
          url: expect.stringMatching(/^https:\/\//),
        },
        level: 3,
        now: true,
      },
    ]);
    const onCallNow = await request(app).get('/oncall/now');
    const onboarding = onCallNow.body.items.find(
      (item: any) => item.entityRef === 'group:default/onboarding-squad',
    );
    expect(onboarding.levels[2].now[0].userRef).toBe(priya);
    const byName = await request(app).get('/oncall/shifts?user=priya.raman');
    expect(byName.body.items).toEqual(response.body.items);
    const nobody = await request(app).get('/oncall/shifts?user=no.such.person');
    expect(nobody.body.items).toEqual([]);
    const missing = await request(app).get('/oncall/shifts');
    expect(missing.status).toBe(400);
  });

  it('filters the on-call list by text', async () => {
    const response = await request(app).get('/oncall/now?q=IDENTITY');
    expect(response.status).toBe(200);
    expect(response.body.items.map((i: any) => i.entityRef)).toEqual([
      'group:default/identity-squad',
    ]);
    expect(response.body.total).toBe(1);
  });

  it('pages the on-call list in the order of its domains\' titles, counting every match', async () => {
    const all = await request(app).get('/oncall/now');
    expect(all.body.total).toBe(all.body.items.length);
    expect(all.body.items.length).toBeGreaterThanOrEqual(2);
    const first = await request(app).get('/oncall/now?limit=1');
    expect(first.body.items).toEqual(all.body.items.slice(0, 1));
    const second = await request(app).get('/oncall/now?offset=1&limit=1');
    expect(second.status).toBe(200);
    expect(second.body.items).toEqual(all.body.items.slice(1, 2));
    expect(second.body.total).toBe(all.body.items.length);
    // Every group with a domain carries its title; those without one come last.
    for (const item of all.body.items) {
      expect(Boolean(item.domainTitle)).toBe(Boolean(item.domainRef));
    }
    const placed = all.body.items.map((i: any) => Boolean(i.domainRef));
    expect(placed).toEqual([...placed].sort((a, b) => Number(b) - Number(a)));
    const titles = all.body.items.flatMap((i: any) => i.domainTitle ?? []);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    const beyond = await request(app).get(`/oncall/now?offset=${all.body.total}`);
    expect(beyond.body).toMatchObject({ items: [], total: all.body.total });
  });

  it.each([
    ['limit=0', 'limit: must be at least 1'],
    ['limit=501', 'limit: must be at most 500'],
    ['offset=-1', 'offset: must be a whole number'],
    ['limit=ten', 'limit: must be a whole number'],
  ])('refuses an on-call page of %s, naming the parameter', async (params, message) => {
    const response = await request(app).get(`/oncall/now?${params}`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(message);
  });

  it("answers for a service with its own policy, and for an entity without one with its owner squad's", async () => {
    const own = await request(app).get(
      '/oncall/entity/component/default/signup-service',
    );
    expect(own.status).toBe(200);
    expect(own.body.items).toHaveLength(1);
    expect(own.body.items[0]).toMatchObject({
      entityRef: 'component:default/signup-service',
      domainRef: 'domain:default/registration-signup',
      escalationPolicy: { id: 'PAIZFAW' },
    });
    // The policy names the PagerDuty services that page it, so callers can tell who answers one.
    const mapping = await request(app).get('/mapping');
    const signupServices = mapping.body.mapped
      .filter((m: any) => m.entityRef === 'component:default/signup-service')
      .map((m: any) => m.serviceId);
    expect(signupServices.length).toBeGreaterThan(0);
    expect(own.body.items[0].escalationPolicy.serviceIds).toEqual(
      expect.arrayContaining(signupServices),
    );

    const owners = await request(app).get(
      '/oncall/entity/component/default/referral-service',
    );
    expect(owners.body.items.map((i: any) => i.entityRef)).toEqual([
      'group:default/onboarding-squad',
    ]);

    const squad = await request(app).get(
      '/oncall/entity/group/default/identity-squad',
    );
    expect(squad.body.items.map((i: any) => i.escalationPolicy.id)).toEqual([
      'PBD5F7E',
    ]);

    const unknown = await request(app).get(
      '/oncall/entity/component/default/no-such-thing',
    );
    expect(unknown.status).toBe(404);
  });

  it('lists incidents of a service or squad, newest first, with a total', async () => {
    const response = await request(app).get(
      '/incidents?entityRef=group:default/onboarding-squad&limit=5',
    );
    expect(response.status).toBe(200);
    expect(response.body.total).toBeGreaterThan(0);
    expect(response.body.items.length).toBeLessThanOrEqual(5);
    const [first] = response.body.items;
    expect(first).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        number: expect.any(Number),
        title: expect.any(String),
        status: expect.stringMatching(/^(triggered|acknowledged|resolved)$/),
        serviceId: expect.any(String),
        createdAt: expect.any(String),
      }),
    );
    const dates = response.body.items.map((i: any) => i.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);

    const ofService = await request(app).get(
      '/incidents?entityRef=component:default/signup-service&status=resolved&since=2025-01-01&until=2026-04-01',
    );
    expect(ofService.status).toBe(200);
    for (const incident of ofService.body.items) {
      expect(incident).toMatchObject({
        serviceId: 'PL85PM1',
        entityRef: 'component:default/signup-service',
        status: 'resolved',
        resolvedAt: expect.any(String),
      });
    }
  });

  it.each([
    ['/incidents?entityRef=nope', 'entityRef'],
    ['/incidents?since=yesterday', 'since'],
    ['/incidents?status=open', 'status'],
    ['/incidents?limit=0', 'limit'],
    ['/incidents?since=2026-03-02&until=2026-03-01', 'until'],
    ['/incidents/analytics?months=0', 'months'],
    ['/incidents/analytics?months=twelve', 'months'],
  ])('refuses %s naming %s', async (path, field) => {
    const response = await request(app).get(path);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(`${field}:`);
  });

  it('computes incidents, MTTA and MTTR per month', async () => {
    const response = await request(app).get(
      '/incidents/analytics?entityRef=group:default/onboarding-squad&months=6',
    );
    expect(response.status).toBe(200);
    expect(response.body.months.map((m: any) => m.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    const count = response.body.months.reduce(
      (sum: number, m: any) => sum + m.count,
      0,
    );
    expect(response.body.totals.count).toBe(count);
    expect(count).toBeGreaterThan(0);
    expect(response.body.totals.mttaSeconds).toBeGreaterThan(0);
    expect(response.body.totals.mttrSeconds).toBeGreaterThan(
      response.body.totals.mttaSeconds,
    );
  });

  it('maps PagerDuty services to catalog entities and lists the leftovers', async () => {
    const response = await request(app).get('/mapping');
    expect(response.status).toBe(200);
    expect(response.body.mapped).toEqual([
      {
        serviceId: 'PL85PM1',
        serviceName: 'signup-service',
        entityRef: 'component:default/signup-service',
      },
    ]);
    expect(response.body.unmappedEntities).toEqual([
      {
        entityRef: 'component:default/retired-service',
        title: 'retired-service',
      },
    ]);
    expect(response.body.unmappedServices).toEqual(
      expect.arrayContaining([
        { serviceId: 'PGK5294', serviceName: 'identity-service' },
      ]),
    );
  });

  it('lists the PagerDuty users by name with the catalog User of the same e-mail, to backends too', async () => {
    const response = await request(app)
      .get('/users')
      .set('Authorization', mockCredentials.service.header());
    expect(response.status).toBe(200);
    expect(response.body.status).toMatchObject({
      source: 'sandbox',
      lastSuccessAt: now.toISOString(),
    });
    const { items } = response.body;
    expect(items.length).toBe(sandbox.account.users.size);
    const names = items.map((u: any) => u.name);
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en-US')),
    );
    // The catalog slice has one User; only the PagerDuty user with their e-mail maps to it.
    expect(items.filter((u: any) => u.userRef)).toEqual([
      {
        id: expect.stringMatching(/^P/),
        name: expect.any(String),
        email: 'priya.raman@meridianpay.example',
        htmlUrl: expect.stringMatching(/^https:\/\//),
        userRef: 'user:default/priya.raman',
      },
    ]);
  });

  describe('GET /incidents/:id/log-entries', () => {
    it("serves a resolved incident's steps from the snapshot, oldest first, with who did what", async () => {
      const resolved = await request(app).get(
        '/incidents?status=resolved&limit=20',
      );
      const incident = resolved.body.items.find((i: any) => i.acknowledgedAt);
      const response = await request(app).get(
        `/incidents/${incident.id}/log-entries`,
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: { source: 'sandbox', lastSuccessAt: now.toISOString() },
        incident: { id: incident.id, status: 'resolved' },
        source: 'snapshot',
      });
      const { items } = response.body;
      expect(items[0]).toMatchObject({
        type: 'triggered',
        at: incident.createdAt,
        agent: { type: 'service', id: incident.serviceId },
      });
      expect(items[items.length - 1]).toMatchObject({
        type: 'resolved',
        at: incident.resolvedAt,
      });
      const times = items.map((i: any) => i.at);
      expect([...times].sort()).toEqual(times);
      for (const item of items) {
        expect([
          'triggered',
          'acknowledged',
          'escalated',
          'notified',
          'resolved',
        ]).toContain(item.type);
      }
      expect(items[1]).toMatchObject({
        type: 'notified',
        at: incident.createdAt,
        recipients: [
          { type: 'user', id: expect.any(String), name: expect.any(String) },
        ],
        channel: 'push',
      });
      const acknowledged = items.find((i: any) => i.type === 'acknowledged');
      expect(response.body.incident.acknowledgedAt).toBe(acknowledged.at);
      expect(acknowledged.agent).toMatchObject({
        type: 'user',
        name: expect.any(String),
      });
    });

    it("reads an open incident's steps from PagerDuty, and says so when it cannot", async () => {
      const raised = await request(app)
        .post('/incidents')
        .set('Authorization', mockCredentials.user.header('user:default/logs'))
        .send({
          entityRef: 'component:default/signup-service',
          title: 'Sign-up emails not sent',
        });
      expect(raised.status).toBe(201);
      const path = `/incidents/${raised.body.incidentId}/log-entries`;
      const response = await request(app).get(path);
      expect(response.status).toBe(200);
      expect(response.body.source).toBe('pagerduty');
      expect(response.body.incident).toMatchObject({ status: 'triggered' });
      expect(response.body.items[0]).toMatchObject({
        type: 'triggered',
        agent: { type: 'service', id: 'PL85PM1' },
      });
      expect(response.body.items[1]).toMatchObject({ type: 'notified' });

      await sandbox.controls.setOutage(true, 'service-unavailable');
      try {
        const down = await request(app).get(path);
        expect(down.status).toBe(503);
        expect(down.body.error.message).toMatch(
          new RegExp(
            `^Could not read the log entries of incident ${raised.body.incidentId} from PagerDuty: PagerDuty answered 503`,
          ),
        );
      } finally {
        await sandbox.controls.setOutage(false);
      }
    });

    it('answers 404 for an incident not in the snapshot and 400 for a malformed id', async () => {
      const unknown = await request(app).get(
        '/incidents/QNOSUCHINCIDENT/log-entries',
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toBe(
        'Incident QNOSUCHINCIDENT is not in the PagerDuty snapshot',
      );
      const bad = await request(app).get('/incidents/not-an-id/log-entries');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(
        /^id: must be a PagerDuty incident id/,
      );
    });
  });

  describe('POST /incidents', () => {
    const user = (name: string) =>
      mockCredentials.user.header(`user:default/${name}`);

    it('raises an incident through Events API v2 and returns its number', async () => {
      const response = await request(app)
        .post('/incidents')
        .set('Authorization', user('grace'))
        .send({
          entityRef: 'component:default/signup-service',
          title: 'Customers cannot finish sign-up',
          description: 'The last step spins forever.',
        });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        incidentNumber: expect.any(Number),
        incidentId: expect.any(String),
        dedupKey: expect.stringMatching(/^readiness-portal\//),
        serviceName: 'signup-service',
      });
      const open = await request(app).get(
        '/incidents?entityRef=component:default/signup-service&status=triggered',
      );
      expect(open.body.items.map((i: any) => i.id)).toContain(
        response.body.incidentId,
      );
      const event = sandbox.requestLog.findLast(r => r.path === '/v2/enqueue');
      // The routing key of the service's Events API v2 integration, as synced.
      expect(event?.body).toMatchObject({
        routing_key: routingKeyOf('PL85PM1'),
        event_action: 'trigger',
        payload: {
          summary: 'Customers cannot finish sign-up',
          custom_details: { raised_by: 'user:default/grace' },
        },
      });
    });

    it('refuses an entity without a PagerDuty integration', async () => {
      const response = await request(app).post('/incidents').send({
        entityRef: 'component:default/referral-service',
        title: 'Down',
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(
        /^component:default\/referral-service has no PagerDuty integration to raise an incident through; /,
      );
    });

    it('refuses bad input naming the field', async () => {
      const response = await request(app)
        .post('/incidents')
        .send({ entityRef: 'component:default/signup-service', title: ' ' });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe('title: must not be empty');
    });

    it.each([
      ['ada.engineer', 201, undefined],
      ['sam.lead', 201, undefined],
      ['lee.leader', 201, undefined],
      [
        'alex.auditor',
        403,
        'You may not raise incidents (permission readiness.incident.trigger)',
      ],
    ])(
      'answers %s as the permission policy decides (%i)',
      async (who, status, refusal) => {
        const response = await request(app)
          .post('/incidents')
          .set('Authorization', user(who))
          .send({
            entityRef: 'component:default/signup-service',
            title: 'Card payments fail',
          });
        expect({
          status: response.status,
          refusal: response.body.error?.message,
        }).toEqual({ status, refusal });
      },
    );

    it('allows three incidents per person in ten minutes', async () => {
      const raise = (who: string) =>
        request(app).post('/incidents').set('Authorization', user(who)).send({
          entityRef: 'component:default/signup-service',
          title: 'Down',
        });
      for (let i = 0; i < 3; i++) {
        expect((await raise('hasty')).status).toBe(201);
      }
      const refused = await raise('hasty');
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('600');
      expect(refused.body.error.message).toMatch(/^You raised 3 incidents/);
      expect((await raise('calm')).status).toBe(201);

      now = new Date(now.getTime() + 601_000);
      expect((await raise('hasty')).status).toBe(201);
    });
  });

  describe("the PagerDuty card's reads under /pagerduty", () => {
    // The card's queries carry parameters PagerDuty's documents leave out (time_zone on one
    // service, sort_by on change events); the relay passes them as the card sends them.
    let problemsBefore: number;
    beforeAll(() => {
      problemsBefore = problems.length;
    });
    afterAll(() => {
      problems.splice(problemsBefore);
    });

    const serviceRead =
      '/pagerduty/services/PL85PM1?time_zone=UTC&include[]=integrations&include[]=escalation_policies';

    it('answers the reads of @backstage/plugin-pagerduty 0.6.8 from PagerDuty, without routing keys', async () => {
      const service = await request(app).get(serviceRead);
      expect(service.status).toBe(200);
      expect(service.body.service).toMatchObject({
        id: 'PL85PM1',
        name: 'signup-service',
        escalation_policy: { id: 'PAIZFAW' },
        integrations: [
          { id: expect.any(String), type: 'events_api_v2_inbound_integration' },
        ],
      });
      expect(service.body.service.integrations[0]).not.toHaveProperty(
        'integration_key',
      );
      for (const path of [
        '/pagerduty/incidents?time_zone=UTC&sort_by=created_at&statuses[]=triggered&statuses[]=acknowledged&service_ids[]=PL85PM1',
        '/pagerduty/oncalls?time_zone=UTC&include[]=users&escalation_policy_ids[]=PAIZFAW',
        '/pagerduty/services/PL85PM1/change_events?limit=5&time_zone=UTC&sort_by=timestamp',
        `/pagerduty/services?time_zone=UTC&include[]=integrations&query=${routingKeyOf(
          'PL85PM1',
        )}`,
      ]) {
        const response = await request(app).get(path);
        expect({ path, status: response.status }).toEqual({
          path,
          status: 200,
        });
        expect(response.text).not.toContain(routingKeyOf('PL85PM1'));
      }
    });

    it('reaches nothing else of PagerDuty, and writes nothing', async () => {
      for (const [method, path] of [
        ['get', '/pagerduty/users'],
        ['get', '/pagerduty/services/PL85PM1/integrations/PANYID1'],
        ['get', '/pagerduty/services/PL85PM1%2F..%2F..%2Fusers'],
        ['post', '/pagerduty/incidents'],
        ['post', '/pagerduty/v2/enqueue'],
        ['put', '/pagerduty/services/PL85PM1'],
      ] as const) {
        const response = await request(app)[method](path).send({});
        expect({ method, path, status: response.status }).toEqual({
          method,
          path,
          status: 404,
        });
      }
    });

    it('answers 404 for what PagerDuty does not have, and 503 in its error shape when it fails', async () => {
      const missing = await request(app).get('/pagerduty/services/PNOSUCH');
      expect(missing.status).toBe(404);

      await sandbox.controls.setOutage(true, 'service-unavailable');
      try {
        const down = await request(app).get(serviceRead);
        expect(down.status).toBe(503);
        expect(down.body.errors).toEqual([
          expect.stringMatching(
            /^Could not read \/services\/PL85PM1 from PagerDuty: PagerDuty answered 503/,
          ),
        ]);
      } finally {
        await sandbox.controls.setOutage(false);
      }
    });
  });

  it('answers no routing key on any route', async () => {
    const keys = [...sandbox.account.services.values()].flatMap(service =>
      service.integrations.map(integration => integration.key),
    );
    expect(keys.length).toBeGreaterThan(20);
    const answers = await Promise.all(
      [
        '/status',
        '/oncall/now',
        '/oncall/entity/component/default/signup-service',
        '/incidents?limit=500',
        '/incidents/analytics',
        '/mapping',
        '/users',
        '/pagerduty/services?include[]=integrations&limit=100',
        '/pagerduty/incidents?include[]=services&limit=100',
      ].map(path => request(app).get(path)),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      for (const key of keys) {
        expect(answer.text).not.toContain(key);
      }
    }
  });

  // Last: covers every request the tests above made, trigger events and look-ups included.
  it('sent PagerDuty only requests its OpenAPI documents describe', () => {
    expect(problems).toEqual([]);
  });
});

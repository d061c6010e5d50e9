import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { RecordsIndex } from '@readiness/plugin-readiness-node';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import express from 'express';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { postmortemsPlugin } from '../plugin';
import { PostmortemsService } from './PostmortemsService';
import { createRouter } from './router';

// The demo's fixed clock: deadlines and ages are computed against 2026-11-21.
const NOW = new Date('2026-11-21T12:00:00Z');
const entities = loadDemoEntities();
const postmortems = entities.filter(e => e.kind === 'Postmortem');
const taxonomyFile = resolve(
  __dirname,
  '../../../../catalog-info/taxonomy.yaml',
);

async function startApp(permissions = mockServices.permissions()) {
  const index = new RecordsIndex({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
  });
  const app = express();
  app.use(
    '/api/postmortems',
    await createRouter({
      httpAuth: mockServices.httpAuth(),
      permissions,
      service: new PostmortemsService({ index, clock: () => NOW }),
    }),
  );
  app.use(mockErrorHandler());
  return app;
}

/** The plugin on a test backend over the given entities, with the given configuration. */
function startPostmortemsBackend(catalogEntities: Entity[], config: object) {
  return startTestBackend({
    features: [
      postmortemsPlugin,
      catalogServiceMock.factory({ entities: catalogEntities }),
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
}

describe('post-mortem routes', () => {
  let app: express.Express;
  const get = (path: string) =>
    request(app).get(path).set('Authorization', mockCredentials.user.header());

  beforeAll(async () => {
    app = await startApp();
  });

  it.each([
    '/api/postmortems',
    '/api/postmortems/facets',
    '/api/postmortems/facets/service?q=ach',
    '/api/postmortems/analytics',
    '/api/postmortems/actions',
    '/api/postmortems/actions/export.csv',
    '/api/postmortems/dora-report/default/2025-12-10-api-gateway-bad-deploy-outage',
  ])('%s needs a signed-in user', async path => {
    const response = await request(app)
      .get(path)
      .set('Authorization', mockCredentials.none.header());
    expect(response.status).toBe(401);
  });

  it('lists the library newest first with each row’s impact, duration and timeliness', async () => {
    const response = await get(
      '/api/postmortems?sort=startedAt&order=desc&limit=5',
    );
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(postmortems.length);
    expect(response.body.items).toHaveLength(5);
    const starts = response.body.items.map(
      (row: { startedAt: string }) => row.startedAt,
    );
    expect(starts).toEqual([...starts].sort().reverse());
    expect(response.body.items[0]).toMatchObject({
      ref: 'postmortem:default/2026-11-12-ach-1400-window-missed-queue-lag',
      customerImpact: '10-25%',
      durationMinutes: 130,
      publication: { state: 'overdue', deadline: '2026-11-15' },
    });
  });

  it('filters by severity, squad, service, domain, journey, taxonomy, review type and period', async () => {
    const count = async (query: string) =>
      (await get(`/api/postmortems?${query}`)).body.total as number;
    const specs = postmortems.map(p => p.spec as Record<string, any>);
    expect(await count('filter[severity]=critical')).toBe(
      specs.filter((s: Record<string, any>) => s.severity === 'critical')
        .length,
    );
    expect(
      await count('filter[squad]=group:default/ach-operations-squad'),
    ).toBe(
      specs.filter(
        (s: Record<string, any>) => s.owner === 'group:ach-operations-squad',
      ).length,
    );
    expect(
      await count('filter[service]=component:default/payment-gateway'),
    ).toBe(
      specs.filter((s: Record<string, any>) =>
        s.services.includes('component:payment-gateway'),
      ).length,
    );
    expect(await count('filter[journey]=card-payment')).toBe(
      specs.filter((s: Record<string, any>) =>
        s.journeys?.includes('card-payment'),
      ).length,
    );
    expect(await count('filter[taxonomy]=dependency')).toBe(
      specs.filter((s: Record<string, any>) =>
        s.taxonomy?.some((t: string) => t.startsWith('dependency/')),
      ).length,
    );
    expect(await count('filter[reviewType]=success')).toBe(2);
    expect(await count('filter[status]=draft&filter[status]=in-review')).toBe(
      2,
    );
    expect(await count('from=2026-01-01&to=2026-03-31')).toBe(
      specs.filter(
        (s: Record<string, any>) =>
          s.startedAt >= '2026-01-01' && s.startedAt < '2026-04-01',
      ).length,
    );
    // ACH services belong to the transfers domain through the ach system.
    expect(
      await count('filter[domain]=domain:default/transfers'),
    ).toBeGreaterThanOrEqual(
      specs.filter(
        (s: Record<string, any>) => s.owner === 'group:ach-operations-squad',
      ).length,
    );
    expect(await count('q=certificate')).toBeGreaterThan(0);
  });

  it('finds the post-mortems that review given PagerDuty incidents', async () => {
    const response = await get(
      '/api/postmortems?filter[incident]=CHAJF08DQJVQTZ&filter[incident]=YTV2EBV6RP9J67&filter[incident]=QNOREVIEW',
    );
    expect(response.status).toBe(200);
    const reviewed = response.body.items.map(
      (row: { incidents: string[] }) => row.incidents,
    );
    expect(reviewed).toHaveLength(2);
    expect(reviewed).toEqual(
      expect.arrayContaining([
        ['Q8QYAUY9HL92XQ', 'CHAJF08DQJVQTZ'],
        ['YTV2EBV6RP9J67'],
      ]),
    );
    const unauthenticated = await request(app)
      .get('/api/postmortems?filter[incident]=YTV2EBV6RP9J67')
      .set('Authorization', mockCredentials.none.header());
    expect(unauthenticated.status).toBe(401);
  });

  it.each([
    ['filter[colour]=red', 'filter[colour] is not a filter here'],
    ['sort=colour', 'sort must be one of'],
    ['from=21/11/2026', 'from must be a date YYYY-MM-DD'],
    ['to=2026-02-30', 'to must be a date YYYY-MM-DD'],
    ['from=2026-06-01&to=2026-01-01', 'from must not be after to'],
    ['limit=5000', 'limit must be at most 500'],
  ])('answers 400 to %s', async (query, message) => {
    for (const path of ['/api/postmortems', '/api/postmortems/analytics']) {
      const response = await get(`${path}?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    }
  });

  it('answers 400 to an unknown reliability dimension or figure, naming it', async () => {
    for (const path of ['reliability', 'reliability/export.csv']) {
      const dimension = await get(
        `/api/postmortems/analytics/${path}?by=colour`,
      );
      expect(dimension.status).toBe(400);
      expect(dimension.body.error.message).toBe(
        'by must be one of squad, service, domain, journey (got "colour")',
      );
    }
    // The figures sort by figures, not by the library's columns.
    const sort = await get(
      '/api/postmortems/analytics/reliability?sort=startedAt',
    );
    expect(sort.status).toBe(400);
    expect(sort.body.error.message).toBe(
      'sort must be one of key, incidents, customerImpacting, mttdMinutes, mttrMinutes, mtbfDays (got "startedAt")',
    );
  });

  it('answers 400 to an unknown action filter', async () => {
    const response = await get(
      '/api/postmortems/actions?filter[severity]=high',
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('filter[severity]');
  });

  it('offers the filter values that occur, with catalog titles', async () => {
    const response = await get('/api/postmortems/facets');
    expect(response.status).toBe(200);
    expect(response.body.today).toBe('2026-11-21');
    expect(
      response.body.facets.severity.map((f: { value: string }) => f.value),
    ).toEqual(['critical', 'high', 'medium', 'low']);
    expect(response.body.facets.squad).toContainEqual({
      value: 'group:default/ach-operations-squad',
      title: 'ACH Operations Squad',
      count: 5,
    });
    // The demo's fields fit a menu: every value is sent, and counted in the totals.
    for (const [field, values] of Object.entries(response.body.facets)) {
      expect(response.body.totals[field]).toBe((values as unknown[]).length);
    }
  });

  it("finds a field's values by text, for a filter menu's search", async () => {
    const response = await get('/api/postmortems/facets/squad?q=ACH%20op');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      field: 'squad',
      values: [
        {
          value: 'group:default/ach-operations-squad',
          title: 'ACH Operations Squad',
          count: 5,
        },
      ],
      total: 1,
    });
    const unknown = await get('/api/postmortems/facets/colour?q=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(
      /^colour is not a facet; use one of severity, status, /,
    );
    const empty = await get('/api/postmortems/facets/squad?q=%20');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe(
      'q must be the text to look for in the values',
    );
  });

  it('titles root-cause tags and categories from the taxonomy file (readiness.taxonomyFile)', async () => {
    const { server } = await startPostmortemsBackend(entities, {
      readiness: { taxonomyFile },
    });
    const getFrom = (path: string) =>
      request(server)
        .get(path)
        .set('Authorization', mockCredentials.user.header());
    // The titles as the file spells them, read here without the code under test.
    const file = parse(readFileSync(taxonomyFile, 'utf8')) as {
      categories: Array<{
        id: string;
        title: string;
        tags: Array<{ id: string; title: string }>;
      }>;
    };
    const titles = new Map<string, string>();
    for (const category of file.categories) {
      titles.set(category.id, category.title);
      for (const tag of category.tags) titles.set(tag.id, tag.title);
    }

    const facets = await getFrom('/api/postmortems/facets');
    expect(facets.status).toBe(200);
    const taxonomy: Array<{ value: string; title?: string }> =
      facets.body.facets.taxonomy;
    expect(taxonomy.length).toBeGreaterThan(0);
    for (const value of taxonomy) {
      expect(value.title).toBe(titles.get(value.value));
    }
    expect(taxonomy).toContainEqual(
      expect.objectContaining({ value: 'change', title: 'Change' }),
    );

    const categories = await getFrom('/api/postmortems/taxonomy');
    expect(categories.status).toBe(200);
    expect(categories.body.categories).toEqual(file.categories);
  });

  it('leaves root-cause tags untitled without a taxonomy file', async () => {
    const facets = await get('/api/postmortems/facets');
    expect(
      facets.body.facets.taxonomy.every(
        (f: { title?: string }) => f.title === undefined,
      ),
    ).toBe(true);
    expect((await get('/api/postmortems/taxonomy')).body).toEqual({
      categories: [],
    });
  });

  it('computes the analytics over the selected post-mortems', async () => {
    const all = await get('/api/postmortems/analytics');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({
      months: { from: '2025-05', to: '2026-11' },
      publication: { onTime: 23, late: 6, overdue: 2, due: 0 },
      sinceLastCustomerImpact: { days: 9 },
    });
    // By squad, service, domain or journey: a list of its own, paged.
    expect(all.body).not.toHaveProperty('reliability');

    const ach = await get(
      '/api/postmortems/analytics?filter[squad]=group:default/ach-operations-squad&from=2026-01-01',
    );
    expect(ach.body.months).toEqual({ from: '2026-01', to: '2026-11' });
    expect(ach.body.overall).toMatchObject({
      incidents: 3,
      customerImpacting: 3,
    });
  });

  it('pages and sorts the reliability figures of the selected post-mortems', async () => {
    const everySquad = await get(
      '/api/postmortems/analytics/reliability?limit=500',
    );
    expect(everySquad.status).toBe(200);
    const squads = everySquad.body.items;
    expect(everySquad.body.total).toBe(squads.length);
    expect(squads.length).toBeGreaterThan(3);
    // Unsorted, the busiest first.
    const incidents = squads.map((row: { incidents: number }) => row.incidents);
    expect(incidents).toEqual([...incidents].sort((a, b) => b - a));

    const secondPage = await get(
      '/api/postmortems/analytics/reliability?offset=2&limit=2',
    );
    expect(secondPage.body).toMatchObject({
      items: squads.slice(2, 4),
      total: squads.length,
      offset: 2,
      limit: 2,
    });

    const slowest = await get(
      '/api/postmortems/analytics/reliability?by=service&sort=mttrMinutes&order=desc&limit=3',
    );
    const mttr = slowest.body.items.map(
      (row: { mttrMinutes: number }) => row.mttrMinutes,
    );
    expect(mttr).toHaveLength(3);
    expect(mttr).toEqual([...mttr].sort((a, b) => b - a));
    expect(slowest.body.items[0].key).toMatch(/^component:/);

    // The library's filters and period select the post-mortems the figures are over.
    const ach = await get(
      '/api/postmortems/analytics/reliability?filter[squad]=group:default/ach-operations-squad&from=2026-01-01',
    );
    expect(ach.body).toMatchObject({
      total: 1,
      items: [
        {
          key: 'group:default/ach-operations-squad',
          incidents: 3,
          customerImpacting: 3,
        },
      ],
    });

    // The export holds every row, in the order asked for.
    const csv = await get(
      '/api/postmortems/analytics/reliability/export.csv?by=service&sort=mttrMinutes&order=desc&limit=3',
    );
    expect(csv.headers['content-disposition']).toContain(
      'reliability-by-service.csv',
    );
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'service,Incidents,Customer-impacting incidents,MTTD (minutes),MTTR (minutes),MTBF (days)',
    );
    const everyService = await get(
      '/api/postmortems/analytics/reliability?by=service&limit=500',
    );
    expect(lines).toHaveLength(everyService.body.total + 1);
    expect(lines[1].split(',')[0]).toBe(slowest.body.items[0].key);
  });

  it('lists open actions of post-mortems and exercises, overdue first, and exports them', async () => {
    const response = await get('/api/postmortems/actions?limit=500');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(19);
    const overdue = response.body.items.map(
      (item: { overdue: boolean }) => item.overdue,
    );
    expect(overdue).toEqual([...overdue].sort().reverse());

    const exercises = await get(
      '/api/postmortems/actions?filter[source]=exercise&filter[category]=process',
    );
    for (const item of exercises.body.items) {
      expect(item).toMatchObject({
        source: { kind: 'Exercise' },
        category: 'process',
      });
    }

    const csv = await get(
      '/api/postmortems/actions/export.csv?filter[overdue]=true',
    );
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Action,Category,Term,Status,Owner/);
    expect(lines).toHaveLength(1 + overdue.filter(Boolean).length);
  });

  it('exports the selected library rows as CSV', async () => {
    const csv = await get(
      '/api/postmortems/export.csv?filter[reviewType]=success',
    );
    expect(csv.status).toBe(200);
    expect(csv.text.trim().split('\r\n')).toHaveLength(3);
  });

  it('filters the library on DORA classification and report states', async () => {
    const names = async (query: string) =>
      (await get(`/api/postmortems?${query}`)).body.items
        .map((row: { name: string }) => row.name)
        .sort();
    expect(await names('filter[classification]=major')).toEqual([
      '2025-12-10-api-gateway-bad-deploy-outage',
      '2026-09-22-card-authorization-hsm-certificate-expired',
      '2026-11-12-ach-1400-window-missed-queue-lag',
    ]);
    expect(await names('filter[classification]=not-major')).toEqual([
      '2025-09-24-payment-gateway-db-failover-errors',
      '2026-01-27-notification-queue-backlog',
      '2026-08-03-aws-az-impairment-kafka-broker-loss',
      '2026-11-06-fraud-scoring-vendor-timeouts',
    ]);
    expect(await names('filter[classification]=insufficient-data')).toEqual([
      '2026-10-02-positive-pay-exceptions-not-presented',
    ]);
    // The intermediate report of the 14:00 window was due 72 h after the initial one.
    expect(await names('filter[doraReports]=overdue')).toEqual([
      '2026-11-12-ach-1400-window-missed-queue-lag',
    ]);
    expect(await names('filter[doraReports]=late')).toEqual([
      '2025-12-10-api-gateway-bad-deploy-outage',
    ]);
    const facets = await get('/api/postmortems/facets');
    expect(facets.body.facets.classification.map((f: any) => f.value)).toEqual([
      'major',
      'not-major',
      'insufficient-data',
      'not-assessed',
    ]);
  });

  it('counts major incidents per quarter, those reported late apart', async () => {
    const response = await get('/api/postmortems/analytics?from=2025-10-01');
    const quarters = response.body.majorIncidentsPerQuarter;
    expect(quarters.map((q: { quarter: string }) => q.quarter)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(quarters).toContainEqual({
      quarter: '2025-Q4',
      major: 1,
      reportedLate: 1,
    });
    expect(quarters).toContainEqual({
      quarter: '2026-Q3',
      major: 1,
      reportedLate: 0,
    });
    expect(quarters).toContainEqual({
      quarter: '2026-Q4',
      major: 1,
      reportedLate: 1,
    });
  });

  it('drafts a major incident’s DORA report as JSON and CSV', async () => {
    const path =
      '/api/postmortems/dora-report/default/2025-12-10-api-gateway-bad-deploy-outage';
    const json = await get(path);
    expect(json.status).toBe(200);
    expect(json.headers['content-disposition']).toContain(
      'dora-report-2025-12-10-api-gateway-bad-deploy-outage.json',
    );
    expect(json.body).toMatchObject({
      postmortem: 'postmortem:default/2025-12-10-api-gateway-bad-deploy-outage',
      classification: 'major',
      source: expect.stringContaining('2024/1772'),
    });
    expect(
      json.body.clocks.map(
        (c: { report: string; dueAt: string; state: string }) => [
          c.report,
          c.dueAt,
          c.state,
        ],
      ),
    ).toEqual([
      ['initial', '2025-12-10T19:30:00Z', 'late'],
      ['intermediate', '2025-12-13T21:10:00Z', 'on-time'],
      ['final', '2026-01-13T17:00:00Z', 'late'],
    ]);
    expect(json.body.fields).toContainEqual({
      section: 'initial',
      field: 'Member states affected',
      value: 'DE FR ES IT',
    });
    expect(json.body.fields).toContainEqual({
      section: 'final',
      field: 'Economic impact (amount)',
      value: 180000,
    });

    const csv = await get(`${path}?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('Report,Field,Value');
    expect(lines).toContain('initial,State,late');
  });

  it.each([
    [
      '2025-12-10-api-gateway-bad-deploy-outage?format=xml',
      400,
      'format must be json or csv (got "xml")',
    ],
    [
      'no-such-postmortem',
      404,
      'No post-mortem postmortem:default/no-such-postmortem',
    ],
  ])(
    'answers the DORA report draft of %s with %i',
    async (path, status, message) => {
      const response = await get(
        `/api/postmortems/dora-report/default/${path}`,
      );
      expect(response.status).toBe(status);
      expect(response.body.error.message).toContain(message);
    },
  );

  it('refuses the DORA report draft when the policy denies its permission', async () => {
    const denied = await startApp(
      mockServices.permissions({ result: AuthorizeResult.DENY }),
    );
    const response = await request(denied)
      .get(
        '/api/postmortems/dora-report/default/2025-12-10-api-gateway-bad-deploy-outage',
      )
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain(
      'readiness.postmortem.dora-report.export',
    );
  });
});

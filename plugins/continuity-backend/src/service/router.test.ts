import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import express from 'express';
import request from 'supertest';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import { DORA_FINDING_EXAMPLES, DORA_TABLE_CODES } from '@readiness/plugin-continuity-common';
import { testContinuityService } from '../__testUtils__/registerHistory';
import { IncidentReader } from './PagerDutyRecoveries';
import { createRouter } from './router';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

// The demo's fixed clock: review standings are computed against 2026-11-21.
const NOW = new Date('2026-11-21T12:00:00Z');
const VENDORS_FILE = '/srv/records/vendors/vendors.yaml';

// The plans file of this checkout, so that git can tell its last change.
const PLANS_FILE = resolve(__dirname, '../../../../catalog-info/continuity/plans.yaml');
const LOCATIONS: Record<string, string> = { Vendor: VENDORS_FILE, ContinuityPlan: PLANS_FILE };

// The demo as the catalog serves it: records know the file they were read from.
const entities: Entity[] = loadDemoEntities().map(entity =>
  LOCATIONS[entity.kind]
    ? {
        ...entity,
        metadata: {
          ...entity.metadata,
          annotations: { 'backstage.io/managed-by-location': `file:${LOCATIONS[entity.kind]}` },
        },
      }
    : entity,
);
const vendorCount = entities.filter(e => e.kind === 'Vendor').length;

async function startApp(incidents?: IncidentReader) {
  const app = express();
  app.use(
    await createRouter({
      httpAuth: mockServices.httpAuth(),
      service: await testContinuityService({
        entities,
        knex: await databases.init('SQLITE_3'),
        now: NOW,
        incidents,
      }),
    }),
  );
  app.use(mockErrorHandler());
  return app;
}

describe('continuity routes', () => {
  let app: express.Express;
  const get = (path: string) =>
    request(app)
      .get(path)
      .set('Authorization', mockCredentials.user.header());

  beforeAll(async () => {
    app = await startApp();
  });

  it.each([
    '/vendors',
    '/vendors.csv',
    '/plans/default/wires-continuity',
    '/dora/B_05.01.csv',
    '/dora?asOf=2025-12-31',
    '/dora/findings',
    '/dora/B_05.01.csv?asOf=2025-12-31',
    '/dora/history',
    '/dora/diff?from=2025-12-31&to=2026-11-21',
    '/plans/default/wires-continuity/recovery',
  ])(
    '%s needs a signed-in user',
    async path => {
      const response = await request(app)
        .get(path)
        .set('Authorization', mockCredentials.none.header());
      expect(response.status).toBe(401);
    },
  );

  it('lists the vendor register with filters, sorting and paging', async () => {
    const all = await get('/vendors?limit=100');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(vendorCount);
    expect(all.body.items[0]).not.toHaveProperty('contract');

    const overdue = await get('/vendors?filter[standing]=overdue&sort=nextReview');
    expect(overdue.body.items.map((row: { name: string }) => row.name)).toEqual([
      'signalfront-observability',
      'fedwire-funds',
      'relaywave-sms',
      'tch-epn',
    ]);

    const page = await get('/vendors?filter[criticality]=critical&sort=name&limit=2&offset=1');
    expect(page.body).toMatchObject({ offset: 1, limit: 2 });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items.every((row: { criticality: string }) => row.criticality === 'critical')).toBe(true);
  });

  it('lists the record files changed most recently with their last commit', async () => {
    const response = await get('/changes');
    expect(response.status).toBe(200);
    // The vendors' file is not in a git checkout, so only the plans' file has a change to show.
    const [commit, author] = execFileSync('git', ['log', '-1', '--format=%H%x1f%an', '--', 'plans.yaml'], {
      cwd: resolve(PLANS_FILE, '..'),
    })
      .toString()
      .trim()
      .split('\x1f');
    expect(response.body.items).toHaveLength(1);
    const [plans] = response.body.items;
    expect(plans.path).toBe('catalog-info/continuity/plans.yaml');
    expect(plans.lastChange).toMatchObject({ commit, author, path: plans.path });
    expect(plans.records).toHaveLength(entities.filter(e => e.kind === 'ContinuityPlan').length);
    expect(plans.records).toContainEqual({
      ref: 'continuityplan:default/wires-continuity',
      title: expect.any(String),
    });
    expect((await get('/changes?limit=0')).body.error.message).toBe(
      'limit must be a whole number from 1 to 50 (got "0")',
    );
  });

  it('answers 400 naming the bad parameter', async () => {
    const response = await get('/vendors?filter[colour]=red');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/filter\[colour\] is not a filter here/);
    expect((await get('/dora/B_98.01.csv')).status).toBe(400);
    expect((await get('/blast-radius?entityRef=nonsense')).body.error.message).toMatch(
      /entityRef must be a full entity ref/,
    );
  });

  it('exports the filtered register as CSV', async () => {
    const response = await get('/vendors.csv?filter[criticality]=medium');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="vendors.csv"');
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Vendor,Name,Legal name,/);
    expect(lines.slice(1).map(line => line.split(',')[0])).toEqual([
      'vendor:default/mailcrest-email',
    ]);
  });

  it('shows a vendor with its blast radius, the RTOs its loss breaks and its provenance', async () => {
    const response = await get('/vendors/default/tessera-card-processing');
    expect(response.status).toBe(200);
    const { vendor, confidential, register, blastRadius, people, provenance } = response.body;
    expect(vendor.spec.contract.reference).toBe('TPS-MSA-2022-0087');
    // No access rules were given to this service: confidential fields are withheld from everyone.
    expect(confidential).toEqual({ access: 'withheld' });
    expect(register.reviews.find((r: { type: string }) => r.type === 'security')).toMatchObject({
      due: '2026-12-05',
      standing: 'due-30',
    });
    expect(blastRadius.brokenRtos).toEqual([
      expect.objectContaining({
        plan: 'continuityplan:default/card-payments-continuity',
        planRto: 'PT1H',
      }),
    ]);
    expect(people['user:isabel.fernandez']).toMatchObject({ kind: 'User' });
    // Not a git checkout: the file is named, not the server's folders, and no commit is claimed.
    expect(provenance).toEqual({ path: 'vendors.yaml' });
    expect((await get('/vendors/default/no-such-vendor')).status).toBe(404);
  });

  it('shows a plan with its status, exercises, dependencies and RTO conflicts', async () => {
    const response = await get('/plans/default/card-payments-continuity');
    expect(response.status).toBe(200);
    const { plan, status, exercises, rtoConflicts, dependencies, people } = response.body;
    expect(plan.spec.bia.rto).toBe('PT1H');
    expect(status).toMatchObject({ review: { due: '2027-07-01', standing: 'later' } });
    expect(exercises.map((e: { date: string }) => e.date)).toEqual(
      [...exercises.map((e: { date: string }) => e.date)].sort().reverse(),
    );
    expect(rtoConflicts.map((c: { dependency: string }) => c.dependency)).toContain(
      'vendor:default/tessera-card-processing',
    );
    expect(dependencies).toContainEqual(
      expect.objectContaining({
        ref: 'vendor:default/tessera-card-processing',
        depth: 1,
        objective: expect.objectContaining({ duration: 'PT4H' }),
      }),
    );
    expect(people['group:card-payments-squad']).toMatchObject({ kind: 'Group' });
  });

  it('lists reviews due by owner and standing', async () => {
    const due = await get('/reviews?filter[standing]=overdue,due-30&limit=500');
    expect(due.body.items.every((r: { standing: string }) => ['overdue', 'due-30'].includes(r.standing))).toBe(true);
    expect(due.body.items[0].standing).toBe('overdue');
    const owners = await get('/reviews/owners?filter[standing]=overdue');
    const platform = owners.body.items.find(
      (item: { owner: string }) => item.owner === 'group:default/platform-sre-squad',
    );
    expect(platform.counts.overdue).toBeGreaterThanOrEqual(3);
    expect(platform.counts['due-30']).toBe(0);
  });

  it('lists the RTO conflicts, largest gap first, and as CSV', async () => {
    const response = await get('/rto-conflicts?sort=gap&order=desc&limit=2');
    expect(response.body.total).toBeGreaterThan(2);
    expect(response.body.items).toHaveLength(2);
    // A sanctions data outage of 8 hours against the card plan's 1 hour: the widest gap.
    expect(response.body.items[0]).toMatchObject({
      plan: 'continuityplan:default/card-payments-continuity',
      dependency: 'vendor:default/listguard-sanctions-data',
    });
    const csv = await get('/rto-conflicts.csv?filter[plan]=continuityplan:default/wires-continuity');
    expect(csv.text.trimEnd().split('\r\n')).toEqual([
      'Plan,Plan RTO,Depends on,Its recovery time,From,Through',
      'continuityplan:default/wires-continuity,PT2H,vendor:default/listguard-sanctions-data,PT8H,vendor maximum tolerable outage,continuityplan:default/wires-continuity > component:default/sanctions-screening-service > vendor:default/listguard-sanctions-data',
    ]);
  });

  it('finds the blast radius of a service', async () => {
    const response = await get('/blast-radius?entityRef=component:default/ledger-service');
    expect(response.status).toBe(200);
    expect(response.body.dependents.length).toBeGreaterThan(0);
    expect((await get('/blast-radius?entityRef=component:default/nothing')).status).toBe(404);
  });

  it('fills the DORA tables and lists what is missing', async () => {
    const response = await get('/dora');
    expect(response.body.tables.map((t: { code: string }) => t.code)).toEqual([...DORA_TABLE_CODES]);
    const providers = response.body.tables.find((t: { code: string }) => t.code === 'B_05.01');
    expect(providers.rowCount).toBe(vendorCount);
    expect(providers.rows).toBeUndefined();
    // Without the confidential vendor file, no contract value is known.
    expect(providers.missingByColumn).toContainEqual(
      expect.objectContaining({
        column: 'B_05.01.0100',
        source: 'annualValue.amount in the confidential vendor file',
        rows: vendorCount,
        subjectCount: vendorCount,
        subjects: expect.arrayContaining(['vendor:default/fedach']),
      }),
    );
    const csv = await get('/dora/B_06.01.csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="dora-B_06.01.csv"');
    expect(csv.text.split('\r\n')[0]).toMatch(/^B_06\.01\.0010 Function identifier,/);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(1 + 6);
  });

  it('filters the plans by recovery status, judged by the records when PagerDuty cannot be read', async () => {
    const names = async (status: string) =>
      (await get(`/plans?filter[recovery]=${status}&sort=title`)).body.items.map(
        (row: { name: string; recovery: string }) => [row.name, row.recovery],
      );
    expect(await names('breached')).toEqual([
      ['ach-payments-continuity', 'breached'],
      ['card-payments-continuity', 'breached'],
      ['customer-accounts-continuity', 'breached'],
    ]);
    expect(await names('at-risk')).toEqual([['wires-continuity', 'at-risk']]);
    expect(await names('unproven')).toEqual([['customer-onboarding-continuity', 'unproven']]);
    expect(await names('proven')).toEqual([['platform-region-loss-continuity', 'proven']]);
    const sorted = await get('/plans?sort=recovery');
    expect(sorted.body.items.map((row: { recovery: string }) => row.recovery)).toEqual([
      'breached',
      'breached',
      'breached',
      'at-risk',
      'unproven',
      'proven',
    ]);
    const csv = await get('/plans.csv?filter[recovery]=proven');
    expect(csv.text.split('\r\n')[0]).toContain(',Recovery,');
    expect(csv.text.split('\r\n')[1]).toContain(',Proven,');
  });

  it("shows a breached plan's recovery evidence, and refuses a period it does not offer", async () => {
    const response = await get('/plans/default/card-payments-continuity/recovery');
    expect(response.status).toBe(200);
    const evidence = response.body;
    expect(evidence).toMatchObject({
      plan: 'continuityplan:default/card-payments-continuity',
      status: 'breached',
      declared: { rto: 'PT1H', rpo: 'PT5M', mtpd: 'PT4H', rtoSeconds: 3600 },
      lastExercise: {
        ref: 'exercise:default/2026-10-card-network-connectivity-game-day',
        measuredRto: 'PT47M',
        exceedsRto: false,
        recent: true,
      },
      period: { months: 12, since: '2025-11-21', until: '2026-11-21' },
      pagerDuty: {
        available: false,
        reason: 'The continuity backend has no on-call backend to read PagerDuty incidents from',
      },
    });
    expect(evidence.incidents[0]).toMatchObject({
      source: 'postmortem',
      id: 'postmortem:default/2026-02-12-chargeback-file-format-change',
      exceedsRto: true,
    });
    expect(evidence.incidents).toContainEqual(
      expect.objectContaining({
        id: 'postmortem:default/2025-12-29-mastercard-settlement-report-late',
        recoverySeconds: 6300,
        exceedsRto: true,
        incidents: ['YNRYHFADRT1JKB'],
      }),
    );
    expect(evidence.worstSeconds).toBe(evidence.incidents[0].recoverySeconds);
    expect(evidence.dependencies.length).toBeGreaterThan(0);

    expect((await get('/plans/default/card-payments-continuity/recovery?months=24')).body.period).toEqual({
      months: 24,
      since: '2024-11-21',
      until: '2026-11-21',
    });
    const refused = await get('/plans/default/card-payments-continuity/recovery?months=5');
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('months must be one of 3, 6, 12, 24 (got "5")');
    expect((await get('/plans/default/no-such-plan/recovery')).status).toBe(404);
  });

  it("judges a plan by PagerDuty's incidents on the services it covers", async () => {
    const asked: string[] = [];
    const reader: IncidentReader = {
      resolvedSince: async since => {
        asked.push(since);
        return {
          available: true,
          items: [
            {
              id: 'PSLOW01',
              title: 'SWIFT connector down',
              entityRef: 'component:default/swift-connector',
              createdAt: '2026-10-01T08:00:00Z',
              resolvedAt: '2026-10-01T10:30:00Z',
              htmlUrl: 'https://meridianpay.pagerduty.com/incidents/PSLOW01',
            },
          ],
        };
      },
    };
    const withPagerDuty = await startApp(reader);
    const wires = await request(withPagerDuty)
      .get('/plans/default/wires-continuity/recovery')
      .set('Authorization', mockCredentials.user.header());
    expect(wires.body.status).toBe('breached');
    expect(wires.body.pagerDuty).toEqual({ available: true });
    expect(wires.body.incidents[0]).toMatchObject({
      source: 'pagerduty',
      id: 'PSLOW01',
      recoverySeconds: 9000,
      exceedsRto: true,
      url: 'https://meridianpay.pagerduty.com/incidents/PSLOW01',
    });
    const list = await request(withPagerDuty)
      .get('/plans?filter[recovery]=at-risk')
      .set('Authorization', mockCredentials.user.header());
    expect(list.body.total).toBe(0);
    expect(asked).toContain('2025-11-21');
  });

  it('refuses the report package while the linter finds errors, and says which', async () => {
    const summary = await get('/dora');
    expect(summary.body.package).toMatchObject({ submittable: false, referenceDate: '2026-11-21' });
    // No financial entity is configured here: our own LEI is missing everywhere it is asked.
    const mandatory = summary.body.findingGroups.find(
      (group: { rule: string }) => group.rule === 'DORA-MANDATORY',
    );
    expect(mandatory).toMatchObject({
      severity: 'error',
      templates: expect.arrayContaining(['B_01.01', 'B_05.01']),
      columns: expect.arrayContaining(['B_01.01.0010']),
    });
    expect(mandatory.examples).toHaveLength(DORA_FINDING_EXAMPLES);
    expect(mandatory.examples[0]).toMatchObject({
      rule: 'DORA-MANDATORY',
      template: 'B_01.01',
      row: 1,
      column: 'B_01.01.0010',
      subject: 'readiness.dora.entity',
    });
    const errors = summary.body.findingGroups
      .filter((group: { severity: string }) => group.severity === 'error')
      .reduce((sum: number, group: { count: number }) => sum + group.count, 0);
    expect(errors).toBe(summary.body.package.errors);
    const perTemplate = summary.body.tables.reduce(
      (sum: number, table: { errors: number }) => sum + table.errors,
      0,
    );
    expect(perTemplate).toBe(summary.body.package.errors);
    const response = await get('/dora/package');
    expect(response.status).toBe(422);
    expect(response.body.findings.length).toBe(summary.body.package.errors);
  });

  it('sends the same summary, serialized once, to every request of the same reader', async () => {
    const first = await get('/dora');
    const second = await get('/dora');
    expect(first.headers.etag).toMatch(/^W\/"/);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.text).toBe(first.text);
    // The package's name, made with the time, is the download's, not the summary's.
    expect(first.body.package.fileName).toBeUndefined();
    const unchanged = await get('/dora').set('If-None-Match', first.headers.etag);
    expect(unchanged.status).toBe(304);
  });

  describe('the lint findings, a page at a time', () => {
    it("pages a rule's findings in register order with the total on every page", async () => {
      const all = await get('/dora/findings?filter[rule]=DORA-MANDATORY&limit=500');
      const summary = await get('/dora');
      const mandatory = summary.body.findingGroups.find(
        (group: { rule: string }) => group.rule === 'DORA-MANDATORY',
      );
      expect(all.body.total).toBe(mandatory.count);
      expect(all.body.items.slice(0, DORA_FINDING_EXAMPLES)).toEqual(mandatory.examples);

      const page = await get('/dora/findings?filter[rule]=DORA-MANDATORY&offset=5&limit=3');
      expect(page.status).toBe(200);
      expect(page.body).toEqual({
        items: all.body.items.slice(5, 8),
        total: mandatory.count,
        offset: 5,
        limit: 3,
      });
    });

    it('narrows the findings by template, severity and column', async () => {
      const response = await get(
        '/dora/findings?filter[template]=B_05.01&filter[severity]=error&filter[column]=B_05.01.0100&limit=500',
      );
      expect(response.body.total).toBe(vendorCount);
      expect(
        response.body.items.every(
          (finding: { template: string; severity: string; column: string }) =>
            finding.template === 'B_05.01' &&
            finding.severity === 'error' &&
            finding.column === 'B_05.01.0100',
        ),
      ).toBe(true);
      expect((await get('/dora/findings?filter[severity]=warning&filter[rule]=DORA-MANDATORY')).body.total).toBe(0);
    });

    it('pages the findings of a past day', async () => {
      const past = await get('/dora/findings?filter[template]=B_05.01&filter[column]=B_05.01.0100&asOf=2025-12-31');
      expect(past.body.total).toBe(vendorCount - 1);
    });

    it('sends the same page, serialized once, for the same question', async () => {
      const path = '/dora/findings?filter[rule]=DORA-MANDATORY&limit=10';
      const first = await get(path);
      const second = await get(path);
      expect(second.headers.etag).toBe(first.headers.etag);
      expect((await get(path).set('If-None-Match', first.headers.etag)).status).toBe(304);
    });

    it.each([
      ['/dora/findings?filter[severity]=fatal', 'filter[severity] must be error or warning (got "fatal")'],
      [
        '/dora/findings?filter[template]=B_98.01',
        `filter[template] must be one of ${DORA_TABLE_CODES.join(', ')} (got "b_98.01")`,
      ],
      ['/dora/findings?filter[subject]=x', 'filter[subject] is not a filter here; use one of rule, severity, template, column'],
      ['/dora/findings?offset=-1', 'offset must be a whole number of 0 or more (got "-1")'],
      ['/dora/findings?limit=501', 'limit must be at most 500 (got 501)'],
      ['/dora/findings?sort=row', 'sort must be one of rule, subject (got "row")'],
      ['/dora/findings?asOf=2025-02-30', 'asOf must be a calendar day written YYYY-MM-DD, such as 2025-12-31 (got "2025-02-30")'],
    ])('answers %s with 400: %s', async (path, message) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(message);
    });
  });

  describe('the register as of a day', () => {
    it('builds the register from the snapshot of the day, and its CSV named for the day', async () => {
      const response = await get('/dora?asOf=2025-12-31');
      expect(response.status).toBe(200);
      expect(response.body.asOf).toEqual({
        date: '2025-12-31',
        snapshot: {
          takenAt: '2025-11-21T12:00:00.000Z',
          hash: expect.stringMatching(/^[0-9a-f]{64}$/),
          source: 'demo',
        },
      });
      const rows = (body: { tables: Array<{ code: string; rowCount: number }> }) =>
        body.tables.find(table => table.code === 'B_05.01')!.rowCount;
      expect(rows(response.body)).toBe(vendorCount - 1);
      const today = await get('/dora');
      expect(today.body.asOf).toEqual({ date: '2026-11-21' });
      expect(rows(today.body)).toBe(vendorCount);

      const csv = await get('/dora/B_05.01.csv?asOf=2025-12-31');
      expect(csv.headers['content-disposition']).toBe(
        'attachment; filename="dora-B_05.01-2025-12-31.csv"',
      );
      expect(csv.text.trimEnd().split('\r\n')).toHaveLength(1 + vendorCount - 1);
      expect(csv.text).not.toContain('Edgeshield');
    });

    it('lists the snapshots, the demo history first and today’s records last', async () => {
      const response = await get('/dora/history');
      expect(response.body.snapshots.map((s: { source: string; takenAt: string }) => [s.source, s.takenAt])).toEqual([
        ['demo', '2025-11-21T12:00:00.000Z'],
        ['records', '2026-11-21T12:00:00.000Z'],
      ]);
    });

    it('answers what changed between two days, by providers, contracts and functions', async () => {
      const response = await get('/dora/diff?from=2025-12-31&to=2026-11-21');
      expect(response.status).toBe(200);
      const { from, to, providers, contracts, functions } = response.body;
      expect([from.date, from.snapshot.source, to.date, to.snapshot.source]).toEqual([
        '2025-12-31',
        'demo',
        '2026-11-21',
        'records',
      ]);
      expect(providers.map((c: { change: string; label: string }) => [c.change, c.label])).toEqual([
        ['added', 'Edgeshield Networks, Inc.'],
      ]);
      expect(contracts.map((c: { change: string; key: string }) => [c.change, c.key])).toEqual([
        ['added', 'ESN-2024-0045'],
        ['changed', 'ACS-HSM-2023-014'],
      ]);
      expect(functions).toHaveLength(1);
      // No access rules were given: the contract amounts stay out of the difference too.
      expect(contracts[1].fields.map((f: { column: string }) => f.column)).toEqual(['B_02.02.0080']);
      expect((await get('/dora/diff?from=2026-11-21&to=2026-11-21')).body.contracts).toEqual([]);
    });

    it.each([
      ['/dora?asOf=31.12.2025', 'asOf must be a calendar day written YYYY-MM-DD, such as 2025-12-31 (got "31.12.2025")'],
      ['/dora?asOf=2025-02-30', 'asOf must be a calendar day written YYYY-MM-DD, such as 2025-12-31 (got "2025-02-30")'],
      ['/dora/B_05.01.csv?asOf=', 'asOf must be a calendar day written YYYY-MM-DD, such as 2025-12-31 (got "")'],
      ['/dora?asOf=2026-11-22', 'asOf must not be after today, 2026-11-21 (got "2026-11-22")'],
      ['/dora?asOf=2025-06-30', "asOf 2025-06-30 is before the register's first snapshot, taken on 2025-11-21"],
      ['/dora/diff?from=2025-12-31', 'to must be a calendar day written YYYY-MM-DD, such as 2025-12-31 (got "")'],
      ['/dora/diff?from=2026-11-21&to=2025-12-31', 'from must not be after to (got from=2026-11-21, to=2025-12-31)'],
      ['/dora/diff?from=2024-12-31&to=2025-12-31', "from 2024-12-31 is before the register's first snapshot, taken on 2025-11-21"],
    ])('answers 400 for %s, naming the parameter and the format', async (path, message) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(message);
    });
  });
});

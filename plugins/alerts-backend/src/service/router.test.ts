import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import { fakeDate } from '@readiness/plugin-readiness-node/testUtils';
import { startAlertsBackend } from '../__testUtils__/testBackend';

// Review states are computed against today; the demo's deliberate gaps are as of this day.
const asOf = new Date('2026-11-21T12:00:00Z');

describe('alerts router', () => {
  let server: Parameters<typeof request>[0];
  let entities: Entity[];
  const get = (path: string) =>
    request(server)
      .get(`/api/alerts${path}`)
      .set('Authorization', mockCredentials.user.header());

  beforeAll(async () => {
    fakeDate(asOf);
    entities = loadDemoEntities();
    ({ server } = await startAlertsBackend(entities));
  });

  afterAll(() => {
    jest.useRealTimers();
  });

  const alerts = () => entities.filter(entity => entity.kind === 'Alert');

  it('needs a signed-in user', async () => {
    const response = await request(server)
      .get('/api/alerts')
      .set('Authorization', mockCredentials.none.header());
    expect(response.status).toBe(401);
  });

  describe('GET /', () => {
    it('pages every alert, critical first', async () => {
      const response = await get('?limit=20&offset=10');
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(148);
      expect(response.body.items).toHaveLength(20);
      expect(response.body.offset).toBe(10);
      const all = await get('?limit=200');
      const severities = all.body.items.map(
        (a: { severity: string }) => a.severity,
      );
      expect(severities.indexOf('high')).toBeGreaterThan(
        severities.lastIndexOf('critical'),
      );
      expect(severities.lastIndexOf('critical')).toBe(
        alerts().filter(a => a.spec?.severity === 'critical').length - 1,
      );
    });

    it('filters by several fields at once and counts what matched', async () => {
      const response = await get(
        '?filter[severity]=critical&filter[severity]=high&filter[paging]=true&filter[type]=positive&limit=500',
      );
      const expected = alerts().filter(
        a =>
          ['critical', 'high'].includes(a.spec?.severity as string) &&
          a.spec?.paging === true &&
          a.spec?.type === 'positive',
      );
      expect(response.body.total).toBe(expected.length);
      expect(response.body.counts.severity).toEqual({
        critical: expected.filter(a => a.spec?.severity === 'critical').length,
        high: expected.filter(a => a.spec?.severity === 'high').length,
      });
      expect(response.body.counts.paging).toEqual({ true: expected.length });
    });

    it('finds the paging alerts without an SOP or a PagerDuty route', async () => {
      const withoutSop = await get('?filter[paging]=true&filter[hasSop]=false');
      expect(
        withoutSop.body.items.map((a: { name: string }) => a.name).sort(),
      ).toEqual(
        alerts()
          .filter(a => a.spec?.paging && !a.spec?.procedure)
          .map(a => a.metadata.name)
          .sort(),
      );
      expect(withoutSop.body.total).toBe(6);
      const unrouted = await get(
        '?filter[paging]=true&filter[pagerDuty]=false',
      );
      expect(unrouted.body.total).toBe(5);
    });

    it('filters by owner, domain, error-code class and journey', async () => {
      const byOwner = await get(
        '?filter[owner]=group:default/ach-operations-squad&limit=500',
      );
      expect(byOwner.body.total).toBe(
        alerts().filter(a => a.spec?.owner === 'group:ach-operations-squad')
          .length,
      );
      const business = await get('?filter[errorClass]=business&limit=500');
      expect(business.body.total).toBe(
        alerts().filter(a =>
          ((a.spec?.errorCodes ?? []) as Array<{ class: string }>).some(
            code => code.class === 'business',
          ),
        ).length,
      );
      const journey = await get(
        '?filter[journey]=ach-payments&filter[domain]=domain:default/transfers',
      );
      expect(journey.body.total).toBeGreaterThan(0);
      expect(
        journey.body.items.every(
          (a: { journey: string; domain: { ref: string } }) =>
            a.journey === 'ach-payments' &&
            a.domain.ref === 'domain:default/transfers',
        ),
      ).toBe(true);
    });

    it('searches titles, descriptions and error codes', async () => {
      const response = await get('?q=ACH&limit=500');
      expect(response.body.total).toBeGreaterThan(10);
      expect(
        response.body.items.map((a: { name: string }) => a.name),
      ).toContain('ach-origination-file-0600-not-acknowledged');
      const byCode = await get('?q=ach-ack-009');
      expect(byCode.body.total).toBeGreaterThan(0);
      const nothing = await get('?q=no-such-thing-anywhere');
      expect(nothing.body.total).toBe(0);
    });

    it('sorts by title both ways', async () => {
      const up = await get('?sort=title&limit=500');
      const down = await get('?sort=title&order=desc&limit=500');
      const titles = up.body.items.map((a: { title: string }) => a.title);
      expect(titles[0].localeCompare(titles[titles.length - 1])).toBeLessThan(
        0,
      );
      expect(down.body.items[0].title).toBe(titles[titles.length - 1]);
    });

    it('refuses unknown filters and sorts, naming the field', async () => {
      const filter = await get('?filter[colour]=red');
      expect(filter.status).toBe(400);
      expect(filter.body.error.message).toMatch(/filter\[colour\]/);
      const sort = await get('?sort=colour');
      expect(sort.status).toBe(400);
      expect(sort.body.error.message).toMatch(/^sort must be one of/);
    });
  });

  it('GET /facets lists owners, domains and journeys', async () => {
    const response = await get('/facets');
    expect(response.body.total).toBe(148);
    expect(response.body.owners.map((o: { ref: string }) => o.ref)).toContain(
      'group:default/ach-operations-squad',
    );
    expect(response.body.domains).toHaveLength(5);
    expect(response.body.journeys).toContain('ach-payments');
    // The demo has fewer owners than a menu shows: all of them are listed.
    expect(response.body.ownerTotal).toBe(response.body.owners.length);
  });

  it('GET /facets/owners finds the owners a text names, by ref or title', async () => {
    const response = await get('/facets/owners?q=ACH%20operations');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      owners: [
        {
          ref: 'group:default/ach-operations-squad',
          title: 'ACH Operations Squad',
        },
      ],
      total: 1,
    });
    const byRef = await get('/facets/owners?q=ach-operations');
    expect(byRef.body.total).toBe(1);
    const none = await get('/facets/owners?q=nobody-owns-this');
    expect(none.body).toEqual({ owners: [], total: 0 });
  });

  it('GET /facets/owners without a text says what is missing', async () => {
    const response = await get('/facets/owners?q=%20');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'q must be the text to look for in the owners',
    );
  });

  it('GET /export.csv exports the filtered alerts', async () => {
    const response = await get('/export.csv?filter[severity]=low');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/alerts\.csv/);
    const lines = response.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^name,title,severity,paging,/);
    expect(lines).toHaveLength(
      1 + alerts().filter(a => a.spec?.severity === 'low').length,
    );
  });

  describe('GET /entities/:namespace/:name', () => {
    it('resolves an alert with its job, SOP, scripts and post-mortems', async () => {
      const response = await get(
        '/entities/default/ach-origination-file-0600-not-acknowledged',
      );
      expect(response.status).toBe(200);
      const { summary, monitored, procedure, scripts, postmortems } =
        response.body;
      expect(summary.owner.title).toBe('ACH Operations Squad');
      expect(monitored).toMatchObject({
        ref: 'component:default/ach-origination-file-0600',
        type: 'job',
      });
      expect(monitored.annotations['readiness.dev/cutoff']).toBe('06:00');
      expect(procedure.entity.metadata.name).toBe(
        'ach-file-not-acknowledged-sop',
      );
      expect(procedure.review).toMatchObject({
        state: 'current',
        dueDate: '2027-02-14',
      });
      expect(scripts.map((s: Entity) => s.metadata.name)).toEqual([
        'ach-resend-origination-file',
        'ach-window-status-check',
      ]);
      expect(postmortems.map((p: { ref: string }) => p.ref)).toContain(
        'postmortem:default/2025-05-22-ach-0600-file-sftp-certificate-expired',
      );
      // The job runs on ach-origination-service: every post-mortem of the service, latest first.
      const ofService = entities.filter(
        e =>
          e.kind === 'Postmortem' &&
          (e.spec?.services as string[]).includes(
            'component:ach-origination-service',
          ),
      );
      expect(ofService.length).toBeGreaterThan(1);
      expect(postmortems.map((p: { ref: string }) => p.ref)).toEqual(
        expect.arrayContaining(
          ofService.map(e => `postmortem:default/${e.metadata.name}`),
        ),
      );
      const started = postmortems.map(
        (p: { startedAt: string }) => p.startedAt,
      );
      expect(started).toEqual([...started].sort().reverse());
    });

    it('answers 404 for an alert that does not exist', async () => {
      const response = await get('/entities/default/no-such-alert');
      expect(response.status).toBe(404);
    });
  });

  describe('GET /procedures', () => {
    it('puts overdue procedures first', async () => {
      const response = await get('/procedures?limit=10');
      expect(response.body.total).toBe(50);
      const states = response.body.items.map(
        (p: { review: { state: string } }) => p.review.state,
      );
      expect(states.slice(0, 6)).toEqual(Array(6).fill('overdue'));
      expect(states[6]).not.toBe('overdue');
      // The longest overdue first.
      expect(response.body.items[0].name).toBe('warehouse-export-late-runbook');
    });

    it('filters by type, review state and service', async () => {
      const overdue = await get('/procedures?filter[review]=overdue');
      expect(
        overdue.body.items.map((p: { name: string }) => p.name).sort(),
      ).toEqual([
        'accounts-nightly-batch-late-sop',
        'ach-inbound-file-missing-sop',
        'bsa-efiling-sop',
        'card-chargeback-file-missing-sop',
        'swift-batch-not-sent-sop',
        'warehouse-export-late-runbook',
      ]);
      const scripts = await get('/procedures?filter[type]=script-template');
      expect(scripts.body.total).toBe(9);
      const forService = await get(
        '/procedures?filter[service]=component:default/ach-origination-service',
      );
      expect(
        forService.body.items.map((p: { name: string }) => p.name),
      ).toContain('ach-resend-origination-file');
    });

    it('sends of each procedure what the list shows, its alerts as a count', async () => {
      const response = await get(
        '/procedures?filter[alert]=alert:default/ach-origination-file-0600-not-acknowledged',
      );
      const sop = response.body.items.find(
        (p: { name: string }) => p.name === 'ach-file-not-acknowledged-sop',
      );
      const naming = alerts().filter(
        a =>
          a.spec?.procedure === 'procedure:ach-file-not-acknowledged-sop' ||
          ((a.spec?.scripts ?? []) as string[]).includes(
            'procedure:ach-file-not-acknowledged-sop',
          ),
      );
      expect(naming.length).toBeGreaterThan(0);
      expect(sop.alertCount).toBe(naming.length);
      expect(Object.keys(sop).sort()).toEqual(
        [
          'alertCount',
          'description',
          'hasTechDocs',
          'lastReviewed',
          'name',
          'owner',
          'ref',
          'review',
          'reviewDue',
          'reviewInterval',
          'services',
          'title',
          'type',
        ].filter(key => key in sop),
      );
    });

    it('gives an SOP with its alerts and the scripts they offer', async () => {
      const response = await get(
        '/procedures/entities/default/ach-file-not-acknowledged-sop',
      );
      expect(response.status).toBe(200);
      expect(response.body.procedure.hasTechDocs).toBe(true);
      expect(
        response.body.alerts.map((a: { name: string }) => a.name),
      ).toContain('ach-origination-file-0600-not-acknowledged');
      const offered = alerts()
        .filter(
          a => a.spec?.procedure === 'procedure:ach-file-not-acknowledged-sop',
        )
        .flatMap(a => (a.spec?.scripts ?? []) as string[])
        .map(ref => ref.replace('procedure:', ''));
      expect(
        response.body.scripts.map((s: Entity) => s.metadata.name).sort(),
      ).toEqual([...new Set(offered)].sort());
      expect(offered).toContain('ach-window-status-check');
    });
  });

  it('GET /error-codes lists codes by class with counts', async () => {
    const all = await get('/error-codes?limit=500');
    const codes = new Set(
      alerts().flatMap(a =>
        (
          (a.spec?.errorCodes ?? []) as Array<{ code: string; class: string }>
        ).map(code => `${code.class} ${code.code}`),
      ),
    );
    expect(all.body.total).toBe(codes.size);
    expect(
      Object.values(all.body.counts as Record<string, number>).reduce(
        (a, b) => a + b,
        0,
      ),
    ).toBe(codes.size);
    const business = await get('/error-codes?filter[class]=business&limit=500');
    expect(
      business.body.items.every(
        (e: { class: string }) => e.class === 'business',
      ),
    ).toBe(true);
    expect(business.body.total).toBe(all.body.counts.business);
    const ack = business.body.items.find(
      (e: { code: string }) => e.code === 'ACH-ACK-009',
    );
    expect(ack.meanings).toEqual([
      'Duplicate file ID modifier for the business date',
    ]);
    expect(ack.procedures[0].ref).toBe(
      'procedure:default/ach-file-not-acknowledged-sop',
    );
  });

  describe('GET /operations', () => {
    it("lists a job's alerts, procedures and error codes", async () => {
      const response = await get(
        '/operations?entityRef=component:default/ach-origination-file-0600',
      );
      expect(response.body.alerts.map((a: { name: string }) => a.name)).toEqual(
        ['ach-origination-file-0600-not-acknowledged'],
      );
      expect(
        response.body.procedures.map((p: { name: string }) => p.name),
      ).toContain('ach-file-not-acknowledged-sop');
      expect(
        response.body.errorCodes.map((e: { code: string }) => e.code),
      ).toContain('ACH-TX-017');
    });

    it("counts the alerts and procedures of a service's jobs as the service's", async () => {
      const service = 'component:default/ach-origination-service';
      const jobs = entities
        .filter(
          e =>
            e.spec?.type === 'job' &&
            (e.spec?.dependsOn as string[]).includes(
              'component:ach-origination-service',
            ),
        )
        .map(job => `component:default/${job.metadata.name}`);
      expect(jobs.length).toBeGreaterThan(0);
      const response = await get(`/operations?entityRef=${service}`);
      const monitored = new Set(
        response.body.alerts.map(
          (a: { monitors: { ref: string } }) => a.monitors.ref,
        ),
      );
      expect([...monitored].sort()).toEqual([service, ...jobs].sort());
      expect(response.body.alerts).toHaveLength(
        alerts().filter(a =>
          [service, ...jobs].includes(
            `component:default/${String(a.spec?.monitors).replace(
              /^component:/,
              '',
            )}`,
          ),
        ).length,
      );
      // The SOP the job alerts name counts once, among the service's procedures.
      const names = response.body.procedures.map(
        (p: { name: string }) => p.name,
      );
      expect(names).toContain('ach-file-not-acknowledged-sop');
      expect(new Set(names).size).toBe(names.length);
    });

    it("lists a squad's own alerts and procedures", async () => {
      const response = await get(
        '/operations?entityRef=group:default/wires-squad',
      );
      expect(response.body.alerts).toHaveLength(
        alerts().filter(a => a.spec?.owner === 'group:wires-squad').length,
      );
      expect(response.body.procedures).toHaveLength(
        entities.filter(
          e => e.kind === 'Procedure' && e.spec?.owner === 'group:wires-squad',
        ).length,
      );
    });

    it('refuses refs of other kinds', async () => {
      const response = await get('/operations?entityRef=alert:default/x');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^entityRef must be/);
    });
  });
});

describe('alerts router, an organisation with more owners than a menu shows', () => {
  let server: Parameters<typeof request>[0];
  const get = (path: string) =>
    request(server)
      .get(`/api/alerts${path}`)
      .set('Authorization', mockCredentials.user.header());

  // Sixty squads copied from a demo squad, squad n owning n of the demo's first alert: the ten
  // with the fewest alerts are the ones the facets leave out.
  const SQUADS = 60;
  beforeAll(async () => {
    fakeDate(asOf);
    const demo = loadDemoEntities();
    const squad = demo.find(entity => entity.kind === 'Group')!;
    const alert = demo.find(entity => entity.kind === 'Alert')!;
    const generated: Entity[] = [];
    for (let n = 1; n <= SQUADS; n++) {
      const name = `generated-squad-${String(n).padStart(2, '0')}`;
      generated.push({
        ...squad,
        metadata: { ...squad.metadata, name, title: `Generated squad ${n}` },
      });
      for (let i = 1; i <= n; i++) {
        generated.push({
          ...alert,
          metadata: { ...alert.metadata, name: `${name}-alert-${i}` },
          spec: { ...alert.spec, owner: `group:default/${name}` },
        });
      }
    }
    const others = demo.filter(
      entity => entity.kind !== 'Alert' && entity !== squad,
    );
    ({ server } = await startAlertsBackend([...others, ...generated]));
  });

  afterAll(() => {
    jest.useRealTimers();
  });

  it('GET /facets lists the fifty owners with the most alerts, and counts them all', async () => {
    const response = await get('/facets');
    expect(response.status).toBe(200);
    expect(response.body.ownerTotal).toBe(SQUADS);
    const refs: string[] = response.body.owners.map(
      (owner: { ref: string }) => owner.ref,
    );
    expect(refs).toHaveLength(50);
    expect(refs).toContain('group:default/generated-squad-60');
    expect(refs).toContain('group:default/generated-squad-11');
    expect(refs).not.toContain('group:default/generated-squad-10');
  });

  it('GET /facets/owners finds an owner the menu leaves out', async () => {
    const response = await get('/facets/owners?q=generated%20squad%207');
    expect(response.body).toEqual({
      owners: [
        { ref: 'group:default/generated-squad-07', title: 'Generated squad 7' },
      ],
      total: 1,
    });
    const many = await get('/facets/owners?q=generated-squad');
    expect(many.body.total).toBe(SQUADS);
    expect(many.body.owners).toHaveLength(50);
  });
});

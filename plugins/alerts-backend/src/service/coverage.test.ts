import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { fakeDate, loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import {
  mockOnCallPlugin,
  startAlertsBackend,
} from '../__testUtils__/testBackend';

const asOf = new Date('2026-11-21T12:00:00Z');

type Tally = { total: number; covered: number; unknown: number };

const pagerDutyServiceId = (alert: Entity) =>
  (alert.spec?.pagerduty as { serviceId?: string } | undefined)?.serviceId;

/** The PagerDuty service ids of the demo's paging alerts that a catalog entity carries. */
function routedServiceIds(entities: Entity[]): string[] {
  const carried = new Set(
    entities.map(e => e.metadata.annotations?.['pagerduty.com/service-id']),
  );
  return [
    ...new Set(
      entities
        .filter(e => e.kind === 'Alert' && e.spec?.paging === true)
        .map(pagerDutyServiceId)
        .filter((id): id is string => Boolean(id && carried.has(id))),
    ),
  ].sort();
}

/**
 * The on-call backend's answer: someone on call at the first level for every routed service
 * but two; for one of those only the second level has someone.
 */
function onCallAnswer(entities: Entity[]) {
  const [nobodyOnCall, secondLevelOnly, ...onCall] = routedServiceIds(entities);
  const person = { userId: 'P1', name: 'Ada Engineer' };
  return {
    nobodyOnCall,
    secondLevelOnly,
    onCall: new Set(onCall),
    answer: {
      status: { lastSuccessAt: '2026-11-21T11:58:00Z', stale: false },
      items: [
        {
          entityRef: 'group:default/ach-operations-squad',
          escalationPolicy: { id: 'PEP1', name: 'Primary', serviceIds: onCall },
          levels: [
            { level: 1, now: [person] },
            { level: 2, now: [] },
          ],
        },
        {
          entityRef: 'group:default/card-payments-squad',
          escalationPolicy: {
            id: 'PEP2',
            name: 'Late',
            serviceIds: [secondLevelOnly],
          },
          levels: [
            { level: 1, now: [] },
            { level: 2, now: [person] },
          ],
        },
      ],
    },
  };
}
type Groups = Record<string, Record<string, Tally>>;

/**
 * Coverage of the demo records counted from the raw YAML, without the code under test: every
 * ref spelled out by hand, dates added month by month.
 */
function countCoverage(entities: Entity[], onCall: ReadonlySet<string>) {
  const full = (ref: string, kind: string) => {
    const [k, rest] = ref.includes(':') ? ref.split(':') : [kind, ref];
    return `${k.toLowerCase()}:${
      rest.includes('/') ? rest : `default/${rest}`
    }`;
  };
  const byRef = new Map(
    entities.map(e => [
      `${e.kind.toLowerCase()}:default/${e.metadata.name}`,
      e,
    ]),
  );
  // A component's or resource's system's domain, a system's own, else the squad's.
  const domainOf = (targetRef: string | undefined, ownerRef: string) => {
    const target = targetRef ? byRef.get(targetRef) : undefined;
    const system =
      target?.kind === 'System'
        ? target
        : byRef.get(full((target?.spec?.system as string) ?? '', 'system'));
    if (system?.spec?.domain)
      return full(system.spec.domain as string, 'domain');
    const squadDomain =
      byRef.get(ownerRef)?.metadata.annotations?.['readiness.dev/domain'];
    return squadDomain ? full(squadDomain, 'domain') : '';
  };
  const addMonths = (date: string, months: number) => {
    const [y, m, d] = date.split('-').map(Number);
    const month = m - 1 + months;
    const year = y + Math.floor(month / 12);
    const monthIndex = month % 12;
    const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
    return new Date(Date.UTC(year, monthIndex, Math.min(d, lastDay)));
  };

  const totals: Record<string, Tally> = {};
  const byDomain: Groups = {};
  const bySquad: Groups = {};
  const gaps: Record<string, string[]> = {};
  const count = (
    check: string,
    subject: string,
    owner: string,
    domain: string,
    ok: boolean,
  ) => {
    for (const [groups, key] of [
      [byDomain, domain],
      [bySquad, owner],
    ] as const) {
      groups[key] ??= {};
      groups[key][check] ??= { total: 0, covered: 0, unknown: 0 };
      groups[key][check].total += 1;
      groups[key][check].covered += ok ? 1 : 0;
    }
    totals[check] ??= { total: 0, covered: 0, unknown: 0 };
    totals[check].total += 1;
    totals[check].covered += ok ? 1 : 0;
    if (!ok) (gaps[check] ??= []).push(subject);
  };

  const alerts = entities.filter(e => e.kind === 'Alert');
  for (const job of entities.filter(
    e =>
      e.kind === 'Component' &&
      e.spec?.type === 'job' &&
      e.metadata.annotations?.['readiness.dev/criticality'] === 'critical',
  )) {
    const ref = `component:default/${job.metadata.name}`;
    const owner = full(job.spec?.owner as string, 'group');
    const watched = alerts.some(
      a =>
        a.spec?.type === 'positive' &&
        a.spec?.paging === true &&
        full(a.spec?.monitors as string, 'component') === ref,
    );
    count(
      'critical-jobs',
      job.metadata.name,
      owner,
      domainOf(ref, owner),
      watched,
    );
  }
  const serviceIds = new Set(
    entities
      .map(e => e.metadata.annotations?.['pagerduty.com/service-id'])
      .filter(Boolean),
  );
  for (const alert of alerts.filter(a => a.spec?.paging === true)) {
    const owner = full(alert.spec?.owner as string, 'group');
    const domain = domainOf(
      full(alert.spec?.monitors as string, 'component'),
      owner,
    );
    const procedure = alert.spec?.procedure as string | undefined;
    count(
      'paging-sop',
      alert.metadata.name,
      owner,
      domain,
      Boolean(procedure && byRef.has(full(procedure, 'procedure'))),
    );
    const serviceId = pagerDutyServiceId(alert);
    count(
      'paging-routed',
      alert.metadata.name,
      owner,
      domain,
      serviceIds.has(serviceId) && onCall.has(serviceId!),
    );
  }
  for (const procedure of entities.filter(e => e.kind === 'Procedure')) {
    const owner = full(procedure.spec?.owner as string, 'group');
    const target = (procedure.spec?.appliesTo as string[])
      .map(ref => full(ref, 'component'))
      .map(ref => domainOf(ref, ''))
      .find(Boolean);
    const interval = /^P(\d+)([MY])$/.exec(
      (procedure.spec?.reviewInterval as string) ?? 'P12M',
    )!;
    const months = Number(interval[1]) * (interval[2] === 'Y' ? 12 : 1);
    const last = procedure.spec?.lastReviewed as string | undefined;
    const current =
      last !== undefined &&
      addMonths(last, months).getTime() >= Date.UTC(2026, 10, 21);
    count(
      'procedures-reviewed',
      procedure.metadata.name,
      owner,
      target ?? domainOf(undefined, owner),
      current,
    );
  }
  return { totals, byDomain, bySquad, gaps };
}

type Server = Parameters<typeof request>[0];

/** The coverage as the page reads it: the summary, the squads' tallies and every gap. */
async function readCoverage(server: Server) {
  const get = (path: string) =>
    request(server)
      .get(`/api/alerts/coverage${path}`)
      .set('Authorization', mockCredentials.user.header())
      .expect(200);
  const [summary, squads, gaps] = await Promise.all([
    get(''),
    get('/squads?limit=500'),
    get('/gaps?limit=500'),
  ]);
  expect(gaps.body.total).toBe(gaps.body.items.length);
  expect(squads.body.total).toBe(squads.body.items.length);
  return {
    ...summary.body,
    bySquad: squads.body.items,
    gaps: gaps.body.items,
  };
}

/** The demo records' coverage backend, with someone on call for each routed service. */
async function demoCoverage(under: string) {
  const entities = loadDemoEntities();
  const onCall = onCallAnswer(entities);
  const { server } = await startAlertsBackend(entities, [
    mockOnCallPlugin(() => onCall.answer).plugin,
  ]);
  const get = (path: string) =>
    request(server)
      .get(`/api/alerts/coverage${under}${path}`)
      .set('Authorization', mockCredentials.user.header());
  return { server, get };
}

describe('GET /coverage', () => {
  beforeAll(() => {
    fakeDate(asOf);
  });
  afterAll(() => jest.useRealTimers());

  it('equals an independent count over the demo records and who is on call', async () => {
    const entities = loadDemoEntities();
    const onCall = onCallAnswer(entities);
    const expected = countCoverage(entities, onCall.onCall);
    const oncall = mockOnCallPlugin(() => onCall.answer);
    const { server } = await startAlertsBackend(entities, [oncall.plugin]);
    const coverage = await readCoverage(server);
    expect(coverage.asOf).toBe('2026-11-21');

    expect(
      Object.fromEntries(
        coverage.checks.map((c: Tally & { id: string }) => [
          c.id,
          { total: c.total, covered: c.covered, unknown: c.unknown },
        ]),
      ),
    ).toEqual(expected.totals);
    const routedGaps = coverage.gaps
      .filter((g: { check: string }) => g.check === 'paging-routed')
      .map((g: { reason: string }) => g.reason);
    expect(routedGaps).toContain(
      `nobody is on call now for PagerDuty service ${onCall.nobodyOnCall}`,
    );
    expect(routedGaps).toContain(
      `nobody is on call now for PagerDuty service ${onCall.secondLevelOnly}`,
    );

    // The on-call answer is kept a while: a second request does not ask again.
    expect(await readCoverage(server)).toEqual(coverage);
    expect(oncall.calls.count).toBe(1);

    const asGroups = (
      groups: Array<{ group: { ref: string }; checks: Record<string, Tally> }>,
    ) =>
      Object.fromEntries(
        groups.map(g => [
          g.group.ref,
          Object.fromEntries(
            Object.entries(g.checks).filter(([, tally]) => tally.total > 0),
          ),
        ]),
      );
    expect(asGroups(coverage.byDomain)).toEqual(expected.byDomain);
    expect(asGroups(coverage.bySquad)).toEqual(expected.bySquad);

    const gapNames = (check: string) =>
      coverage.gaps
        .filter((g: { check: string }) => g.check === check)
        .map((g: { subject: { ref: string } }) => g.subject.ref.split('/')[1])
        .sort();
    for (const check of Object.keys(expected.totals)) {
      expect(gapNames(check)).toEqual((expected.gaps[check] ?? []).sort());
    }
  });

  it.each([
    ['the on-call backend fails', 503, /on-call backend answered 503/],
    [
      'PagerDuty was never synced',
      { status: { stale: true }, items: [] },
      /PagerDuty has not been synced yet/,
    ],
  ])(
    'says PagerDuty data is unavailable, and passes no routed alert, when %s',
    async (_case, answer, reason) => {
      const entities = loadDemoEntities();
      const { server } = await startAlertsBackend(entities, [
        mockOnCallPlugin(() => answer).plugin,
      ]);
      const body = await readCoverage(server);
      const routed = body.checks.find(
        (c: { id: string }) => c.id === 'paging-routed',
      );
      expect(routed.covered).toBe(0);
      expect(routed.unavailable).toMatch(/^PagerDuty data unavailable: /);
      expect(routed.unavailable).toMatch(reason);
      // Every alert routed to a catalog service is unknown; the others are gaps as before.
      const routedIds = routedServiceIds(entities);
      const routedAlerts = entities.filter(
        e =>
          e.kind === 'Alert' &&
          e.spec?.paging === true &&
          routedIds.includes(pagerDutyServiceId(e)!),
      );
      expect(routedAlerts.length).toBeGreaterThan(0);
      expect(routed.unknown).toBe(routedAlerts.length);
      expect(routed.total - routed.unknown).toBe(
        body.gaps.filter((g: { check: string }) => g.check === 'paging-routed')
          .length,
      );
    },
  );

  it("shows the demo's deliberate gaps", async () => {
    const entities = loadDemoEntities();
    const onCall = onCallAnswer(entities);
    const { server } = await startAlertsBackend(entities, [
      mockOnCallPlugin(() => onCall.answer).plugin,
    ]);
    const body = await readCoverage(server);
    const gaps = (check: string) =>
      body.gaps
        .filter((g: { check: string }) => g.check === check)
        .map((g: { subject: { ref: string } }) => g.subject.ref);
    expect(gaps('critical-jobs').sort()).toEqual([
      'component:default/ach-return-entries-file',
      'component:default/ctr-batch-filing',
      'component:default/gl-reconciliation-daily',
      'component:default/positive-pay-exception-report',
    ]);
    expect(gaps('paging-sop')).toHaveLength(6);
    // The five the records themselves leave unrouted, and those to the services nobody answers.
    const unanswered = entities.filter(
      e =>
        e.kind === 'Alert' &&
        e.spec?.paging === true &&
        [onCall.nobodyOnCall, onCall.secondLevelOnly].includes(
          pagerDutyServiceId(e)!,
        ),
    );
    expect(gaps('paging-routed')).toHaveLength(5 + unanswered.length);
    expect(gaps('procedures-reviewed')).toHaveLength(6);
  });

  it('answers the totals and domains at once, the squads and a page of gaps on demand', async () => {
    const { server, get } = await demoCoverage('');
    const summary = (await get('').expect(200)).body;
    expect(Object.keys(summary).sort()).toEqual(['asOf', 'byDomain', 'checks']);

    const jobs = (
      await get('/gaps?filter[check]=critical-jobs&limit=3').expect(200)
    ).body;
    expect(jobs).toMatchObject({ total: 4, offset: 0, limit: 3 });
    expect(jobs.items).toHaveLength(3);
    expect(
      jobs.items.every((g: { check: string }) => g.check === 'critical-jobs'),
    ).toBe(true);
    const rest = (
      await get('/gaps?filter[check]=critical-jobs&offset=3&limit=3').expect(
        200,
      )
    ).body;
    expect(rest.items).toHaveLength(1);

    const everyGap: Array<{
      owner: { ref: string };
      domain?: { ref: string };
    }> = (await readCoverage(server)).gaps;
    const owner = everyGap[0].owner.ref;
    const ofOwner = (
      await get(`/gaps?filter[owner]=${owner}&limit=500`).expect(200)
    ).body;
    expect(ofOwner.total).toBe(
      everyGap.filter(gap => gap.owner.ref === owner).length,
    );
    const withoutDomain = (
      await get('/gaps?filter[domain]=none&limit=500').expect(200)
    ).body;
    expect(withoutDomain.total).toBe(
      everyGap.filter(gap => !gap.domain).length,
    );

    const bad = await get('/gaps?filter[squad]=x').expect(400);
    expect(bad.body.error.message).toBe(
      'filter[squad] is not a filter here; use one of check, domain, owner',
    );
  });

  it('pages the squads by title, or most gaps first, and finds them by title', async () => {
    const { get } = await demoCoverage('/squads');
    type Group = { group: { title: string }; checks: Record<string, Tally> };
    const gapsOf = (group: Group) =>
      Object.values(group.checks).reduce(
        (sum, { total, covered, unknown }) => sum + total - covered - unknown,
        0,
      );
    const every: Group[] = (await get('?limit=500').expect(200)).body.items;
    expect(every.length).toBeGreaterThan(3);
    const titles = every.map(group => group.group.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());

    const first = (await get('?limit=2').expect(200)).body;
    expect(first).toMatchObject({ total: every.length, offset: 0, limit: 2 });
    expect(first.items).toEqual(every.slice(0, 2));

    const worst: Group[] = (
      await get('?sort=gaps&order=desc&limit=500').expect(200)
    ).body.items;
    const gaps = worst.map(gapsOf);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(gaps[0]).toBeGreaterThan(0);

    const byCheck: Group[] = (
      await get('?sort=paging-sop&order=desc&limit=1').expect(200)
    ).body.items;
    const sopGaps = ({ checks }: Group) =>
      checks['paging-sop'].total -
      checks['paging-sop'].covered -
      checks['paging-sop'].unknown;
    expect(sopGaps(byCheck[0])).toBe(Math.max(...every.map(sopGaps)));

    const named = every[every.length - 1].group.title;
    const found = (await get(`?q=${encodeURIComponent(named)}`).expect(200))
      .body;
    expect(found.items.map((group: Group) => group.group.title)).toContain(
      named,
    );
    expect(found.total).toBeLessThan(every.length);

    const bad = await get('?sort=domain').expect(400);
    expect(bad.body.error.message).toBe(
      'sort must be one of squad, gaps, critical-jobs, paging-sop, paging-routed, procedures-reviewed (got "domain")',
    );
  });
});

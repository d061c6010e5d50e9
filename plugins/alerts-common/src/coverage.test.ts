import { summarizeAlert } from './alertSummary';
import { computeAlertCoverage, pagerDutyServicesOnCall } from './coverage';
import { createCatalogLookup } from './entityLookup';
import { indexAlertsByProcedure, summarizeProcedure } from './procedureSummary';
import { testAlert, testCatalog, testProcedure } from './testUtils/testCatalog';

describe('computeAlertCoverage', () => {
  const procedures = [
    testProcedure('ach-sop', { lastReviewed: '2026-06-01' }),
    testProcedure('stale-runbook', {
      type: 'runbook',
      lastReviewed: '2025-01-10',
      reviewInterval: 'P12M',
    }),
    testProcedure('cards-checklist', {
      type: 'checklist',
      owner: 'group:cards-squad',
      appliesTo: ['component:card-report'],
      lastReviewed: undefined,
    }),
  ];
  const alertEntities = [
    // Covers ach-file-0600: positive and paging, with an SOP and a route.
    testAlert('ach-0600-late', {
      procedure: 'procedure:ach-sop',
      pagerduty: { serviceId: 'PACH001' },
    }),
    // Positive but not paging: ach-file-1000 stays a gap.
    testAlert('ach-1000-late', {
      monitors: 'component:ach-file-1000',
      paging: false,
    }),
    // Paging, SOP missing from the catalog, PagerDuty service unknown.
    testAlert('card-report-late', {
      owner: 'group:cards-squad',
      monitors: 'component:card-report',
      procedure: 'procedure:gone',
      pagerduty: { serviceId: 'PNONE' },
    }),
    // Negative and paging, with neither SOP nor route.
    testAlert('ach-errors', {
      type: 'negative',
      source: 'log',
      monitors: 'component:ach-service',
    }),
  ];
  const all = [...testCatalog, ...procedures, ...alertEntities];
  const lookup = createCatalogLookup(all);
  const alerts = alertEntities.map(alert => summarizeAlert(alert, lookup));
  const byProcedure = indexAlertsByProcedure(alertEntities, lookup);
  const input = {
    alerts,
    procedures: procedures.map(p => summarizeProcedure(p, lookup, byProcedure)),
    components: testCatalog,
    lookup,
    asOf: new Date('2026-11-21T12:00:00Z'),
  };
  const coverage = computeAlertCoverage({
    ...input,
    onCall: { available: true, servicesOnCall: new Set(['PACH001']) },
  });

  it('counts each check', () => {
    expect(
      Object.fromEntries(
        coverage.checks.map(c => [c.id, [c.covered, c.total]]),
      ),
    ).toEqual({
      'critical-jobs': [1, 2],
      'paging-sop': [1, 3],
      'paging-routed': [1, 3],
      'procedures-reviewed': [1, 3],
    });
    expect(coverage.asOf).toBe('2026-11-21');
    expect(coverage.checks.every(check => !check.unavailable)).toBe(true);
  });

  it('counts a routed alert whose service nobody is on call for as a gap', () => {
    const nobody = computeAlertCoverage({
      ...input,
      onCall: { available: true, servicesOnCall: new Set(['POTHER']) },
    });
    expect(nobody.checks.find(c => c.id === 'paging-routed')).toMatchObject({
      total: 3,
      covered: 0,
      unknown: 0,
    });
    expect(
      nobody.gaps.filter(gap => gap.check === 'paging-routed')[0],
    ).toMatchObject({
      subject: { ref: 'alert:default/ach-0600-late' },
      reason: 'nobody is on call now for PagerDuty service PACH001',
    });
  });

  it('never passes a routed alert when on-call data is unavailable', () => {
    for (const onCall of [
      {
        available: false as const,
        reason: 'the on-call service did not answer',
      },
      undefined,
    ]) {
      const unknown = computeAlertCoverage({ ...input, onCall });
      const routed = unknown.checks.find(c => c.id === 'paging-routed')!;
      expect(routed).toMatchObject({ total: 3, covered: 0, unknown: 1 });
      expect(routed.unavailable).toMatch(/^PagerDuty data unavailable: /);
      // Unknown is not a gap: the two alerts that are not routed remain the only gaps.
      expect(
        unknown.gaps.filter(gap => gap.check === 'paging-routed'),
      ).toHaveLength(2);
      expect(
        unknown.bySquad.find(g => g.group.ref === 'group:default/ach-squad')!
          .checks['paging-routed'],
      ).toEqual({ total: 2, covered: 0, unknown: 1 });
    }
  });

  it('lists every gap with its reason', () => {
    expect(
      coverage.gaps.map(
        gap => `${gap.check} ${gap.subject.ref}: ${gap.reason}`,
      ),
    ).toEqual([
      'critical-jobs component:default/ach-file-1000: no positive paging alert',
      'paging-sop alert:default/card-report-late: procedure:gone does not exist',
      'paging-routed alert:default/card-report-late: PagerDuty service PNONE is not on any catalog service',
      'paging-sop alert:default/ach-errors: names no procedure',
      'paging-routed alert:default/ach-errors: names no PagerDuty service',
      'procedures-reviewed procedure:default/stale-runbook: review was due on 2026-01-10',
      'procedures-reviewed procedure:default/cards-checklist: never reviewed',
    ]);
  });

  it('tallies by domain and by squad', () => {
    expect(
      coverage.byDomain.map(group => [
        group.group.title,
        group.checks['paging-sop'],
        group.checks['critical-jobs'],
      ]),
    ).toEqual([
      [
        'Payments',
        { total: 1, covered: 0, unknown: 0 },
        { total: 0, covered: 0, unknown: 0 },
      ],
      [
        'Transfers',
        { total: 2, covered: 1, unknown: 0 },
        { total: 2, covered: 1, unknown: 0 },
      ],
    ]);
    expect(
      coverage.bySquad.map(group => [
        group.group.ref,
        group.checks['procedures-reviewed'],
      ]),
    ).toEqual([
      ['group:default/ach-squad', { total: 2, covered: 1, unknown: 0 }],
      ['group:default/cards-squad', { total: 1, covered: 0, unknown: 0 }],
    ]);
  });

  it('reports the same figures in the groups as in the totals', () => {
    for (const groups of [coverage.byDomain, coverage.bySquad]) {
      for (const check of coverage.checks) {
        const sum = groups.reduce(
          (acc, g) => acc + g.checks[check.id].covered,
          0,
        );
        expect(sum).toBe(check.covered);
      }
    }
  });
});

describe('pagerDutyServicesOnCall', () => {
  const person = { userId: 'P1', name: 'Ada' };
  it('gives the services of policies with someone on call at their first level', () => {
    expect(
      pagerDutyServicesOnCall([
        {
          escalationPolicy: {
            id: 'P1',
            name: 'Policy',
            serviceIds: ['S1', 'S2'],
          },
          levels: [
            { level: 2, now: [] },
            { level: 1, now: [person] },
          ],
        },
        // Only the second level has someone: a page waits for an escalation.
        {
          escalationPolicy: { id: 'P2', name: 'Policy', serviceIds: ['S3'] },
          levels: [
            { level: 1, now: [] },
            { level: 2, now: [person] },
          ],
        },
        {
          escalationPolicy: { id: 'P3', name: 'Policy', serviceIds: ['S4'] },
          levels: [],
        },
        {
          escalationPolicy: { id: 'P4', name: 'Policy' },
          levels: [{ level: 1, now: [person] }],
        },
      ]),
    ).toEqual(new Set(['S1', 'S2']));
  });
});

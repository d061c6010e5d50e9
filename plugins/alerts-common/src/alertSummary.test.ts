import { severityRank, summarizeAlert } from './alertSummary';
import { createCatalogLookup } from './entityLookup';
import { testAlert, testCatalog, testProcedure } from './testUtils/testCatalog';

describe('summarizeAlert', () => {
  const lookup = createCatalogLookup([
    ...testCatalog,
    testProcedure('ach-sop'),
  ]);

  it('resolves owner, monitored job, domain, SOP and PagerDuty route', () => {
    const summary = summarizeAlert(
      testAlert('ach-late', {
        procedure: 'procedure:ach-sop',
        scripts: ['procedure:missing-script'],
        pagerduty: { serviceId: 'PACH001' },
        errorCodes: [
          { code: 'A-1', class: 'system' },
          { code: 'A-2', class: 'system' },
          { code: 'A-3', class: 'business' },
        ],
      }),
      lookup,
    );
    expect(summary).toMatchObject({
      ref: 'alert:default/ach-late',
      title: 'Alert ach-late',
      owner: { ref: 'group:default/ach-squad', title: 'ACH Squad' },
      monitors: {
        ref: 'component:default/ach-file-0600',
        kind: 'Component',
        type: 'job',
      },
      domain: { ref: 'domain:default/transfers', title: 'Transfers' },
      procedure: { ref: 'procedure:default/ach-sop', title: 'ach-sop' },
      scripts: [
        { ref: 'procedure:missing-script', title: 'procedure:missing-script' },
      ],
      pagerDutyService: { ref: 'component:default/ach-service' },
      hasSop: true,
      routedToPagerDuty: true,
      errorCodeClasses: ['system', 'business'],
    });
  });

  it('has no SOP when the named procedure does not exist', () => {
    const summary = summarizeAlert(
      testAlert('x', { procedure: 'procedure:gone' }),
      lookup,
    );
    expect(summary.hasSop).toBe(false);
    expect(summary.procedure).toBeUndefined();
    expect(summary.procedureRef).toBe('procedure:gone');
  });

  it('is not routed when its PagerDuty service is on no catalog entity', () => {
    const summary = summarizeAlert(
      testAlert('x', { pagerduty: { serviceId: 'PNONE' } }),
      lookup,
    );
    expect(summary.routedToPagerDuty).toBe(false);
    expect(summary.pagerDutyServiceId).toBe('PNONE');
  });

  it("falls back to the owner's domain", () => {
    const summary = summarizeAlert(
      testAlert('x', {
        owner: 'group:cards-squad',
        monitors: 'component:card-report',
      }),
      lookup,
    );
    expect(summary.domain?.ref).toBe('domain:default/payments');
  });
});

describe('severityRank', () => {
  it('ranks critical first', () => {
    expect(
      (['low', 'critical', 'medium', 'high'] as const)
        .slice()
        .sort((a, b) => severityRank(a) - severityRank(b)),
    ).toEqual(['critical', 'high', 'medium', 'low']);
  });
});

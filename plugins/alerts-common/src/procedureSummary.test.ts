import { createCatalogLookup } from './entityLookup';
import { indexAlertsByProcedure, summarizeProcedure } from './procedureSummary';
import { testAlert, testCatalog, testProcedure } from './testUtils/testCatalog';

describe('summarizeProcedure', () => {
  it('resolves owner, targets, domain and the alerts that name it', () => {
    const sop = testProcedure('ach-sop', {
      appliesTo: ['system:ach', 'component:ach-service'],
    });
    sop.metadata.annotations = {
      'backstage.io/techdocs-ref': 'dir:./docs/ach-sop',
    };
    const alerts = [
      testAlert('late', { procedure: 'procedure:ach-sop' }),
      testAlert('script-user', {
        monitors: 'component:ach-file-1000',
        scripts: ['procedure:default/ach-sop'],
      }),
      testAlert('other'),
    ];
    const lookup = createCatalogLookup([...testCatalog, sop, ...alerts]);
    const summary = summarizeProcedure(
      sop,
      lookup,
      indexAlertsByProcedure(alerts, lookup),
    );
    expect(summary).toMatchObject({
      ref: 'procedure:default/ach-sop',
      type: 'sop',
      owner: { title: 'ACH Squad' },
      domain: { ref: 'domain:default/transfers' },
      appliesTo: [
        { ref: 'system:default/ach' },
        { ref: 'component:default/ach-service' },
      ],
      alerts: [
        { ref: 'alert:default/late' },
        { ref: 'alert:default/script-user' },
      ],
      reviewDue: '2026-12-01',
      hasTechDocs: true,
    });
    expect(summary.services.map(s => s.ref)).toEqual([
      'component:default/ach-service',
      'component:default/ach-file-0600',
      'component:default/ach-file-1000',
    ]);
  });
});

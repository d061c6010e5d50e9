import { Entity } from '@backstage/catalog-model';
import { ReadinessRecordsProcessor } from './ReadinessRecordsProcessor';

const taxonomy = {
  categories: [
    {
      id: 'change',
      title: 'Change',
      tags: [{ id: 'change/config-error', title: 'Configuration error' }],
    },
  ],
};

const processor = new ReadinessRecordsProcessor({
  getTaxonomy: async () => taxonomy,
});

const location = { type: 'file', target: '/records/vendors.yaml' };

const vendor: Entity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Vendor',
  metadata: { name: 'fedach' },
  spec: {
    legalName: 'Federal Reserve Bank of Atlanta',
    country: 'US',
    owner: 'group:ach-operations-squad',
    relationshipOwner: 'user:sam.lead',
    ictServiceType: 'payment-processing',
    services: ['ACH clearing and settlement'],
    criticality: 'critical',
    supports: ['system:ach'],
  },
};

describe('ReadinessRecordsProcessor', () => {
  it('leaves other kinds to other processors', async () => {
    await expect(
      processor.validateEntityKind({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'x' },
      }),
    ).resolves.toBe(false);
  });

  it('accepts a valid record', async () => {
    await expect(processor.validateEntityKind(vendor)).resolves.toBe(true);
  });

  it('rejects a vendor holding confidential fields, naming where they belong and not their values', async () => {
    const error = await processor
      .validateEntityKind({
        ...vendor,
        spec: {
          ...vendor.spec,
          contract: {
            reference: 'FRB-ACH-2019-044',
            startDate: '2019-03-01',
            annualValue: { amount: 420000, currency: 'USD' },
          },
          reviews: [
            {
              type: 'financial',
              date: '2026-02-01',
              result: 'pass',
              nextDue: '2027-02-01',
              reviewer: 'user:sam.lead',
              summary: 'Debt covenants close to breach.',
              evidence: 'https://grc.example/fin',
            },
          ],
        },
      })
      .catch(e => e);
    const where =
      'it is confidential: keep it in the confidential vendor file (readiness.confidentialVendorFile), never in the catalog';
    expect(error.message).toBe(
      `Vendor fedach is invalid: spec.contract.annualValue: is not allowed: ${where}; ` +
        `spec.reviews[0].summary: is not allowed when type is financial: ${where}; ` +
        `spec.reviews[0].evidence: is not allowed when type is financial: ${where}`,
    );
    expect(error.message).not.toMatch(/420000|covenants|grc\.example/);
  });

  it('rejects an invalid record naming each field and reason', async () => {
    const error = await processor
      .validateEntityKind({
        ...vendor,
        spec: { ...vendor.spec, criticality: 'vital', country: 'USA' },
      })
      .catch(e => e);
    expect(error.message).toMatch(/^Vendor fedach is invalid: /);
    expect(error.message).toContain(
      'spec.criticality: must be one of critical, high, medium, low (got "vital")',
    );
    expect(error.message).toMatch(/spec\.country: .*"USA"/);
  });

  it('rejects post-mortem tags outside the taxonomy', async () => {
    await expect(
      processor.validateEntityKind({
        apiVersion: 'readiness.dev/v1alpha1',
        kind: 'Postmortem',
        metadata: { name: '2026-01-01-x' },
        spec: {
          reviewType: 'success',
          status: 'draft',
          owner: 'group:ach-operations-squad',
          startedAt: '2026-01-01T10:00:00Z',
          services: ['component:ach-origination-service'],
          summary: 'A clean failover.',
          taxonomy: ['bad-luck'],
        },
      }),
    ).rejects.toThrow(/spec\.taxonomy\[0\]: .*bad-luck.*taxonomy/);
  });

  it('emits each relation in both directions, reversing supports into dependsOn', async () => {
    const emit = jest.fn();
    await processor.postProcessEntity(vendor, location, emit);
    const relations = emit.mock.calls.map(([result]) => [
      `${result.relation.source.kind}:${result.relation.source.name}`,
      result.relation.type,
      `${result.relation.target.kind}:${result.relation.target.name}`,
    ]);
    expect(relations).toEqual(
      expect.arrayContaining([
        ['Vendor:fedach', 'ownedBy', 'group:ach-operations-squad'],
        ['group:ach-operations-squad', 'ownerOf', 'Vendor:fedach'],
        ['Vendor:fedach', 'relationshipOwnedBy', 'user:sam.lead'],
        ['user:sam.lead', 'relationshipOwnerOf', 'Vendor:fedach'],
        ['system:ach', 'dependsOn', 'Vendor:fedach'],
        ['Vendor:fedach', 'dependencyOf', 'system:ach'],
      ]),
    );
    expect(relations).toHaveLength(6);
  });
});

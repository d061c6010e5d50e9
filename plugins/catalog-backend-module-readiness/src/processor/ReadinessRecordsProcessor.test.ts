/* eslint-disable no-script-url -- script URLs are what these tests feed in */
import { Entity } from '@backstage/catalog-model';
import { ReadinessRecordsProcessor } from './ReadinessRecordsProcessor';
import {
  RECORDS_REVISION_ANNOTATION,
  withRecordsRevision,
} from '@readiness/plugin-readiness-node';

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
  readLocation: async () => undefined,
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
  it('locates each problem by file and line when it can read the file again', async () => {
    const file = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payment-gateway
  links:
    - url: javascript:alert(document.cookie)
spec: { type: service, lifecycle: production, owner: group:ach-operations-squad }
---
apiVersion: readiness.dev/v1alpha1
kind: Vendor
metadata:
  name: fedach
spec:
  legalName: Federal Reserve Bank of Atlanta
  country: US
  owner: group:ach-operations-squad
  relationshipOwner: user:sam.lead
  ictServiceType: payment-processing
  services: [ACH clearing and settlement]
  criticality: critical
  alternatives:
    - name: The Clearing House EPN
      vendor: vendor:fedach
  reviews:
    - type: security
      date: 2026-01-10
      result: pass
      nextDue: 2027-01-10
      reviewer: user:alex.auditor
      evidence: javascript:alert(1)
`;
    const readLocation = jest.fn(async () => file);
    const locating = new ReadinessRecordsProcessor({
      getTaxonomy: async () => taxonomy,
      readLocation,
    });
    const annotations = {
      'backstage.io/managed-by-location': 'file:/records/catalog.yaml',
    };
    const errorOf = (entity: Entity) =>
      locating.validateEntityKind(entity).catch(e => e.message);

    await expect(
      errorOf({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'payment-gateway',
          annotations,
          links: [{ url: 'javascript:alert(document.cookie)' }],
        },
      }),
    ).resolves.toBe(
      'Component payment-gateway is invalid: /records/catalog.yaml:6: metadata.links[0].url: ' +
        'must be an http, https or mailto URL, like https://grafana.example.com/d/ach or ' +
        'mailto:team@example.com (got "javascript:alert(document.cookie)")',
    );
    await expect(
      errorOf({
        ...vendor,
        metadata: { ...vendor.metadata, annotations },
        spec: {
          ...vendor.spec,
          alternatives: [
            { name: 'The Clearing House EPN', vendor: 'vendor:fedach' },
          ],
          reviews: [
            {
              type: 'security',
              date: '2026-01-10',
              result: 'pass',
              nextDue: '2027-01-10',
              reviewer: 'user:alex.auditor',
              evidence: 'javascript:alert(1)',
            },
          ],
        },
      }),
    ).resolves.toBe(
      'Vendor fedach is invalid: ' +
        '/records/catalog.yaml:30: spec.reviews[0].evidence: must be an http or https URL, like ' +
        'https://jira.example.com/browse/OPS-1 (got "javascript:alert(1)"); ' +
        '/records/catalog.yaml:23: spec.alternatives[0].vendor: is this vendor itself ' +
        '(vendor:default/fedach): an alternative must be another provider',
    );
    expect(readLocation).toHaveBeenCalledWith({
      type: 'file',
      target: '/records/catalog.yaml',
    });
  });

  it('names the file alone when it cannot read it again', async () => {
    const unreadable = new ReadinessRecordsProcessor({
      getTaxonomy: async () => taxonomy,
      readLocation: async () => {
        throw new Error('gone');
      },
    });
    await expect(
      unreadable.validateEntityKind({
        ...vendor,
        metadata: {
          ...vendor.metadata,
          annotations: {
            'backstage.io/managed-by-location':
              'url:https://git.example/records/vendors.yaml',
          },
        },
        spec: { ...vendor.spec, criticality: 'vital' },
      }),
    ).rejects.toThrow(
      'Vendor fedach is invalid: https://git.example/records/vendors.yaml: spec.criticality: ' +
        'must be one of critical, high, medium, low (got "vital")',
    );
  });

  it('leaves other kinds with valid links to other processors', async () => {
    await expect(
      processor.validateEntityKind({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: 'ach-operations-squad',
          links: [{ url: 'mailto:ach-ops@example.com' }],
        },
      }),
    ).resolves.toBe(false);
  });

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

  it('gives records and the entities they refer to the revision the records index checks', async () => {
    const emit = jest.fn();
    const processed = await processor.postProcessEntity(vendor, location, emit);
    expect(processed.metadata.annotations?.[RECORDS_REVISION_ANNOTATION]).toEqual(
      withRecordsRevision(vendor).metadata.annotations?.[RECORDS_REVISION_ANNOTATION],
    );
    expect(processed.spec).toEqual(vendor.spec);
    const component = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'ach-origination-service' },
      spec: { type: 'service', owner: 'group:ach-operations-squad' },
    };
    const annotated = await processor.postProcessEntity(component, location, emit);
    expect(annotated.metadata.annotations).toHaveProperty([RECORDS_REVISION_ANNOTATION]);
    // The index reads no APIs: they stay as they are.
    const api = { ...component, kind: 'API' };
    expect(await processor.postProcessEntity(api, location, emit)).toBe(api);
    expect(emit).toHaveBeenCalledTimes(6);
  });
});

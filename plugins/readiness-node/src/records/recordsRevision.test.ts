import { Entity } from '@backstage/catalog-model';
import {
  RECORDS_REVISION_ANNOTATION,
  withRecordsRevision,
} from './recordsRevision';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payment-gateway',
    annotations: { 'backstage.io/managed-by-location': 'file:/catalog.yaml' },
  },
  spec: { type: 'service', owner: 'group:payments-squad' },
};

const revisionOf = (entity: Entity) =>
  withRecordsRevision(entity).metadata.annotations?.[
    RECORDS_REVISION_ANNOTATION
  ];

describe('withRecordsRevision', () => {
  it('gives an indexed entity a short digest of its content, keeping its other annotations', () => {
    const annotated = withRecordsRevision(component);
    expect(annotated.metadata.annotations).toEqual({
      'backstage.io/managed-by-location': 'file:/catalog.yaml',
      [RECORDS_REVISION_ANNOTATION]: expect.stringMatching(/^[\w-]{16}$/),
    });
    expect(annotated.spec).toBe(component.spec);
    expect(component.metadata.annotations).not.toHaveProperty(
      RECORDS_REVISION_ANNOTATION,
    );
  });

  it('changes with the spec or the metadata, not with what each stitch assigns', () => {
    const revision = revisionOf(component);
    expect(
      revisionOf({
        ...component,
        spec: { ...component.spec, owner: 'group:cards-squad' },
      }),
    ).not.toBe(revision);
    expect(
      revisionOf({
        ...component,
        metadata: { ...component.metadata, title: 'Gateway' },
      }),
    ).not.toBe(revision);
    expect(
      revisionOf({
        ...component,
        metadata: { ...component.metadata, uid: 'u-1', etag: 'e-2' },
      }),
    ).toBe(revision);
    // Digesting an entity again gives the same revision.
    expect(revisionOf(withRecordsRevision(component))).toBe(revision);
  });

  it('tells records of the same content but another name apart', () => {
    expect(
      revisionOf({
        ...component,
        metadata: { ...component.metadata, name: 'other' },
      }),
    ).not.toBe(revisionOf(component));
  });

  it('leaves kinds the index does not read as they are', () => {
    const api: Entity = { ...component, kind: 'API' };
    expect(withRecordsRevision(api)).toBe(api);
    expect(
      revisionOf({
        ...component,
        kind: 'alert',
        apiVersion: 'readiness.dev/v1alpha1',
      }),
    ).toBeDefined();
  });
});

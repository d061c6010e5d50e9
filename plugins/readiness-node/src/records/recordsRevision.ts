import { createHash } from 'node:crypto';
import { Entity } from '@backstage/catalog-model';
import { READINESS_KINDS } from '@readiness/plugin-readiness-common';

/**
 * The annotation the catalog module gives every entity the records index reads: a digest of what
 * the index reads of it (its kind, metadata and spec). The index asks the catalog for the count
 * of each value, one cheap query of the catalog's search table, to tell whether anything it holds
 * changed, where reading each entity's etag would make the catalog read every entity whole.
 *
 * @public
 */
export const RECORDS_REVISION_ANNOTATION = 'readiness.dev/revision';

/**
 * The kinds the records index reads: the record kinds, and the catalog entities records refer to
 * (components, resources, systems, domains, groups and users).
 *
 * @public
 */
export const INDEXED_KINDS: readonly string[] = [
  ...READINESS_KINDS,
  'Component',
  'Resource',
  'System',
  'Domain',
  'Group',
  'User',
];

const indexedKinds = new Set(
  INDEXED_KINDS.map(kind => kind.toLocaleLowerCase('en-US')),
);

/**
 * The entity with its {@link RECORDS_REVISION_ANNOTATION} set, when the records index reads its
 * kind; other entities as they are. The digest leaves out what the catalog assigns on each stitch
 * (uid, etag) and the annotation itself.
 *
 * @public
 */
export function withRecordsRevision(entity: Entity): Entity {
  if (!indexedKinds.has(entity.kind.toLocaleLowerCase('en-US'))) {
    return entity;
  }
  const { uid, etag, annotations = {}, ...metadata } = entity.metadata;
  const otherAnnotations = Object.fromEntries(
    Object.entries(annotations).filter(
      ([key]) => key !== RECORDS_REVISION_ANNOTATION,
    ),
  );
  const revision = createHash('sha1')
    .update(
      JSON.stringify([
        entity.apiVersion,
        entity.kind,
        { ...metadata, annotations: otherAnnotations },
        entity.spec ?? null,
      ]),
    )
    .digest('base64url')
    .slice(0, 16);
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        ...otherAnnotations,
        [RECORDS_REVISION_ANNOTATION]: revision,
      },
    },
  };
}

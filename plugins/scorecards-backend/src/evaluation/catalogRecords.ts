import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CapabilityModelEntity,
  entityRefKey,
  isCapabilityModelEntity,
} from '@readiness/plugin-readiness-common';

/** The catalog as the checks read it: the capability model and every record they look at. */
export interface CatalogRecords {
  model?: CapabilityModelEntity;
  entities: Entity[];
}

// Large pages: a few dozen round trips for profile L instead of one per thousand entities.
const PAGE_SIZE = 5000;

// What the checks read of an entity: identity, titles, descriptions and annotations for evidence
// and lookups, and the spec. Everything else (relations, status, uid, ...) stays in the catalog.
const IDENTITY = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'metadata.annotations',
];
const FIELDS = [...IDENTITY, 'spec'];

// Streamed queries, read concurrently so that the catalog's database works on one while the
// answer of another is parsed: groups with their hasMember relations (squad members), the
// post-mortems and procedures with only the fields their checks read (most of a post-mortem is
// its narrative, timeline and root causes), and the other records the checks read, whole.
const QUERIES: Array<{
  filter: Array<Record<string, string | string[]>>;
  fields: string[];
}> = [
  { filter: [{ kind: 'Group' }], fields: [...FIELDS, 'relations'] },
  {
    filter: [{ kind: 'Postmortem' }],
    fields: [
      ...IDENTITY,
      'spec.owner',
      'spec.reviewType',
      'spec.startedAt',
      'spec.resolvedAt',
      'spec.publishedAt',
      'spec.actions',
    ],
  },
  {
    filter: [{ kind: 'Procedure' }],
    fields: [...IDENTITY, 'spec.lastReviewed', 'spec.reviewInterval'],
  },
  {
    filter: [
      {
        kind: [
          'User',
          'Exercise',
          'ContinuityPlan',
          'Vendor',
          'CapabilityModel',
        ],
      },
      { kind: 'Component', 'spec.type': 'job' },
      // The checks look at paging alerts only: most of the alerts stay in the catalog.
      { kind: 'Alert', 'spec.paging': 'true' },
    ],
    fields: FIELDS,
  },
];

/**
 * Reads the records the scorecards need from the catalog with the plugin's own credentials, in
 * one batch per evaluation: only the kinds and fields the checks read. The model is the
 * configured one, else the first by name.
 */
export async function readCatalogRecords(options: {
  catalog: CatalogService;
  auth: AuthService;
  modelRef?: string;
}): Promise<CatalogRecords> {
  const { catalog, auth, modelRef } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const results = await Promise.all(
    QUERIES.map(async ({ filter, fields }) => {
      const entities: Entity[] = [];
      for await (const page of catalog.streamEntities(
        { filter, fields, pageSize: PAGE_SIZE },
        { credentials },
      )) {
        for (const entity of page) entities.push(entity);
      }
      return entities;
    }),
  );
  const entities = results.flat();

  return { model: selectCapabilityModel(entities, modelRef), entities };
}

/**
 * The capability model named by `modelRef` (config `scorecards.model`) among `entities`,
 * else the first by name.
 */
export function selectCapabilityModel(
  entities: Entity[],
  modelRef: string | undefined,
): CapabilityModelEntity | undefined {
  const models = entities
    .filter(isCapabilityModelEntity)
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const wanted = modelRef
    ? entityRefKey(modelRef, 'capabilitymodel')
    : undefined;
  return wanted ? models.find(m => entityRefKey(m) === wanted) : models[0];
}

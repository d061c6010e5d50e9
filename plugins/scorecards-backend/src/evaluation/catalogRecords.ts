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

const PAGE_SIZE = 1000;

// One paged query for everything the checks read: squads and people, jobs, and the records.
const FILTER: Array<Record<string, string | string[]>> = [
  {
    kind: [
      'Group',
      'User',
      'Alert',
      'Procedure',
      'Postmortem',
      'Exercise',
      'ContinuityPlan',
      'Vendor',
      'CapabilityModel',
    ],
  },
  { kind: 'Component', 'spec.type': 'job' },
];

/**
 * Reads the records the scorecards need from the catalog with the plugin's own credentials, in
 * one batch per evaluation. The model is the configured one, else the first by name.
 */
export async function readCatalogRecords(options: {
  catalog: CatalogService;
  auth: AuthService;
  modelRef?: string;
}): Promise<CatalogRecords> {
  const { catalog, auth, modelRef } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const entities: Entity[] = [];
  let cursor: string | undefined;
  do {
    const page = await catalog.queryEntities(
      cursor
        ? { cursor, limit: PAGE_SIZE }
        : { filter: FILTER, limit: PAGE_SIZE },
      { credentials },
    );
    entities.push(...page.items);
    cursor = page.pageInfo.nextCursor;
  } while (cursor);

  const models = entities
    .filter(isCapabilityModelEntity)
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const wanted = modelRef
    ? entityRefKey(modelRef, 'capabilitymodel')
    : undefined;
  const model = wanted
    ? models.find(m => entityRefKey(m) === wanted)
    : models[0];
  return { model, entities };
}

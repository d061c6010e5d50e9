import type { Entity } from '@backstage/catalog-model';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  CapabilityModelEntity,
  listTaxonomyTags,
  parseTaxonomy,
} from '@readiness/plugin-readiness-common';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { ROOT_GROUP } from './organisation';

/** The demo organisation's catalog folder, in this repository. */
export const DEMO_CATALOG_DIR = resolvePackagePath(
  '@readiness/scale-profile',
  '../../catalog-info',
);

/** The name of the generated organisation's copy of the demo's capability model. */
export const SCALE_CAPABILITY_MODEL = 'scale-engineering-capability-model';

/** What the generated organisation takes from the demo: its root-cause taxonomy and capability model. */
export interface DemoRecords {
  taxonomyTags: string[];
  capabilityModel: Entity;
}

export function readDemoRecords(catalogDir: string): DemoRecords {
  const taxonomyFile = join(catalogDir, 'taxonomy.yaml');
  const { taxonomy, problems } = parseTaxonomy(
    readFileSync(taxonomyFile, 'utf8'),
  );
  if (!taxonomy) {
    throw new Error(
      `${taxonomyFile}: ${problems
        .map(
          problem =>
            `line ${problem.line}: ${problem.field} ${problem.message}`,
        )
        .join('; ')}`,
    );
  }
  const modelFile = join(
    catalogDir,
    'capability-model',
    'engineering-capability-model.yaml',
  );
  const model = parse(readFileSync(modelFile, 'utf8')) as CapabilityModelEntity;
  if (model?.kind !== 'CapabilityModel') {
    throw new Error(`${modelFile}: not a CapabilityModel`);
  }
  return {
    taxonomyTags: listTaxonomyTags(taxonomy).map(tag => tag.id),
    // Renamed and owned by the generated organisation, so that it can be
    // loaded next to the demo organisation without a name conflict.
    capabilityModel: {
      ...model,
      metadata: {
        name: SCALE_CAPABILITY_MODEL,
        title: model.metadata.title,
        description: model.metadata.description,
      },
      spec: { ...model.spec, owner: `group:${ROOT_GROUP}` },
    },
  };
}

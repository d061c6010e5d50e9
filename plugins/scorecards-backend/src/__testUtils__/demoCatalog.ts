import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';

const demoRecords = resolve(__dirname, '../../../../catalog-info');

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap(name => {
    const path = join(folder, name);
    if (statSync(path).isDirectory())
      return name === 'docs' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) &&
      !['mkdocs.yml', 'taxonomy.yaml', 'all.yaml'].includes(name)
      ? [path]
      : [];
  });
}

/** The demo organisation's entities, as the catalog serves them (without relations). */
export function loadDemoEntities(): Entity[] {
  return yamlFiles(demoRecords).flatMap(path =>
    parseAllDocuments(readFileSync(path, 'utf8'))
      .map(document => document.toJS() as Entity)
      .filter(entity => entity?.kind && entity.metadata?.name)
      .map(entity => ({
        ...entity,
        metadata: { namespace: 'default', ...entity.metadata },
      })),
  );
}

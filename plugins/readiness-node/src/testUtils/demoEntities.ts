import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';

// The records live in the repository, beside the plugins: tests run from the checkout.
const demoRecords = resolvePackagePath(
  '@readiness/plugin-readiness-node',
  '../../catalog-info',
);

// The catalog-info folder also holds TechDocs, the taxonomy and a location file.
const NOT_ENTITIES = ['mkdocs.yml', 'taxonomy.yaml', 'all.yaml'];

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap(name => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      return name === 'docs' ? [] : yamlFiles(path);
    }
    return /\.ya?ml$/.test(name) && !NOT_ENTITIES.includes(name) ? [path] : [];
  });
}

/**
 * The demo organisation's entities (the repository's `catalog-info` folder), as the catalog
 * would serve them but without relations: for backend tests over realistic records.
 *
 * @public
 */
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

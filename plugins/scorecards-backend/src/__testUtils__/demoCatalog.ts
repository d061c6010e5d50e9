import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { entityRefKey } from '@readiness/plugin-readiness-common';
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

/**
 * The ownership refs sign-in gives each demo person: themselves and the groups they are a member
 * of (`spec.memberOf`).
 */
export function demoOwnership(entities: Entity[]): Record<string, string[]> {
  return Object.fromEntries(
    entities
      .filter(entity => entity.kind === 'User')
      .map(user => {
        const ref = entityRefKey(user)!;
        const groups = (
          (user.spec?.memberOf as string[] | undefined) ?? []
        ).map(group => entityRefKey(group, 'group')!);
        return [ref, [ref, ...groups]];
      }),
  );
}

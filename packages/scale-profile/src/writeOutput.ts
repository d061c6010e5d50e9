import type { Entity } from '@backstage/catalog-model';
import type { SandboxAccount } from '@readiness/pagerduty-sandbox';
import { createWriteStream, promises as fs } from 'fs';
import { once } from 'events';
import { join } from 'path';
import { pad } from './context';
import { groupByKind } from './slice';
import { yamlDocument } from './yamlDocument';

/** The most entities one catalog file holds. */
export const ENTITIES_PER_FILE = 2_000;

/** What was written, relative to the output folder. */
export interface WrittenOutput {
  catalogFiles: string[];
  location: string;
  pagerDutyAccount?: string;
}

async function writeEntities(file: string, entities: Entity[]): Promise<void> {
  const stream = createWriteStream(file, { encoding: 'utf8' });
  const finished = once(stream, 'finish');
  for (const entity of entities) {
    if (!stream.write(yamlDocument(entity))) {
      await once(stream, 'drain');
    }
  }
  stream.end();
  await finished;
}

/**
 * Writes `<dir>/catalog/<kind>-<n>.yaml` (at most ENTITIES_PER_FILE entities
 * each, kind by kind), `<dir>/catalog/all.yaml` (a Location per file, with its
 * relative target) and, when given, `<dir>/pagerduty-account.json`. The
 * catalog folder is emptied first so that no file of an earlier run lingers.
 *
 * A Location per file rather than one Location listing every file: the catalog
 * reads all the targets of a Location in one processing step, so one Location
 * of profile XL's 127,000 entities held them all in memory at once and then
 * failed, its query of their refs passing PostgreSQL's limit of 65,535
 * parameters. Each file's Location is processed on its own.
 */
export async function writeScaleProfileOutput(
  dir: string,
  entities: Entity[],
  pagerDuty?: SandboxAccount,
  locationName = 'scale-profile',
): Promise<WrittenOutput> {
  const catalogDir = join(dir, 'catalog');
  await fs.rm(catalogDir, { recursive: true, force: true });
  await fs.mkdir(catalogDir, { recursive: true });
  const catalogFiles: string[] = [];
  for (const [kind, ofKind] of groupByKind(entities)) {
    for (let start = 0; start < ofKind.length; start += ENTITIES_PER_FILE) {
      const name = `${kind.toLowerCase()}-${pad(
        start / ENTITIES_PER_FILE + 1,
        3,
      )}.yaml`;
      await writeEntities(
        join(catalogDir, name),
        ofKind.slice(start, start + ENTITIES_PER_FILE),
      );
      catalogFiles.push(`catalog/${name}`);
    }
  }
  const locations = catalogFiles.map((file): Entity => {
    const name = file.slice('catalog/'.length);
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Location',
      metadata: {
        name: `${locationName}-${name.replace(/\.yaml$/, '')}`,
        description: `The generated scale profile's ${name}.`,
      },
      spec: { target: `./${name}` },
    };
  });
  await fs.writeFile(
    join(catalogDir, 'all.yaml'),
    locations.map(yamlDocument).join(''),
  );
  const written: WrittenOutput = { catalogFiles, location: 'catalog/all.yaml' };
  if (pagerDuty) {
    await fs.writeFile(
      join(dir, 'pagerduty-account.json'),
      JSON.stringify(pagerDuty),
    );
    written.pagerDutyAccount = 'pagerduty-account.json';
  }
  return written;
}

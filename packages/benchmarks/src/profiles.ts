import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CatalogFiles, readCatalogFiles } from './ingestion';

export interface GeneratedProfile {
  /** The folder the generator wrote: catalog/*.yaml, catalog/all.yaml, pagerduty-account.json. */
  directory: string;
  catalogDir: string;
  /** The Location listing every catalog file, for catalog.locations. */
  locationFile: string;
  pagerDutyAccountFile: string;
  catalog: CatalogFiles;
  /** Entities in the catalog files, Location entities included. */
  entities: number;
}

/**
 * What to generate: all of a profile (L unless named), a proportional slice of it, or plain
 * Components.
 */
export type ProfileRequest =
  | { kind: 'profile'; profile?: string }
  | { kind: 'slice'; records: number; profile?: string }
  | { kind: 'plain-components'; records: number };

/** Runs the scale-profile generator's command (packages/scale-profile) into `directory`. */
export async function generateProfile(options: {
  root: string;
  directory: string;
  seed: number;
  request: ProfileRequest;
}): Promise<GeneratedProfile> {
  const { request } = options;
  const args = [
    join(options.root, 'packages/scale-profile/bin/scale-profile'),
    'generate',
    '--profile',
    request.kind === 'plain-components' ? 'L' : request.profile ?? 'L',
    '--seed',
    String(options.seed),
    '--out',
    options.directory,
  ];
  if (request.kind === 'slice') args.push('--slice', String(request.records));
  if (request.kind === 'plain-components') args.push('--plain-components', String(request.records));
  await promisify(execFile)(process.execPath, args, {
    cwd: options.root,
    maxBuffer: 16 * 1024 * 1024,
  });
  const catalogDir = join(options.directory, 'catalog');
  const catalog = await readCatalogFiles(catalogDir);
  return {
    directory: options.directory,
    catalogDir,
    locationFile: join(catalogDir, 'all.yaml'),
    pagerDutyAccountFile: join(options.directory, 'pagerduty-account.json'),
    catalog,
    entities: catalog.refs.size,
  };
}

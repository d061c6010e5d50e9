import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { GitProvenance } from './GitProvenance';

const record = (location?: string): Entity => ({
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Vendor',
  metadata: {
    name: 'fedach',
    annotations: location ? { 'backstage.io/managed-by-location': location } : {},
  },
});

describe('GitProvenance', () => {
  let root: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Alex Auditor',
        GIT_AUTHOR_EMAIL: 'alex@example.com',
        GIT_AUTHOR_DATE: '2026-05-04T10:00:00+02:00',
        GIT_COMMITTER_NAME: 'Alex Auditor',
        GIT_COMMITTER_EMAIL: 'alex@example.com',
        GIT_COMMITTER_DATE: '2026-05-04T10:00:00+02:00',
      },
    }).toString().trim();

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'provenance-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('names the file and its last commit, author and date in a git checkout', async () => {
    git('init', '-q');
    mkdirSync(join(root, 'vendors'));
    // A file name that looks like an option must still be read as a file.
    const file = join(root, 'vendors', '--vendors.yaml');
    writeFileSync(file, 'kind: Vendor\n');
    git('add', '--', 'vendors/--vendors.yaml');
    git('commit', '-q', '-m', 'Add the FedACH vendor');
    const commit = git('rev-parse', 'HEAD');

    const provenance = await new GitProvenance({ clock: () => new Date() }).of(
      record(`file:${file}`),
    );
    expect(provenance).toEqual({
      location: `file:${file}`,
      file,
      lastChange: {
        commit,
        author: 'Alex Auditor',
        date: '2026-05-04T10:00:00+02:00',
        subject: 'Add the FedACH vendor',
        path: 'vendors/--vendors.yaml',
      },
    });
  });

  it('caches answers per file until they are older than the maximum age', async () => {
    git('init', '-q');
    const file = join(root, 'plans.yaml');
    writeFileSync(file, 'a\n');
    git('add', 'plans.yaml');
    git('commit', '-q', '-m', 'first');
    let now = 0;
    const provenance = new GitProvenance({ clock: () => new Date(now), maxAgeMs: 1000 });
    const first = await provenance.of(record(`file:${file}`));

    writeFileSync(file, 'b\n');
    git('commit', '-q', '-am', 'second');
    now = 1000;
    expect((await provenance.of(record(`file:${file}`))).lastChange?.subject).toBe('first');
    now = 1001;
    expect((await provenance.of(record(`file:${file}`))).lastChange?.subject).toBe('second');
    expect(first.lastChange?.subject).toBe('first');
  });

  it('gives the file alone outside a checkout, and the location alone for other locations', async () => {
    const file = join(root, 'vendors.yaml');
    writeFileSync(file, 'kind: Vendor\n');
    const provenance = new GitProvenance({ clock: () => new Date() });
    expect(await provenance.of(record(`file:${file}`))).toEqual({
      location: `file:${file}`,
      file,
    });
    expect(
      await provenance.of(record('url:https://github.com/meridian/records/blob/main/vendors.yaml')),
    ).toEqual({ location: 'url:https://github.com/meridian/records/blob/main/vendors.yaml' });
    expect(await provenance.of(record('file:relative/vendors.yaml'))).toEqual({
      location: 'file:relative/vendors.yaml',
    });
    expect(await provenance.of(record())).toEqual({});
  });
});

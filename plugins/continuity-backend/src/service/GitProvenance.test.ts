import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { GitProvenance } from './GitProvenance';

// The clock only ages the cache; a fixed one keeps the tests free of today's date.
const fixedClock = () => new Date('2026-06-01T00:00:00Z');

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

    const provenance = await new GitProvenance({ clock: fixedClock }).of(
      record(`file:${file}`),
    );
    expect(provenance).toEqual({
      path: 'vendors/--vendors.yaml',
      lastChange: {
        commit,
        author: 'Alex Auditor',
        date: '2026-05-04T10:00:00+02:00',
        subject: 'Add the FedACH vendor',
        path: 'vendors/--vendors.yaml',
      },
    });
  });

  it("links the file and the commit on the web site of the checkout's origin", async () => {
    git('init', '-q');
    git('remote', 'add', 'origin', 'git@github.com:meridian/records.git');
    const file = join(root, 'vendors.yaml');
    writeFileSync(file, 'kind: Vendor\n');
    git('add', 'vendors.yaml');
    git('commit', '-q', '-m', 'Add the FedACH vendor');
    const commit = git('rev-parse', 'HEAD');

    const provenance = await new GitProvenance({ clock: fixedClock }).of(
      record(`file:${file}`),
    );
    expect(provenance.path).toBe('vendors.yaml');
    expect(provenance.url).toBe(
      `https://github.com/meridian/records/blob/${commit}/vendors.yaml`,
    );
    expect(provenance.lastChange?.url).toBe(
      `https://github.com/meridian/records/commit/${commit}`,
    );
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

  it("names a file outside a checkout by its name alone, never the server's path", async () => {
    const file = join(root, 'vendors.yaml');
    writeFileSync(file, 'kind: Vendor\n');
    const provenance = new GitProvenance({ clock: fixedClock });
    expect(await provenance.of(record(`file:${file}`))).toEqual({ path: 'vendors.yaml' });
    expect(
      await provenance.of(record('url:https://github.com/meridian/records/blob/main/vendors.yaml')),
    ).toEqual({
      path: 'https://github.com/meridian/records/blob/main/vendors.yaml',
      url: 'https://github.com/meridian/records/blob/main/vendors.yaml',
    });
    expect(await provenance.of(record('file:relative/vendors.yaml'))).toEqual({
      path: 'vendors.yaml',
    });
    expect(await provenance.of(record())).toEqual({});
  });
});

import { execFile } from 'node:child_process';
import { basename, dirname, isAbsolute, normalize } from 'node:path';
import { promisify } from 'node:util';
import {
  ANNOTATION_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import { LastChange, Provenance } from '@readiness/plugin-continuity-common';

const execFileAsync = promisify(execFile);

const FIELD = '\x1f';

/** The last commit that touched `file`, or undefined when it is not in a git checkout. */
async function lastChangeOf(file: string): Promise<LastChange | undefined> {
  try {
    // execFile runs git without a shell, and `--` keeps the file name from being read as an option.
    const { stdout } = await execFileAsync(
      'git',
      // --name-only adds the file's path from the top of the checkout after the commit line.
      ['log', '-1', `--format=%H${FIELD}%an${FIELD}%aI${FIELD}%s`, '--name-only', '--', basename(file)],
      {
        cwd: dirname(file),
        timeout: 5_000,
        maxBuffer: 64 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      },
    );
    const [header, ...names] = stdout.trim().split('\n');
    const [commit, author, date, subject] = header.split(FIELD);
    const path = names.map(name => name.trim()).filter(Boolean).at(-1);
    // Empty output: a checkout, but the file was never committed.
    return commit ? { commit, author, date, subject, ...(path && { path }) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds where records come from, for the auditors' printable views: the file named by the
 * `backstage.io/managed-by-location` annotation and, when that file is in a git checkout, the
 * commit, author and date of its last change. Git answers are cached per file for `maxAgeMs`.
 */
export class GitProvenance {
  private readonly cache = new Map<string, { at: number; change: Promise<LastChange | undefined> }>();

  constructor(
    private readonly options: { clock: () => Date; maxAgeMs?: number },
  ) {}

  async of(entity: Entity): Promise<Provenance> {
    const location = entity.metadata.annotations?.[ANNOTATION_LOCATION];
    if (!location) return {};
    let target: { type: string; target: string };
    try {
      target = parseLocationRef(location);
    } catch {
      return { location };
    }
    if (target.type !== 'file' || !isAbsolute(target.target)) return { location };
    const file = normalize(target.target);
    const lastChange = await this.lastChange(file);
    return lastChange ? { location, file, lastChange } : { location, file };
  }

  private lastChange(file: string): Promise<LastChange | undefined> {
    const { clock, maxAgeMs = 300_000 } = this.options;
    const now = clock().getTime();
    const cached = this.cache.get(file);
    if (cached && now - cached.at <= maxAgeMs) return cached.change;
    const change = lastChangeOf(file);
    this.cache.set(file, { at: now, change });
    return change;
  }
}

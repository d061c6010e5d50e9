import { execFile } from 'node:child_process';
import { basename, dirname, isAbsolute, normalize } from 'node:path';
import { promisify } from 'node:util';
import {
  ANNOTATION_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import { LastChange, Provenance } from '@readiness/plugin-continuity-common';
import { repositoryWebUrl } from './repositoryWebUrl';

const execFileAsync = promisify(execFile);

const FIELD = '\x1f';

/** Runs git in `cwd`, without a shell and without prompting; its output, trimmed. */
async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    timeout: 5_000,
    maxBuffer: 64 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
  });
  return stdout.trim();
}

/** The web page of the checkout's `origin`, when it has one. */
async function originWebUrl(cwd: string): Promise<string | undefined> {
  try {
    return repositoryWebUrl(await git(cwd, ['config', '--get', 'remote.origin.url']));
  } catch {
    // No origin: a checkout made locally.
    return undefined;
  }
}

/** What git knows of a record's file: its last change and the repository's web page. */
interface FileHistory {
  lastChange?: LastChange;
  repository?: string;
}

/** The last commit that touched `file`; nothing when it is not in a git checkout. */
async function historyOf(file: string): Promise<FileHistory> {
  try {
    // `--` keeps the file name from being read as an option; --name-only adds the file's path
    // from the top of the checkout after the commit line.
    const stdout = await git(dirname(file), [
      'log',
      '-1',
      `--format=%H${FIELD}%an${FIELD}%aI${FIELD}%s`,
      '--name-only',
      '--',
      basename(file),
    ]);
    const [header, ...names] = stdout.split('\n');
    const [commit, author, date, subject] = header.split(FIELD);
    const path = names.map(name => name.trim()).filter(Boolean).at(-1);
    // Empty output: a checkout, but the file was never committed.
    if (!commit) return {};
    const repository = await originWebUrl(dirname(file));
    return {
      lastChange: {
        commit,
        author,
        date,
        subject,
        ...(path && { path }),
        ...(repository && { url: `${repository}/commit/${commit}` }),
      },
      repository,
    };
  } catch {
    return {};
  }
}

/**
 * Finds where records come from, for the auditors' printable views: the file named by the
 * `backstage.io/managed-by-location` annotation, by its path in its git checkout, and the commit,
 * author and date of its last change, linked to the repository's web site when the checkout's
 * origin has one. Git answers are cached per file for `maxAgeMs`.
 */
export class GitProvenance {
  private readonly cache = new Map<string, { at: number; history: Promise<FileHistory> }>();

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
      return {};
    }
    if (target.type === 'url') return { path: target.target, url: target.target };
    if (target.type !== 'file') return {};
    // The server's own folders are nobody else's business: a file outside a checkout is named
    // by its file name alone.
    if (!isAbsolute(target.target)) return { path: basename(target.target) };
    const file = normalize(target.target);
    const { lastChange, repository } = await this.history(file);
    if (!lastChange?.path) return { path: basename(file), ...(lastChange && { lastChange }) };
    return {
      path: lastChange.path,
      ...(repository && { url: `${repository}/blob/${lastChange.commit}/${lastChange.path}` }),
      lastChange,
    };
  }

  private history(file: string): Promise<FileHistory> {
    const { clock, maxAgeMs = 300_000 } = this.options;
    const now = clock().getTime();
    const cached = this.cache.get(file);
    if (cached && now - cached.at <= maxAgeMs) return cached.history;
    const history = historyOf(file);
    this.cache.set(file, { at: now, history });
    return history;
  }
}

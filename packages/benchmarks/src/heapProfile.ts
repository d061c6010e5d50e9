import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A frame of V8's sampling heap profile (`node --heap-prof`), as written to `*.heapprofile`. */
export interface HeapProfileNode {
  callFrame: { functionName: string; url: string };
  /** Bytes of the sampled allocations made here and still alive when the profile was written. */
  selfSize: number;
  children: HeapProfileNode[];
}

export interface SamplingHeapProfile {
  head: HeapProfileNode;
}

/** Who holds the memory: a package, a workspace plugin, or Node's and V8's own code. */
export interface HeapHolder {
  holder: string;
  bytes: number;
}

const NODE_INTERNALS = 'Node.js and V8 internals';

/**
 * The package or workspace folder a script belongs to: the package after the last
 * `node_modules/`, else the workspace's `plugins/<name>` or `packages/<name>`.
 */
export function holderOf(url: string): string | undefined {
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const inModules = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1];
  const inWorkspace = /\/((?:plugins|packages)\/[^/]+)\//.exec(path);
  return inWorkspace?.[1];
}

/** A plugin: the workspace's own packages and Backstage's plugin packages. */
function isPlugin(holder: string): boolean {
  return /^(plugins|packages)\/|^@backstage\/plugin-/.test(holder);
}

/**
 * What holds the live heap, from a sampling heap profile: each sample's bytes go to the innermost
 * plugin on its stack (the portal's or Backstage's plugin that asked for the memory, even when a
 * library such as the database driver allocated it), else to the innermost library, else to
 * Node's internals. The largest `top` holders, and the rest summed.
 */
export function heapHolders(
  profile: SamplingHeapProfile,
  top = 12,
): { totalBytes: number; holders: HeapHolder[] } {
  const bytes = new Map<string, number>();
  const visit = (
    node: HeapProfileNode,
    plugin: string | undefined,
    library: string | undefined,
  ) => {
    const holder = holderOf(node.callFrame.url);
    const inPlugin = holder && isPlugin(holder) ? holder : plugin;
    const inLibrary = holder && !isPlugin(holder) ? holder : library;
    if (node.selfSize > 0) {
      const owner = inPlugin ?? inLibrary ?? NODE_INTERNALS;
      bytes.set(owner, (bytes.get(owner) ?? 0) + node.selfSize);
    }
    for (const child of node.children) visit(child, inPlugin, inLibrary);
  };
  visit(profile.head, undefined, undefined);
  const sorted = [...bytes]
    .map(([holder, size]) => ({ holder, bytes: size }))
    .sort((a, b) => b.bytes - a.bytes || a.holder.localeCompare(b.holder));
  const totalBytes = sorted.reduce((sum, { bytes: size }) => sum + size, 0);
  const rest = sorted
    .slice(top)
    .reduce((sum, { bytes: size }) => sum + size, 0);
  const holders = sorted.slice(0, top);
  if (rest > 0)
    holders.push({ holder: `${sorted.length - top} others`, bytes: rest });
  return { totalBytes, holders };
}

/** Reads the one `*.heapprofile` a process wrote into `dir` when it exited. */
export async function readHeapProfile(
  dir: string,
): Promise<SamplingHeapProfile> {
  const files = (await readdir(dir)).filter(name =>
    name.endsWith('.heapprofile'),
  );
  if (files.length !== 1) {
    throw new Error(
      `${dir}: expected one .heapprofile written at exit, found ${files.length}`,
    );
  }
  return JSON.parse(await readFile(join(dir, files[0]), 'utf8'));
}

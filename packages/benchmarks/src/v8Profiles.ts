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

/**
 * Who holds the memory or spent the time: a package, a workspace plugin, or Node's and V8's own
 * code; `amount` is bytes in a heap profile and microseconds in a CPU profile.
 */
export interface Holder {
  holder: string;
  amount: number;
}

/** A sample's frame in V8's CPU profile (`node --cpu-prof`), as written to `*.cpuprofile`. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string };
    children?: number[];
  }>;
  samples: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas: number[];
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

/** Largest first; beyond `top`, one row summing the rest. */
function largest(amounts: Map<string, number>, top: number) {
  const sorted = [...amounts]
    .map(([holder, amount]) => ({ holder, amount }))
    .sort((a, b) => b.amount - a.amount || a.holder.localeCompare(b.holder));
  const total = sorted.reduce((sum, { amount }) => sum + amount, 0);
  const rest = sorted.slice(top).reduce((sum, { amount }) => sum + amount, 0);
  const holders = sorted.slice(0, top);
  if (rest > 0)
    holders.push({ holder: `${sorted.length - top} others`, amount: rest });
  return { total, holders };
}

/**
 * Who a frame's work counts for, given the frames above it: the innermost plugin on the stack
 * (the portal's or Backstage's plugin that asked for it, even when a library such as the
 * database driver did the work), else the innermost library, else Node's internals.
 */
class StackOwner {
  constructor(readonly plugin?: string, readonly library?: string) {}

  enter(url: string): StackOwner {
    const holder = holderOf(url);
    if (!holder) return this;
    return isPlugin(holder)
      ? new StackOwner(holder, this.library)
      : new StackOwner(this.plugin, holder);
  }

  get owner(): string {
    return this.plugin ?? this.library ?? NODE_INTERNALS;
  }
}

/**
 * What holds the live heap, from a sampling heap profile, by {@link StackOwner}: the largest
 * `top` holders, and the rest summed.
 */
export function heapHolders(
  profile: SamplingHeapProfile,
  top = 12,
): { total: number; holders: Holder[] } {
  const bytes = new Map<string, number>();
  const visit = (node: HeapProfileNode, above: StackOwner) => {
    const here = above.enter(node.callFrame.url);
    if (node.selfSize > 0) {
      bytes.set(here.owner, (bytes.get(here.owner) ?? 0) + node.selfSize);
    }
    for (const child of node.children) visit(child, here);
  };
  visit(profile.head, new StackOwner());
  return largest(bytes, top);
}

/** V8's pseudo-frames: waiting for work, collecting garbage, and code it cannot place. */
const PSEUDO_FRAMES = new Set(['(idle)', '(garbage collector)', '(program)']);

/**
 * Where a process's main thread spent its time, from a CPU profile, by {@link StackOwner}, with
 * idle time, garbage collection and V8's unplaced work as their own rows: the largest `top`, and
 * the rest summed, in microseconds.
 */
export function cpuHolders(
  profile: CpuProfile,
  top = 12,
): { total: number; holders: Holder[] } {
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const ownerOf = new Map<number, string>();
  const visit = (id: number, above: StackOwner) => {
    const node = byId.get(id)!;
    const here = above.enter(node.callFrame.url);
    const { functionName } = node.callFrame;
    ownerOf.set(
      id,
      PSEUDO_FRAMES.has(functionName) ? functionName : here.owner,
    );
    for (const child of node.children ?? []) visit(child, here);
  };
  visit(profile.nodes[0].id, new StackOwner());
  const time = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const owner = ownerOf.get(id)!;
    time.set(owner, (time.get(owner) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return largest(time, top);
}

/**
 * Reads the profile a process wrote into `dir` when it exited: `heapprofile` or `cpuprofile`.
 * Node writes one per thread; the main thread's is the first.
 */
export async function readProfile<T>(
  dir: string,
  extension: 'heapprofile' | 'cpuprofile',
): Promise<T> {
  const files = (await readdir(dir))
    .filter(name => name.endsWith(`.${extension}`))
    .sort();
  if (files.length === 0) {
    throw new Error(`${dir}: no .${extension} was written at exit`);
  }
  return JSON.parse(await readFile(join(dir, files[0]), 'utf8'));
}

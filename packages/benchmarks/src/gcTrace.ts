/*
 * What V8's garbage collector reported (`node --trace-gc`) while a backend ran: how much of the
 * resident set was V8's heap, and how much of that heap was live.
 */

/** The largest figures of a backend's GC trace, in bytes. */
export interface GcTraceSummary {
  collections: number;
  fullCollections: number;
  /** The most memory V8's heap held from the system at any collection. */
  peakCommittedBytes: number;
  /** The most the heap held after a full (mark-compact) collection: what was live. */
  peakLiveAfterFullBytes: number;
}

const MB = 1024 * 1024;

// e.g. `[71:0x6f3c000]  5012 ms: Mark-Compact 812.3 (850.1) -> 410.2 (860.5) MB, pooled: …`:
// used (committed) before -> used (committed) after.
const COLLECTION =
  /: (Scavenge|Mark-Compact|Minor Mark-Sweep)[^\d]* ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/;

/** Reads the `--trace-gc` lines of a log; undefined when it has none. */
export function summarizeGcTrace(log: string): GcTraceSummary | undefined {
  const summary: GcTraceSummary = {
    collections: 0,
    fullCollections: 0,
    peakCommittedBytes: 0,
    peakLiveAfterFullBytes: 0,
  };
  for (const line of log.split('\n')) {
    const match = COLLECTION.exec(line);
    if (!match) continue;
    const [, kind, , committedBefore, usedAfter, committedAfter] = match;
    summary.collections += 1;
    summary.peakCommittedBytes = Math.max(
      summary.peakCommittedBytes,
      Number(committedBefore) * MB,
      Number(committedAfter) * MB,
    );
    if (kind === 'Mark-Compact') {
      summary.fullCollections += 1;
      summary.peakLiveAfterFullBytes = Math.max(
        summary.peakLiveAfterFullBytes,
        Number(usedAfter) * MB,
      );
    }
  }
  return summary.collections > 0 ? summary : undefined;
}

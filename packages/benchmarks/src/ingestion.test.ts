import { COUNT_INTERVAL_MS, shouldCount } from './ingestion';

describe('shouldCount', () => {
  it('counts once the stitch queue is empty, which is when ingestion can be done', () => {
    expect(shouldCount({ stitchesQueued: false, lastCountMs: 1_000, nowMs: 2_000 })).toBe(true);
  });

  it('leaves the catalog be while stitches are queued, but for the progress line', () => {
    expect(shouldCount({ stitchesQueued: true, lastCountMs: 1_000, nowMs: 2_000 })).toBe(false);
    expect(
      shouldCount({ stitchesQueued: true, lastCountMs: 1_000, nowMs: 1_000 + COUNT_INTERVAL_MS }),
    ).toBe(true);
  });
});

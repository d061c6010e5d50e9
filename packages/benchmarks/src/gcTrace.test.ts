import { summarizeGcTrace } from './gcTrace';

const MB = 1024 * 1024;

describe('summarizeGcTrace', () => {
  it('reads the most committed heap and the most live after a full collection', () => {
    const log = [
      '{"level":"info","message":"Plugin initialization started"}',
      '[71:0x6f3c000]       80 ms: Scavenge 4.7 (5.8) -> 4.4 (6.8) MB, pooled: 0 MB, 4.39 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; ',
      '[71:0x6f3c000]     1012 ms: Mark-Compact 144.4 (257.1) -> 121.2 (250.2) MB, pooled: 0 MB, 45.18 / 0.00 ms  (+ 34.0 ms in 145 steps since start of marking) finalize incremental marking via stack guard; GC in old space requested',
      '[71:0x6f3c000]     1433 ms: Mark-Compact (reduce) 175.6 (286.9) -> 98.2 (300.5) MB, pooled: 0 MB, 313.73 / 0.00 ms  (average mu = 0.725, current mu = 0.255) testing; GC in old space requested',
      '[71:0x6f3c000]     1500 ms: Scavenge 120.0 (290.0) -> 118.5 (290.0) MB, pooled: 0 MB, 1.0 / 0.00 ms  allocation failure; ',
    ].join('\n');
    expect(summarizeGcTrace(log)).toEqual({
      collections: 4,
      fullCollections: 2,
      peakCommittedBytes: 300.5 * MB,
      peakLiveAfterFullBytes: 121.2 * MB,
    });
  });

  it('is undefined for a log without a GC trace', () => {
    expect(
      summarizeGcTrace('{"level":"info","message":"Listening on :7007"}\n'),
    ).toBeUndefined();
  });
});

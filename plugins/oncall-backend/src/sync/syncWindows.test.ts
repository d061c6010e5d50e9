import {
  incrementalSyncWindow,
  isSnapshotStale,
  splitTimeWindows,
} from './syncWindows';

describe('splitTimeWindows', () => {
  it('cuts a range into consecutive windows no longer than asked', () => {
    const windows = splitTimeWindows(
      {
        since: new Date('2026-01-01T00:00:00Z'),
        until: new Date('2026-02-15T00:00:00Z'),
      },
      30,
    );
    expect(
      windows.map(w => [w.since.toISOString(), w.until.toISOString()]),
    ).toEqual([
      ['2026-01-01T00:00:00.000Z', '2026-01-31T00:00:00.000Z'],
      ['2026-01-31T00:00:00.000Z', '2026-02-15T00:00:00.000Z'],
    ]);
  });

  it('returns nothing for an empty range', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(splitTimeWindows({ since: at, until: at }, 30)).toEqual([]);
  });
});

describe('incrementalSyncWindow', () => {
  const now = new Date('2026-03-15T12:00:00Z');
  const historyStart = new Date('2025-01-01T00:00:00Z');

  it('fetches the whole history on the first run', () => {
    expect(
      incrementalSyncWindow({ now, overlapSeconds: 600, historyStart }),
    ).toEqual({ since: historyStart, until: now, full: true });
  });

  it('starts an overlap before the last high-water mark afterwards', () => {
    expect(
      incrementalSyncWindow({
        highWaterMark: new Date('2026-03-15T11:55:00Z'),
        now,
        overlapSeconds: 600,
        historyStart,
      }),
    ).toEqual({
      since: new Date('2026-03-15T11:45:00Z'),
      until: now,
      full: false,
    });
  });

  it('falls back to the whole history when the mark is older than it', () => {
    expect(
      incrementalSyncWindow({
        highWaterMark: new Date('2024-01-01T00:00:00Z'),
        now,
        overlapSeconds: 600,
        historyStart,
      }).full,
    ).toBe(true);
  });
});

describe('isSnapshotStale', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('is stale before the first successful sync', () => {
    expect(isSnapshotStale({ now, staleAfterSeconds: 900 })).toBe(true);
  });

  it('is fresh after a recent success', () => {
    expect(
      isSnapshotStale({
        lastSuccessAt: '2026-03-15T11:58:00Z',
        lastErrorAt: '2026-03-15T11:50:00Z',
        now,
        staleAfterSeconds: 900,
      }),
    ).toBe(false);
  });

  it('is stale when the last attempt failed or the data is too old', () => {
    expect(
      isSnapshotStale({
        lastSuccessAt: '2026-03-15T11:58:00Z',
        lastErrorAt: '2026-03-15T11:59:00Z',
        now,
        staleAfterSeconds: 900,
      }),
    ).toBe(true);
    expect(
      isSnapshotStale({
        lastSuccessAt: '2026-03-15T11:45:00Z',
        now,
        staleAfterSeconds: 900,
      }),
    ).toBe(false);
    expect(
      isSnapshotStale({
        lastSuccessAt: '2026-03-15T11:44:59Z',
        now,
        staleAfterSeconds: 900,
      }),
    ).toBe(true);
  });
});

import { createReadinessClock } from './readinessClock';

const wallAt = (iso: string) => {
  let now = Date.parse(iso);
  return {
    wallClock: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
};

describe('createReadinessClock', () => {
  it('reads the wall clock when no day is pinned', () => {
    const { wallClock } = wallAt('2027-12-06T03:04:05Z');
    expect(createReadinessClock({ wallClock })().toISOString()).toBe(
      '2027-12-06T03:04:05.000Z',
    );
  });

  it('moves to the pinned day and keeps the time of day', () => {
    const { wallClock } = wallAt('2027-12-06T03:04:05Z');
    const clock = createReadinessClock({ today: '2026-11-22', wallClock });
    expect(clock().toISOString()).toBe('2026-11-22T03:04:05.000Z');
  });

  it('runs at the real pace after it is created', () => {
    const wall = wallAt('2027-12-06T23:59:00Z');
    const clock = createReadinessClock({
      today: '2026-11-22',
      wallClock: wall.wallClock,
    });
    wall.advance(120_000);
    expect(clock().toISOString()).toBe('2026-11-23T00:01:00.000Z');
  });

  it('gives two clocks created on the same real day the same date', () => {
    const morning = wallAt('2027-12-06T01:00:00Z');
    const evening = wallAt('2027-12-06T22:00:00Z');
    const first = createReadinessClock({
      today: '2026-11-22',
      wallClock: morning.wallClock,
    });
    const second = createReadinessClock({
      today: '2026-11-22',
      wallClock: evening.wallClock,
    });
    expect(first().toISOString().slice(0, 10)).toBe(
      second().toISOString().slice(0, 10),
    );
  });

  it.each(['2026-02-30', '22/11/2026', '2026-11-22T00:00:00Z', ''])(
    'refuses %j, naming the setting',
    today => {
      expect(() => createReadinessClock({ today })).toThrow(
        `readiness.today must be a calendar day written YYYY-MM-DD, got '${today}'`,
      );
    },
  );
});

import { selectOnCallLevels } from './onCallLevels';

describe('selectOnCallLevels', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('names who is on call now and the next handover per level, lowest level first', () => {
    const levels = selectOnCallLevels(
      [
        { level: 2, person: 'lead', start: undefined, end: undefined },
        {
          level: 1,
          person: 'ana',
          start: '2026-03-09T09:00:00Z',
          end: '2026-03-16T09:00:00Z',
        },
        {
          level: 1,
          person: 'ben',
          start: '2026-03-09T09:00:00Z',
          end: '2026-03-16T09:00:00Z',
        },
        {
          level: 1,
          person: 'carl',
          start: '2026-03-23T09:00:00Z',
          end: '2026-03-30T09:00:00Z',
        },
        {
          level: 1,
          person: 'dina',
          start: '2026-03-16T09:00:00Z',
          end: '2026-03-23T09:00:00Z',
        },
      ],
      now,
    );
    expect(levels).toEqual([
      {
        level: 1,
        now: ['ana', 'ben'],
        next: { person: 'dina', start: '2026-03-16T09:00:00Z' },
      },
      { level: 2, now: ['lead'] },
    ]);
  });

  it('treats a shift ending now as over', () => {
    const levels = selectOnCallLevels(
      [{ level: 1, person: 'ana', end: '2026-03-15T12:00:00Z' }],
      now,
    );
    expect(levels).toEqual([{ level: 1, now: [] }]);
  });
});

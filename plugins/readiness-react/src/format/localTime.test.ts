import { formatLocalTime, formatUtcTime } from './localTime';

describe('formatLocalTime', () => {
  const now = new Date('2026-05-12T08:00:00Z'); // a Tuesday

  it('shows only the time for today, in the given zone', () => {
    expect(
      formatLocalTime('2026-05-12T13:00:00Z', now, {
        zone: 'Europe/London',
        locale: 'en-GB',
      }),
    ).toBe('14:00 BST');
  });

  it('adds the weekday within the coming week', () => {
    expect(
      formatLocalTime('2026-05-14T13:00:00Z', now, {
        zone: 'America/New_York',
        locale: 'en-US',
      }),
    ).toBe('Thu 09:00 EDT');
  });

  it('adds the date further away, and counts days in the viewer zone', () => {
    expect(
      formatLocalTime('2026-05-25T09:00:00Z', now, {
        zone: 'UTC',
        locale: 'en-GB',
      }),
    ).toBe('Mon 25 May 2026 09:00 UTC');
    // Already Wednesday in Tokyo, so "today" there.
    expect(
      formatLocalTime(
        '2026-05-12T20:00:00Z',
        new Date('2026-05-12T16:00:00Z'),
        { zone: 'Asia/Tokyo', locale: 'en-US' },
      ),
    ).toBe('05:00 GMT+9');
  });
});

describe('formatUtcTime', () => {
  it('writes the moment in UTC whatever the zone it was given in', () => {
    expect(formatUtcTime('2026-05-12T15:00:00+02:00')).toBe(
      '2026-05-12 13:00 UTC',
    );
  });
});

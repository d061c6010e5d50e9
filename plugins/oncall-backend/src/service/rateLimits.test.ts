import { INCIDENT_TRIGGER_LIMIT } from '@readiness/plugin-oncall-common';
import { slidingWindowRetryAfterSeconds } from './rateLimits';

describe('slidingWindowRetryAfterSeconds', () => {
  const now = new Date('2026-03-15T12:10:00Z');

  it('allows an action while fewer than the limit are in the window', () => {
    expect(
      slidingWindowRetryAfterSeconds(
        ['2026-03-15T12:01:00Z', '2026-03-15T12:09:00Z'],
        now,
        INCIDENT_TRIGGER_LIMIT,
      ),
    ).toBeUndefined();
  });

  it('does not count actions that left the window', () => {
    expect(
      slidingWindowRetryAfterSeconds(
        [
          '2026-03-15T12:00:00Z',
          '2026-03-15T12:05:00Z',
          '2026-03-15T12:09:00Z',
        ],
        now,
        INCIDENT_TRIGGER_LIMIT,
      ),
    ).toBeUndefined();
  });

  it('refuses the next one until the oldest counted action leaves the window', () => {
    expect(
      slidingWindowRetryAfterSeconds(
        [
          '2026-03-15T12:09:00Z',
          '2026-03-15T12:01:30Z',
          '2026-03-15T12:05:00Z',
        ],
        now,
        INCIDENT_TRIGGER_LIMIT,
      ),
    ).toBe(90);
  });
});

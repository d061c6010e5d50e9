import { Duration } from 'luxon';
import { approximateDurationSeconds, parseIsoDuration } from '@readiness/plugin-readiness-common';

/**
 * The length of an ISO-8601 duration in seconds (a month as 30 days); undefined when the text
 * is not a duration.
 *
 * @public
 */
export function durationSeconds(duration: string | undefined): number | undefined {
  const parsed = duration ? parseIsoDuration(duration) : undefined;
  return parsed ? approximateDurationSeconds(parsed) : undefined;
}

/**
 * An ISO-8601 duration for people: `PT4H` reads "4 hours" (`short`: "4 hr"), `PT1H30M`
 * "1 hour, 30 minutes"; text that is not a duration is returned as it is.
 *
 * @public
 */
export function formatDuration(duration: string, style: 'long' | 'short' = 'long'): string {
  const parsed = Duration.fromISO(duration);
  if (!parsed.isValid) return duration;
  const parts = Object.entries(parsed.toObject()).filter(([, value]) => value);
  return Duration.fromObject(parts.length > 0 ? Object.fromEntries(parts) : { minutes: 0 }).toHuman({
    listStyle: 'narrow',
    unitDisplay: style,
  });
}

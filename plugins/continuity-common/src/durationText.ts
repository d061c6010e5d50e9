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

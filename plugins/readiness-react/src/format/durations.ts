import { Duration } from 'luxon';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * An ISO-8601 duration in words: `PT4H` reads "4 hours" (`short`: "4 hr"), `P180D` "180 days",
 * `PT1H30M` "1 hour, 30 minutes"; text that is not a duration is returned as it is.
 *
 * @public
 */
export function formatIsoDuration(
  duration: string,
  style: 'long' | 'short' = 'long',
): string {
  const parsed = Duration.fromISO(duration);
  if (!parsed.isValid) return duration;
  const parts = Object.entries(parsed.toObject()).filter(([, value]) => value);
  return Duration.fromObject(
    parts.length > 0 ? Object.fromEntries(parts) : { minutes: 0 },
  ).toHuman({ listStyle: 'narrow', unitDisplay: style });
}

/**
 * A length of time given in seconds, in short units: "45 s", "12 min", "3 h 20 min", "2 d 5 h".
 * Two units at most; the second is left out when it is zero.
 *
 * @public
 */
export function formatSeconds(seconds: number): string {
  const total = Math.round(Math.abs(seconds));
  if (total < MINUTE) {
    return `${total} s`;
  }
  const minutes = Math.round(total / MINUTE);
  if (minutes < 60) {
    return `${minutes} min`;
  }
  // Round to the smaller unit first, so that 2 h 59.8 min reads "3 h", not "2 h 60 min".
  const [big, bigUnit, small, smallUnit] =
    minutes < 24 * 60
      ? [Math.floor(minutes / 60), 'h', minutes % 60, 'min']
      : [
          Math.floor(Math.round(total / HOUR) / 24),
          'd',
          Math.round(total / HOUR) % 24,
          'h',
        ];
  return small === 0
    ? `${big} ${bigUnit}`
    : `${big} ${bigUnit} ${small} ${smallUnit}`;
}

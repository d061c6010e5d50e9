/**
 * An ISO-8601 duration such as PT4H, P3M or P1DT12H, split into its parts.
 *
 * @public
 */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

// At least one part; a T only when a time part follows; fractions on seconds only.
const ISO_DURATION =
  /^P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Parses an ISO-8601 duration; undefined if the text is not one.
 *
 * @public
 */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match) {
    return undefined;
  }
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map(part => Number(part ?? 0));
  return { years, months, weeks, days, hours, minutes, seconds };
}

/**
 * The length of a duration in seconds, counting a month as 30 days and a year
 * as 365: exact for the hours and minutes of RTOs and RPOs, good enough to
 * compare longer ones.
 *
 * @public
 */
export function approximateDurationSeconds(duration: IsoDuration): number {
  const days =
    duration.years * 365 +
    duration.months * 30 +
    duration.weeks * 7 +
    duration.days;
  return (
    ((days * 24 + duration.hours) * 60 + duration.minutes) * 60 +
    duration.seconds
  );
}

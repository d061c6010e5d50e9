import { DateTime } from 'luxon';

/**
 * Where and how to write a time; both default to the viewer's.
 *
 * @public
 */
export interface TimeZoneOptions {
  zone?: string;
  locale?: string;
}

function zoned(at: string | Date, { zone, locale }: TimeZoneOptions) {
  // Without a zone, luxon's default: the viewer's.
  const time = DateTime.fromJSDate(new Date(at), zone ? { zone } : {});
  return locale ? time.setLocale(locale) : time;
}

/**
 * A point in time as the viewer reads it, in their time zone and naming it, with only as
 * much date as needed: "14:00 BST" today, "Tue 14:00 BST" within the coming week,
 * "Tue 12 May 2026 14:00 BST" otherwise.
 *
 * @public
 */
export function formatLocalTime(
  at: string | Date,
  now: Date,
  options: TimeZoneOptions = {},
): string {
  const time = zoned(at, options);
  const today = zoned(now, options);
  if (time.hasSame(today, 'day')) {
    return time.toFormat('HH:mm ZZZZ');
  }
  const days = time.startOf('day').diff(today.startOf('day'), 'days').days;
  if (days > 0 && days < 7) {
    return time.toFormat('ccc HH:mm ZZZZ');
  }
  return time.toFormat('ccc d LLL yyyy HH:mm ZZZZ');
}

/**
 * A point in time in UTC, in full: "2026-05-12 13:00 UTC", for the hover text of a local time.
 *
 * @public
 */
export function formatUtcTime(at: string | Date): string {
  return `${DateTime.fromJSDate(new Date(at))
    .setZone('UTC')
    .toFormat('yyyy-MM-dd HH:mm')} UTC`;
}

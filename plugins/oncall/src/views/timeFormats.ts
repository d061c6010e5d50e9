import { DateTime } from 'luxon';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * How long ago something happened, in words: "just now", "3 minutes ago",
 * "2 hours ago", "4 days ago". Rounded down, so data is never called fresher
 * than it is.
 *
 * @public
 */
export function describeAge(seconds: number): string {
  if (seconds < MINUTE) {
    return 'just now';
  }
  if (seconds < HOUR) {
    return `${plural(Math.floor(seconds / MINUTE), 'minute')} ago`;
  }
  if (seconds < DAY) {
    return `${plural(Math.floor(seconds / HOUR), 'hour')} ago`;
  }
  return `${plural(Math.floor(seconds / DAY), 'day')} ago`;
}

/**
 * A length of time in short units: "45 s", "12 min", "3 h 20 min", "2 d 5 h".
 * Two units at most; the second is left out when it is zero.
 *
 * @public
 */
export function formatDurationShort(seconds: number): string {
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
  return small === 0 ? `${big} ${bigUnit}` : `${big} ${bigUnit} ${small} ${smallUnit}`;
}

/**
 * When `target` is relative to `now`, in one short unit: "in 45 min", "in 3 h",
 * "in 2 d", "20 min ago", or "now" within a minute.
 *
 * @public
 */
export function formatRelativeTime(target: string | Date, now: Date): string {
  const seconds = (new Date(target).getTime() - now.getTime()) / 1000;
  const distance = Math.abs(seconds);
  if (distance < MINUTE) {
    return 'now';
  }
  let amount: string;
  if (distance < HOUR) {
    amount = `${Math.round(distance / MINUTE)} min`;
  } else if (distance < 2 * DAY) {
    amount = `${Math.round(distance / HOUR)} h`;
  } else {
    amount = `${Math.round(distance / DAY)} d`;
  }
  return seconds > 0 ? `in ${amount}` : `${amount} ago`;
}

/**
 * A point in time as the viewer reads it, in their time zone, with only as
 * much date as needed: "14:00 BST" today, "Tue 14:00 BST" within the coming
 * week, "Tue 12 May 14:00 BST" otherwise. Zone and locale default to the
 * viewer's.
 *
 * @public
 */
export function formatLocalTime(
  at: string | Date,
  now: Date,
  options: { zone?: string; locale?: string } = {},
): string {
  const { zone = 'local', locale } = options;
  const zoned = DateTime.fromJSDate(new Date(at)).setZone(zone);
  const time = locale ? zoned.setLocale(locale) : zoned;
  const today = DateTime.fromJSDate(now).setZone(zone);
  if (time.hasSame(today, 'day')) {
    return time.toFormat('HH:mm ZZZZ');
  }
  const days = time.startOf('day').diff(today.startOf('day'), 'days').days;
  if (days > 0 && days < 7) {
    return time.toFormat('ccc HH:mm ZZZZ');
  }
  return time.toFormat('ccc d LLL HH:mm ZZZZ');
}

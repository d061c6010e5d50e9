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

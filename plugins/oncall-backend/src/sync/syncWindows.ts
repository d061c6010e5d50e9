import { DateTime } from 'luxon';

/**
 * A half-open time range [since, until).
 *
 * @public
 */
export interface TimeWindow {
  since: Date;
  until: Date;
}

/**
 * Splits [since, until) into consecutive windows of at most `maxDays` days,
 * oldest first: list APIs bound the range one request may ask for (PagerDuty's
 * incidents list takes at most six months) and how deep offset paging goes.
 *
 * @public
 */
export function splitTimeWindows(
  range: TimeWindow,
  maxDays: number,
): TimeWindow[] {
  const windows: TimeWindow[] = [];
  let since = DateTime.fromJSDate(range.since, { zone: 'utc' });
  const until = DateTime.fromJSDate(range.until, { zone: 'utc' });
  while (since < until) {
    const end = DateTime.min(since.plus({ days: maxDays }), until);
    windows.push({ since: since.toJSDate(), until: end.toJSDate() });
    since = end;
  }
  return windows;
}

/**
 * The range an incremental sync fetches: from the previous high-water mark,
 * moved back by `overlapSeconds` so that changes PagerDuty records late are
 * not missed, to `now`. Without a high-water mark (the first run) or when it
 * is older than the history kept, the whole history.
 *
 * @public
 */
export function incrementalSyncWindow(options: {
  highWaterMark?: Date;
  now: Date;
  overlapSeconds: number;
  historyStart: Date;
}): TimeWindow & { full: boolean } {
  const { highWaterMark, now, overlapSeconds, historyStart } = options;
  if (!highWaterMark || highWaterMark < historyStart) {
    return { since: historyStart, until: now, full: true };
  }
  const since = new Date(highWaterMark.getTime() - overlapSeconds * 1000);
  return {
    since: since < historyStart ? historyStart : since,
    until: now,
    full: false,
  };
}

/**
 * Whether a synced snapshot is stale: never synced, the last attempt failed,
 * or older than `staleAfterSeconds`. Its age is not part of the answer: the
 * viewer computes it from the sync time, so the answer stays the same between
 * syncs.
 *
 * @public
 */
export function isSnapshotStale(options: {
  lastSuccessAt?: string;
  lastErrorAt?: string;
  now: Date;
  staleAfterSeconds: number;
}): boolean {
  const { lastSuccessAt, lastErrorAt, now, staleAfterSeconds } = options;
  if (!lastSuccessAt) {
    return true;
  }
  const syncedAt = Date.parse(lastSuccessAt);
  const failedSince =
    lastErrorAt !== undefined && Date.parse(lastErrorAt) > syncedAt;
  return failedSince || now.getTime() - syncedAt > staleAfterSeconds * 1000;
}

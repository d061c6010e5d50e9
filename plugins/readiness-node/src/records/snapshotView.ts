import { RecordsSnapshot } from './RecordsIndex';

/**
 * A capability's view of a records snapshot as of a day (UTC, `YYYY-MM-DD`).
 *
 * @public
 */
export type SnapshotView<T> = (snapshot: RecordsSnapshot, today: string) => T;

/**
 * Wraps how a capability derives its view (rows, facets, models) from a snapshot so that it is
 * built once per snapshot and day and shared by every request; call it from `RecordsIndex`'s
 * `prepare` and a refreshed snapshot is served with its view ready. Views of older snapshots
 * are dropped with them.
 *
 * @public
 */
export function createSnapshotView<T>(
  build: (snapshot: RecordsSnapshot, today: string) => T,
): SnapshotView<T> {
  const views = new WeakMap<RecordsSnapshot, { today: string; view: T }>();
  return (snapshot, today) => {
    const cached = views.get(snapshot);
    if (cached?.today === today) {
      return cached.view;
    }
    const view = build(snapshot, today);
    views.set(snapshot, { today, view });
    return view;
  };
}

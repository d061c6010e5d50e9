import type { PostmortemEntity } from '@readiness/plugin-readiness-common';
import {
  addDays,
  dayNumber,
  type ReadTimestamp,
  readTimestamp,
} from './calendar';

/**
 * The standard: a post-mortem is published within this many days of the
 * incident's resolution.
 *
 * @public
 */
export const PUBLICATION_DEADLINE_DAYS = 3;

/**
 * Where a post-mortem stands against the publication deadline:
 * `on-time` and `late` once published, `due` while unpublished and still
 * within the deadline, `overdue` when unpublished past it.
 *
 * @public
 */
export type PublicationState = 'on-time' | 'late' | 'due' | 'overdue';

/** Whether a post-mortem was, or still can be, published on time. @public */
export interface PublicationTimeliness {
  state: PublicationState;
  /** The last day it could be published on time (YYYY-MM-DD). */
  deadline: string;
  /** Days from the day of resolution to publication, once published. */
  daysToPublish?: number;
}

/**
 * Whether a post-mortem was (or still can be) published within three days of
 * resolution. Days count from the calendar day of `resolvedAt` as written (in
 * the author's offset, as validation does), or of `startedAt` for a success
 * review without a resolution; `today` is a YYYY-MM-DD date. `ended` saves
 * reading the timestamp again when the caller has.
 *
 * @public
 */
export function publicationTimeliness(
  spec: Pick<
    PostmortemEntity['spec'],
    'startedAt' | 'resolvedAt' | 'publishedAt'
  >,
  today: string,
  ended: ReadTimestamp | undefined = readTimestamp(
    spec.resolvedAt ?? spec.startedAt,
  ),
): PublicationTimeliness {
  const endedOn =
    ended?.localDate ?? (spec.resolvedAt ?? spec.startedAt).slice(0, 10);
  const deadline = addDays(endedOn, PUBLICATION_DEADLINE_DAYS);
  if (spec.publishedAt) {
    return {
      state: spec.publishedAt <= deadline ? 'on-time' : 'late',
      deadline,
      daysToPublish: dayNumber(spec.publishedAt) - dayNumber(endedOn),
    };
  }
  return { state: today <= deadline ? 'due' : 'overdue', deadline };
}

import { type PostmortemEntity } from '@readiness/plugin-readiness-common';
import { readTimestamp } from './calendar';

/** The fields of a post-mortem that its timings are computed from. @public */
export type PostmortemTimes = Pick<
  PostmortemEntity['spec'],
  'startedAt' | 'detectedAt' | 'resolvedAt'
>;

/**
 * Minutes from one timestamp to another; undefined when the later one is
 * missing or either cannot be read.
 *
 * @public
 */
export function minutesBetween(
  from: string,
  to: string | undefined,
): number | undefined {
  const start = readTimestamp(from);
  const end = readTimestamp(to);
  return start && end ? (end.ms - start.ms) / 60_000 : undefined;
}

/**
 * Time to detect: from the moment the incident started to the moment we knew
 * (detectedAt − startedAt), in minutes.
 *
 * @public
 */
export function timeToDetectMinutes(times: PostmortemTimes) {
  return minutesBetween(times.startedAt, times.detectedAt);
}

/**
 * Time to resolve, which is also the incident's duration: from the moment it
 * started to the moment it was resolved (resolvedAt − startedAt), in minutes.
 *
 * @public
 */
export function timeToResolveMinutes(times: PostmortemTimes) {
  return minutesBetween(times.startedAt, times.resolvedAt);
}

/**
 * An incident review whose customer impact is more than "none". Success
 * reviews never count.
 *
 * @public
 */
export function isCustomerImpacting(
  spec: Pick<PostmortemEntity['spec'], 'reviewType' | 'customerImpact'>,
): boolean {
  return (
    spec.reviewType === 'incident' &&
    spec.customerImpact !== undefined &&
    spec.customerImpact !== 'none'
  );
}

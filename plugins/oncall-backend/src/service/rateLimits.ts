import type { SlidingWindowLimit } from '@readiness/plugin-oncall-common';

/**
 * Whether one more action is allowed given the times of the earlier accepted
 * ones: undefined when it is, otherwise the seconds until the oldest action
 * that counts leaves the window.
 *
 * @public
 */
export function slidingWindowRetryAfterSeconds(
  acceptedAt: string[],
  now: Date,
  { limit, windowSeconds }: SlidingWindowLimit,
): number | undefined {
  const windowStart = now.getTime() - windowSeconds * 1000;
  const inWindow = acceptedAt
    .map(at => Date.parse(at))
    .filter(at => at > windowStart)
    .sort((a, b) => a - b);
  if (inWindow.length < limit) {
    return undefined;
  }
  // The action that must expire to leave room for one more.
  const blocking = inWindow[inWindow.length - limit];
  return Math.max(
    1,
    Math.ceil((blocking + windowSeconds * 1000 - now.getTime()) / 1000),
  );
}

/**
 * Fakes the date only, timers still running, so a backend under test computes dates (review
 * states, coverage, refresh ages) as of `now` while its scheduler and requests run as they do.
 * Undo with `jest.useRealTimers()`.
 *
 * @public
 */
export function fakeDate(now: Date | number): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

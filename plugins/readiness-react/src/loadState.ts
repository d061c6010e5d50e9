/**
 * Where a component's data is: the answer of `useAsync` or `useAsyncRetry`, or the same shape
 * from another hook (`useMySquads`).
 *
 * @public
 */
export interface LoadState {
  /** Whether a load is under way. */
  loading: boolean;
  /** Why the last load failed. */
  error?: Error;
  /** The last answer, kept on screen while a reload is under way. */
  value?: unknown;
}

import { LoggerService } from '@backstage/backend-plugin-api';

/**
 * Options of {@link RefreshingValue}.
 *
 * @public
 */
export interface RefreshingValueOptions<T> {
  /** Reads the value; gets the current one, if any, to keep it when nothing changed. */
  load: (current: T | undefined) => Promise<T>;
  /** How long a value is served before the next caller starts a refresh (`Infinity`: never). */
  maxAgeMs: number;
  /**
   * At most this share of the time goes to checks that find nothing new: when `load` returns the
   * current value after `t`, it is served for at least `t / maxRefreshShare` (e.g. 1/30: a 6 s
   * check waits 3 minutes), so a check that grows with the catalog runs less often rather than
   * taking over the replica. A new value is served for `maxAgeMs`, so changes keep showing within
   * it. Unset: `maxAgeMs` alone.
   */
  maxRefreshShare?: number;
  logger: LoggerService;
  /** Says what the value is in the log line of a failed refresh, e.g. `the readiness records`. */
  description: string;
  clock?: () => number;
}

/**
 * A value read from another service (the catalog) and shared by every request: served until it is
 * `maxAgeMs` old, then the next caller starts a refresh and everyone keeps getting the current
 * value until the refresh lands, so only the very first read is ever waited for. A failed refresh
 * is logged and retried by the next caller; a failed first read rejects for the caller to report.
 *
 * @public
 */
export class RefreshingValue<T> {
  private current?: { value: T; readAt: number; servedForMs: number };
  private loading?: Promise<T>;

  constructor(private readonly options: RefreshingValueOptions<T>) {}

  /**
   * The value. With `maxAgeMs`, one read (or found unchanged) at most that long ago and not yet
   * due for a refresh: otherwise the caller waits for a refresh (and gets the current value if it
   * fails). Without it, a value due for a refresh is served while the refresh runs.
   */
  get(options?: { maxAgeMs?: number }): Promise<T> {
    const { clock = Date.now } = this.options;
    const current = this.current;
    const maxAgeMs = Math.min(
      current?.servedForMs ?? 0,
      options?.maxAgeMs ?? Infinity,
    );
    if (current && clock() - current.readAt <= maxAgeMs) {
      return Promise.resolve(current.value);
    }
    if (!this.loading) {
      this.loading = this.refresh().finally(() => {
        this.loading = undefined;
      });
      if (current) {
        this.loading.catch(error =>
          this.options.logger.error(
            `Could not refresh ${this.options.description}; serving those read at ${new Date(
              current.readAt,
            ).toISOString()}`,
            error,
          ),
        );
      }
    }
    if (current && options?.maxAgeMs !== undefined) {
      return this.loading.catch(() => current.value);
    }
    return current ? Promise.resolve(current.value) : this.loading;
  }

  /** When the value served was read (or found unchanged), if it has been. */
  get readAt(): Date | undefined {
    return this.current && new Date(this.current.readAt);
  }

  /** How long the value stays served once read: until the next caller after that refreshes. */
  get servedForMs(): number | undefined {
    return this.current?.servedForMs;
  }

  private async refresh(): Promise<T> {
    const { maxAgeMs, maxRefreshShare, clock = Date.now } = this.options;
    const readAt = clock();
    const previous = this.current?.value;
    const value = await this.options.load(previous);
    const tookMs = clock() - readAt;
    const unchanged = previous !== undefined && value === previous;
    this.current = {
      value,
      readAt,
      servedForMs:
        maxRefreshShare && unchanged
          ? Math.max(maxAgeMs, tookMs / maxRefreshShare)
          : maxAgeMs,
    };
    return value;
  }
}

/**
 * A token bucket that keeps a client below a per-minute request limit.
 *
 * A bucket of capacity C refilled at r per second lets through at most
 * C + 60·r requests in any minute, so the refill rate is set to
 * (limit − C) / 60 s: bursts of C, and never more than `limit` a minute.
 */
export class RequestRateLimiter {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  #tokens: number;
  #updatedAt: number;
  #queue: Promise<void> = Promise.resolve();

  constructor(options: {
    requestsPerMinute: number;
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
  }) {
    const { requestsPerMinute } = options;
    this.#capacity = Math.max(1, Math.floor(requestsPerMinute / 10));
    this.#refillPerMs =
      Math.max(1, requestsPerMinute - this.#capacity) / 60_000;
    this.#now = options.now ?? Date.now;
    this.#sleep =
      options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
    this.#tokens = this.#capacity;
    this.#updatedAt = this.#now();
  }

  /** Resolves when one more request may be sent; callers are served in order. */
  acquire(): Promise<void> {
    const turn = this.#queue.then(() => this.#take());
    this.#queue = turn;
    return turn;
  }

  async #take(): Promise<void> {
    for (;;) {
      const now = this.#now();
      this.#tokens = Math.min(
        this.#capacity,
        this.#tokens + (now - this.#updatedAt) * this.#refillPerMs,
      );
      this.#updatedAt = now;
      if (this.#tokens >= 1) {
        this.#tokens -= 1;
        return;
      }
      await this.#sleep(Math.ceil((1 - this.#tokens) / this.#refillPerMs));
    }
  }
}

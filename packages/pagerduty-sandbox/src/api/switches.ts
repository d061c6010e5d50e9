import { NextFunction, Request, Response } from 'express';
import { SeededRandom } from '../seed/random';
import {
  PagerDutyError,
  authenticationFailed,
  rateLimited,
  serverError,
} from './errors';

/**
 * PagerDuty's documented REST API limit: 960 requests per minute for each
 * account API key, and for each user across the user's API keys. Source:
 * PagerDuty's "REST API Rate Limits" page
 * (https://developer.pagerduty.com/docs/rest-api-rate-limits), as PagerDuty's
 * staff restated it when the limits changed in November 2023
 * (https://community.pagerduty.com/ask-a-product-question-2/rest-api-rate-limit-151).
 *
 * @public
 */
export const PAGERDUTY_REST_REQUESTS_PER_MINUTE = 960;

/**
 * How an outage shows: the port refuses connections, or the API answers 503.
 *
 * @public
 */
export type OutageMode = 'connection-refused' | 'service-unavailable';

/**
 * What tests can switch at runtime.
 *
 * @public
 */
export interface PagerDutySandboxControls {
  /** Delays every answer by this many milliseconds. */
  setLatency(ms: number): void;
  /** The next `count` requests fail with `status` (429 comes with Retry-After). */
  failNext(status: number, count?: number): void;
  /** From now on, this share of requests (0–1) fails with `status`, chosen by a seeded generator. */
  setErrorRate(rate: number, status?: number): void;
  /** Takes the sandbox down or brings it back; resolves once the change is in effect. */
  setOutage(down: boolean, mode?: OutageMode): Promise<void>;
  /** Answers 401 to every REST request, as when PagerDuty revokes a key. */
  rejectToken(reject: boolean): void;
  /** REST requests allowed per token and minute before 429. */
  setBudget(perMinute: number): void;
  /** Back to no latency, no failures, no outage, the default budget; clears the request log. */
  reset(): Promise<void>;
}

/**
 * A request the sandbox answered, as tests inspect it.
 *
 * @public
 */
export interface LoggedRequest {
  method: string;
  /** Relative to the sandbox's root, e.g. `/incidents` or `/v2/enqueue`. */
  path: string;
  query: Record<string, string | string[]>;
  status: number;
  body?: unknown;
}

const WINDOW_MS = 60_000;
/** The log keeps the latest requests only, so that a sandbox serving a demo for days stays small. */
export const REQUEST_LOG_LIMIT = 10_000;

function sleep(ms: number) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

function queryRecord(url: string): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  new URL(url, 'http://sandbox.invalid').searchParams.forEach((value, key) => {
    const previous = record[key];
    if (previous === undefined) {
      record[key] = key.endsWith('[]') ? [value] : value;
    } else {
      record[key] = Array.isArray(previous)
        ? [...previous, value]
        : [previous, value];
    }
  });
  return record;
}

/**
 * The state behind the controls, and the middleware that applies it: request
 * log, outage, latency, forced failures, token check and rate limit, in that
 * order.
 */
export class SandboxSwitches {
  readonly requestLog: LoggedRequest[] = [];
  private latencyMs = 0;
  private forcedFailures: number[] = [];
  private errorRate = 0;
  private errorRateStatus = 500;
  private outage: OutageMode | undefined;
  private tokenRejected = false;
  private budgetPerMinute: number;
  private readonly windows = new Map<
    string,
    { start: number; count: number }
  >();
  private readonly random: SeededRandom;
  /** Set by a standalone server, which can stop listening to refuse connections. */
  onOutageChange?: (mode: OutageMode | undefined) => Promise<void>;

  constructor(
    private readonly token: string,
    private readonly defaultBudget: number,
    seed: number,
  ) {
    this.budgetPerMinute = defaultBudget;
    this.random = new SeededRandom(seed);
  }

  readonly controls: PagerDutySandboxControls = {
    setLatency: ms => {
      this.latencyMs = Math.max(0, ms);
    },
    failNext: (status, count = 1) => {
      this.forcedFailures.push(...Array<number>(count).fill(status));
    },
    setErrorRate: (rate, status = 500) => {
      this.errorRate = Math.min(1, Math.max(0, rate));
      this.errorRateStatus = status;
    },
    setOutage: async (down, mode = 'connection-refused') => {
      this.outage = down ? mode : undefined;
      await this.onOutageChange?.(this.outage);
    },
    rejectToken: reject => {
      this.tokenRejected = reject;
    },
    setBudget: perMinute => {
      this.budgetPerMinute = perMinute;
      this.windows.clear();
    },
    reset: async () => {
      this.latencyMs = 0;
      this.forcedFailures = [];
      this.errorRate = 0;
      this.tokenRejected = false;
      this.budgetPerMinute = this.defaultBudget;
      this.windows.clear();
      this.requestLog.length = 0;
      if (this.outage) await this.controls.setOutage(false);
    },
  };

  private nextFailure(): number | undefined {
    if (this.forcedFailures.length > 0) return this.forcedFailures.shift();
    if (this.errorRate > 0 && this.random.chance(this.errorRate))
      return this.errorRateStatus;
    return undefined;
  }

  private failure(status: number, events: boolean): PagerDutyError {
    if (status === 429) return rateLimited(1, events);
    if (status === 401) return authenticationFailed();
    return serverError(status, events);
  }

  /** Counts the request against the token's per-minute budget, PagerDuty-style. */
  private spendBudget(token: string, response: Response) {
    const now = Date.now();
    let window = this.windows.get(token);
    if (!window || now - window.start >= WINDOW_MS) {
      window = { start: now, count: 0 };
      this.windows.set(token, window);
    }
    const resetSeconds = Math.max(
      1,
      Math.ceil((window.start + WINDOW_MS - now) / 1000),
    );
    if (window.count >= this.budgetPerMinute) {
      throw rateLimited(resetSeconds, false);
    }
    window.count += 1;
    response.set({
      'ratelimit-limit': String(this.budgetPerMinute),
      'ratelimit-remaining': String(this.budgetPerMinute - window.count),
      'ratelimit-reset': String(resetSeconds),
    });
  }

  readonly middleware = async (
    request: Request,
    response: Response,
    next: NextFunction,
  ) => {
    // Read before the routers below rewrite the URL for their own mount points.
    const path = request.path;
    const events = path.startsWith('/v2/');
    response.on('finish', () => {
      this.requestLog.push({
        method: request.method,
        path,
        query: queryRecord(request.originalUrl),
        status: response.statusCode,
        ...(request.body !== undefined && request.method !== 'GET'
          ? { body: request.body }
          : {}),
      });
      if (this.requestLog.length > REQUEST_LOG_LIMIT) this.requestLog.shift();
    });
    try {
      if (this.outage === 'connection-refused') {
        // Mounted in another server there is no port to close: drop the connection instead.
        request.socket.destroy();
        return;
      }
      if (this.outage === 'service-unavailable') throw serverError(503, events);
      if (this.latencyMs > 0) await sleep(this.latencyMs);
      const failure = this.nextFailure();
      if (failure !== undefined) throw this.failure(failure, events);
      if (!events && request.method !== 'OPTIONS') {
        const match = /^Token token=(.+)$/.exec(
          request.get('authorization') ?? '',
        );
        if (this.tokenRejected || !match || match[1] !== this.token) {
          throw authenticationFailed();
        }
        this.spendBudget(match[1], response);
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

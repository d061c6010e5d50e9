import { LoggerService } from '@backstage/backend-plugin-api';
import { STATUS_CODES } from 'node:http';
import { RequestRateLimiter } from './RequestRateLimiter';
import {
  PagerDutyEscalationPolicy,
  PagerDutyIncident,
  PagerDutyLogEntry,
  PagerDutyOnCall,
  PagerDutySchedule,
  PagerDutyService,
  PagerDutyTeam,
  PagerDutyTriggerEvent,
  PagerDutyUser,
} from './types';

/**
 * PagerDuty documents a REST API limit of 960 requests per minute per API key
 * (https://support.pagerduty.com/docs/rest-api-rate-limits). The client stays
 * well below it by default, leaving room for other replicas and other users of
 * the same key.
 */
export const PAGERDUTY_DOCUMENTED_REQUESTS_PER_MINUTE = 960;
export const DEFAULT_REQUESTS_PER_MINUTE = 600;

/** The largest page PagerDuty's list endpoints return. */
const PAGE_SIZE = 100;
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_ATTEMPTS = 4;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
/** Asked to wait longer than this, a sync gives up and retries on a later run. */
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

type QueryValue = string | number | boolean | string[] | undefined;
export type PagerDutyQuery = Record<string, QueryValue>;

/** A failure talking to PagerDuty, with a message meant for people. */
export class PagerDutyError extends Error {
  readonly status?: number;
  /** Set when PagerDuty asked us to wait before the next request. */
  readonly retryAfterMs?: number;

  constructor(
    message: string,
    options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'PagerDutyError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * The wait PagerDuty asks for on a 429: Retry-After in seconds or as an HTTP
 * date, else its ratelimit-reset header (seconds); undefined when neither.
 */
export function parseRetryAfterMs(
  headers: Headers,
  now: number = Date.now(),
): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) {
      return Math.max(0, seconds * 1000);
    }
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) {
      return Math.max(0, at - now);
    }
  }
  const reset = Number(headers.get('ratelimit-reset') ?? NaN);
  return Number.isFinite(reset) ? Math.max(0, reset * 1000) : undefined;
}

/** Exponential backoff with full jitter for the given retry (0-based). */
export function backoffDelayMs(retry: number, random: () => number): number {
  return Math.round(
    random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry),
  );
}

function describeSeconds(ms: number): string {
  return `${Math.ceil(ms / 1000)} s`;
}

function toSearchParams(query: PagerDutyQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      value.forEach(item => params.append(key, item));
    } else if (value !== undefined) {
      params.append(key, String(value));
    }
  }
  return params;
}

export interface PagerDutyClientOptions {
  /** REST API base URL, e.g. https://api.pagerduty.com. */
  apiBaseUrl: string;
  /**
   * Events API v2 base URL, e.g. https://events.pagerduty.com/v2: events go to
   * it + /enqueue, as with the PagerDuty card's `pagerDuty.eventsBaseUrl`.
   */
  eventsBaseUrl: string;
  token: string;
  requestsPerMinute?: number;
  timeoutMs?: number;
  maxAttempts?: number;
  maxRetryAfterMs?: number;
  logger?: LoggerService;
  fetch?: typeof fetch;
  /** Waits before a retry (tests replace it). */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source for the backoff. */
  random?: () => number;
}

/**
 * PagerDuty REST API v2 and Events API v2 over global fetch: offset paging,
 * a per-request timeout, a client-side rate limit, Retry-After on 429 and
 * exponential backoff with jitter on 5xx and network errors.
 */
export class PagerDutyClient {
  readonly apiBaseUrl: string;
  readonly eventsBaseUrl: string;
  readonly #token: string;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number;
  readonly #maxRetryAfterMs: number;
  readonly #logger?: LoggerService;
  readonly #fetch: typeof fetch;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: () => number;
  readonly #limiter: RequestRateLimiter;
  #requestCount = 0;

  constructor(options: PagerDutyClientOptions) {
    this.apiBaseUrl = options.apiBaseUrl.replace(/\/+$/, '');
    this.eventsBaseUrl = options.eventsBaseUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.#maxRetryAfterMs =
      options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    this.#logger = options.logger;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#sleep =
      options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
    this.#random = options.random ?? Math.random;
    // The limiter keeps real time: `sleep` stands in for the retry waits only.
    this.#limiter = new RequestRateLimiter({
      requestsPerMinute:
        options.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
    });
  }

  /** HTTP requests sent so far, retries included. */
  get requestCount(): number {
    return this.#requestCount;
  }

  listServices(): Promise<PagerDutyService[]> {
    return this.#list('/services', 'services', {
      'include[]': ['integrations'],
    });
  }

  listEscalationPolicies(): Promise<PagerDutyEscalationPolicy[]> {
    return this.#list('/escalation_policies', 'escalation_policies', {});
  }

  listSchedules(): Promise<PagerDutySchedule[]> {
    return this.#list('/schedules', 'schedules', {});
  }

  listUsers(): Promise<PagerDutyUser[]> {
    return this.#list('/users', 'users', {});
  }

  listTeams(): Promise<PagerDutyTeam[]> {
    return this.#list('/teams', 'teams', {});
  }

  /** Every on-call shift that overlaps [since, until). */
  listOnCalls(window: {
    since: Date;
    until: Date;
  }): Promise<PagerDutyOnCall[]> {
    return this.#list('/oncalls', 'oncalls', {
      time_zone: 'UTC',
      since: window.since.toISOString(),
      until: window.until.toISOString(),
    });
  }

  /** Incidents created in [since, until); PagerDuty allows six months at most. */
  listIncidents(window: {
    since: Date;
    until: Date;
  }): Promise<PagerDutyIncident[]> {
    return this.#list('/incidents', 'incidents', {
      time_zone: 'UTC',
      since: window.since.toISOString(),
      until: window.until.toISOString(),
      sort_by: 'created_at:asc',
    });
  }

  /** Incidents not resolved yet, of any age. */
  listOpenIncidents(): Promise<PagerDutyIncident[]> {
    return this.#list('/incidents', 'incidents', {
      'statuses[]': ['triggered', 'acknowledged'],
      date_range: 'all',
      time_zone: 'UTC',
    });
  }

  /** One incident; undefined when PagerDuty no longer has it. */
  async getIncident(id: string): Promise<PagerDutyIncident | undefined> {
    try {
      const body = await this.#get<{ incident: PagerDutyIncident }>(
        `/incidents/${encodeURIComponent(id)}`,
        { time_zone: 'UTC' },
      );
      return body.incident;
    } catch (error) {
      if (error instanceof PagerDutyError && error.status === 404) {
        return undefined;
      }
      throw error;
    }
  }

  /**
   * All of an incident's log entries, newest first: not the overview, which
   * leaves out the notifications.
   */
  listIncidentLogEntries(id: string): Promise<PagerDutyLogEntry[]> {
    return this.#list(
      `/incidents/${encodeURIComponent(id)}/log_entries`,
      'log_entries',
      { time_zone: 'UTC' },
    );
  }

  /** The incidents whose de-duplication key is `incidentKey`, of any age. */
  findIncidentsByKey(incidentKey: string): Promise<PagerDutyIncident[]> {
    return this.#list('/incidents', 'incidents', {
      incident_key: incidentKey,
      date_range: 'all',
      time_zone: 'UTC',
    });
  }

  /**
   * One GET of the REST API as PagerDuty answers it, for reads a person waits
   * on: asked once, without retries.
   *
   * @param path - the resource path, such as `/services/PGW0001`
   * @param search - the query string, empty or starting with `?`
   */
  readOnce(path: string, search: string): Promise<unknown> {
    return this.#send(
      `${this.apiBaseUrl}${path}${search}`,
      { method: 'GET', headers: this.#restHeaders() },
      `GET ${path}`,
      1,
    );
  }

  /** Sends a trigger event through Events API v2; resolves to its dedup key. */
  async sendTriggerEvent(event: PagerDutyTriggerEvent): Promise<string> {
    const body = await this.#send<{ dedup_key?: string }>(
      `${this.eventsBaseUrl}/enqueue`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(event),
      },
      'POST /enqueue',
    );
    return body.dedup_key ?? event.dedup_key;
  }

  async #list<T>(
    path: string,
    collection: string,
    query: PagerDutyQuery,
  ): Promise<T[]> {
    const items: T[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await this.#get<Record<string, unknown>>(path, {
        ...query,
        limit: PAGE_SIZE,
        offset,
      });
      const pageItems = page[collection];
      if (!Array.isArray(pageItems)) {
        throw new PagerDutyError(
          `PagerDuty answered GET ${path} without a "${collection}" list`,
        );
      }
      items.push(...(pageItems as T[]));
      if (page.more !== true || pageItems.length === 0) {
        return items;
      }
    }
  }

  #get<T>(path: string, query: PagerDutyQuery): Promise<T> {
    const params = toSearchParams(query).toString();
    return this.#send<T>(
      `${this.apiBaseUrl}${path}${params ? `?${params}` : ''}`,
      { method: 'GET', headers: this.#restHeaders() },
      `GET ${path}`,
    );
  }

  #restHeaders(): Record<string, string> {
    return {
      Accept: 'application/vnd.pagerduty+json;version=2',
      'Content-Type': 'application/json',
      Authorization: `Token token=${this.#token}`,
    };
  }

  async #send<T>(
    url: string,
    init: RequestInit,
    what: string,
    maxAttempts: number = this.#maxAttempts,
  ): Promise<T> {
    let lastError: PagerDutyError | undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (lastError) {
        const wait =
          lastError.retryAfterMs ?? backoffDelayMs(attempt - 2, this.#random);
        this.#logger?.warn(
          lastError.retryAfterMs !== undefined
            ? lastError.message
            : `${lastError.message}; retrying ${what} in ${describeSeconds(
                wait,
              )}`,
        );
        await this.#sleep(wait);
      }
      await this.#limiter.acquire();
      this.#requestCount += 1;
      let response: Response;
      try {
        response = await this.#fetch(url, {
          ...init,
          signal: AbortSignal.timeout(this.#timeoutMs),
        });
      } catch (error) {
        lastError = this.#describeNetworkError(error);
        continue;
      }
      if (response.ok) {
        return (await response.json()) as T;
      }
      const failure = await this.#describeFailure(response, what);
      if (
        response.status !== 429 &&
        response.status < 500 &&
        response.status !== 408
      ) {
        throw failure;
      }
      if (
        failure.retryAfterMs !== undefined &&
        failure.retryAfterMs > this.#maxRetryAfterMs
      ) {
        throw failure;
      }
      lastError = failure;
    }
    throw new PagerDutyError(
      `${lastError!.message} (${what}, tried ${maxAttempts} times)`,
      {
        status: lastError!.status,
        retryAfterMs: lastError!.retryAfterMs,
        cause: lastError,
      },
    );
  }

  #describeNetworkError(error: unknown): PagerDutyError {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return new PagerDutyError(
        `PagerDuty did not answer within ${describeSeconds(this.#timeoutMs)}`,
        { cause: error },
      );
    }
    const cause = (error as { cause?: { code?: string; message?: string } })
      ?.cause;
    const reason = cause?.code ?? cause?.message ?? String(error);
    return new PagerDutyError(
      `Could not reach PagerDuty at ${
        new URL(this.apiBaseUrl).origin
      }: ${reason}`,
      { cause: error },
    );
  }

  async #describeFailure(
    response: Response,
    what: string,
  ): Promise<PagerDutyError> {
    const { status } = response;
    // Reading the body also frees the connection for the next request.
    const text = await response.text().catch(() => '');
    if (status === 401) {
      return new PagerDutyError('PagerDuty rejected the token (401)', {
        status,
      });
    }
    if (status === 429) {
      const retryAfterMs =
        parseRetryAfterMs(response.headers) ?? BACKOFF_CAP_MS;
      return new PagerDutyError(
        `PagerDuty is rate-limiting us; retrying after ${describeSeconds(
          retryAfterMs,
        )}`,
        { status, retryAfterMs },
      );
    }
    if (status >= 500 || status === 408) {
      return new PagerDutyError(
        `PagerDuty answered ${status} ${
          response.statusText || STATUS_CODES[status] || ''
        }`.trim(),
        { status },
      );
    }
    let detail = '';
    try {
      const body = JSON.parse(text) as {
        error?: { message?: string; errors?: string[] } | string;
        message?: string;
        errors?: string[];
      };
      const error = typeof body.error === 'string' ? undefined : body.error;
      detail = [
        typeof body.error === 'string' ? body.error : error?.message,
        body.message,
        ...(error?.errors ?? body.errors ?? []),
      ]
        .filter(Boolean)
        .join('; ');
    } catch {
      // A body that is not JSON adds nothing a person could act on.
    }
    const reason = status === 403 ? 'refused access to' : 'refused';
    return new PagerDutyError(
      `PagerDuty ${reason} ${what} (${status})${detail ? `: ${detail}` : ''}`,
      { status },
    );
  }
}

import { performance } from 'node:perf_hooks';
import { median, percentile } from './statistics';

export interface LoadResult {
  requests: number;
  failures: number;
  /** The first failure's status and body, to say what went wrong. */
  firstFailure?: string;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  requestsPerSecond: number;
  bytes: number;
}

/**
 * Rounds per API, run round-robin over the APIs. Between two runs on the same machine an API's
 * p95 moved by up to 1.5×, as much as the growth budget from L to XL: in rounds, a slow stretch
 * of the machine falls in one round of a few APIs, and the median of the rounds leaves it out.
 */
export const LOAD_ROUNDS = 3;

/** An API's figures over its rounds (see `combineRounds`). */
export interface RoundsResult extends LoadResult {
  /** Each round's p95 in order, to show how far the rounds spread. */
  roundsP95Ms: number[];
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** Requests in flight at once, each worker on its own keep-alive connection. */
  connections: number;
  durationMs: number;
  /** Requests per connection before measuring, so caches and connections are warm. */
  warmupPerConnection: number;
}

/**
 * Closed-loop load: `connections` workers each send the next request as soon as the previous
 * answered, for `durationMs`; every answer's latency counts, and any status but 2xx is a failure.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let bytes = 0;

  const send = async (record: boolean) => {
    const started = performance.now();
    try {
      const response = await fetch(options.url, { headers: options.headers });
      const body = await response.arrayBuffer();
      const elapsed = performance.now() - started;
      if (!record) return;
      if (response.ok) {
        latencies.push(elapsed);
        bytes = body.byteLength;
      } else {
        failures += 1;
        firstFailure ??= `${response.status}: ${Buffer.from(body).toString(
          'utf8',
          0,
          300,
        )}`;
      }
    } catch (error) {
      if (!record) return;
      failures += 1;
      firstFailure ??= String(error);
    }
  };

  const workers = Array.from({ length: options.connections });
  await Promise.all(
    workers.map(async () => {
      for (let i = 0; i < options.warmupPerConnection; i++) await send(false);
    }),
  );
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(
    workers.map(async () => {
      while (performance.now() < deadline) await send(true);
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length + failures,
    failures,
    firstFailure,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: latencies.length ? Math.max(...latencies) : NaN,
    requestsPerSecond: (latencies.length + failures) / elapsedSeconds,
    bytes,
  };
}

/**
 * One API's figures from its rounds: p50 and p95 the median of the rounds', requests/s their
 * mean, requests and failures summed, max the largest, bytes the last round's. A round in which
 * every request failed has no latency: it counts in the failures only.
 */
export function combineRounds(rounds: readonly LoadResult[]): RoundsResult {
  if (rounds.length === 0) throw new Error('combineRounds: no rounds');
  const answered = rounds.filter(round => Number.isFinite(round.p95Ms));
  const sum = (values: number[]) =>
    values.reduce((total, value) => total + value, 0);
  return {
    requests: sum(rounds.map(round => round.requests)),
    failures: sum(rounds.map(round => round.failures)),
    firstFailure: rounds.find(round => round.firstFailure !== undefined)
      ?.firstFailure,
    p50Ms: median(answered.map(round => round.p50Ms)),
    p95Ms: median(answered.map(round => round.p95Ms)),
    maxMs: answered.length
      ? Math.max(...answered.map(round => round.maxMs))
      : NaN,
    requestsPerSecond:
      sum(rounds.map(round => round.requestsPerSecond)) / rounds.length,
    bytes: rounds[rounds.length - 1].bytes,
    roundsP95Ms: rounds.map(round => round.p95Ms),
  };
}

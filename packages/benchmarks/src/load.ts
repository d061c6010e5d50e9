import { performance } from 'node:perf_hooks';
import { percentile } from './statistics';

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

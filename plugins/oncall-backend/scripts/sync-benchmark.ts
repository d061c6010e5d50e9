/*
 * How many PagerDuty requests a full and an incremental sync of a large
 * account take, how long they run, and whether they stay within PagerDuty's
 * documented REST rate limit. Runs the real sync against the sandbox's
 * synthetic account, with the client's default rate limit, on SQLite.
 *
 * From plugins/oncall-backend:
 *   node --require @backstage/cli/config/nodeTransform.cjs scripts/sync-benchmark.ts \
 *     [--services 1000] [--schedules 300]
 */
import { startPagerDutySandbox } from '@readiness/pagerduty-sandbox';
import {
  DEFAULT_REQUESTS_PER_MINUTE,
  PAGERDUTY_DOCUMENTED_REQUESTS_PER_MINUTE,
  PagerDutyClient,
} from '../src/pagerduty/PagerDutyClient';
import { PagerDutySync, SyncOutcome } from '../src/sync/PagerDutySync';
import { inMemoryOncallStore, option, quietLogger } from './scriptSupport';

const MINUTE_MS = 60_000;
/** The plugin's default (oncall.sync.acknowledgementLookupsPerRun). */
const ACK_LOOKUPS_PER_RUN = 300;

/** The most requests sent within any 60-second span. */
function peakPerMinute(sentAt: number[]): number {
  let peak = 0;
  let start = 0;
  for (let end = 0; end < sentAt.length; end++) {
    while (sentAt[end] - sentAt[start] >= MINUTE_MS) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

async function main() {
  const services = option('services', 1000);
  const schedules = option('schedules', 300);
  const token = 'benchmark-token';
  const sandbox = await startPagerDutySandbox({
    token,
    scale: { services, schedules },
  });
  const sentAt: number[] = [];
  const client = new PagerDutyClient({
    apiBaseUrl: sandbox.url,
    eventsBaseUrl: sandbox.eventsUrl,
    token,
    fetch: (input, init) => {
      sentAt.push(Date.now());
      return fetch(input, init);
    },
  });
  const { knex, store } = await inMemoryOncallStore();
  const syncWith = (acknowledgementLookupsPerRun: number) =>
    new PagerDutySync({
      client,
      store,
      logger: quietLogger,
      incidentHistoryMonths: 18,
      onCallWindowMs: 7 * 24 * 3600 * 1000,
      acknowledgementLookupsPerRun,
    });
  const sync = syncWith(ACK_LOOKUPS_PER_RUN);

  const rows: string[][] = [];
  const measure = async (name: string, run: PagerDutySync = sync) => {
    sentAt.length = 0;
    const started = Date.now();
    const outcome: SyncOutcome = await run.run();
    if (outcome.result !== 'success') {
      throw new Error(
        `${name} sync did not succeed: ${JSON.stringify(outcome)}`,
      );
    }
    const seconds = (Date.now() - started) / 1000;
    const peak = peakPerMinute(sentAt);
    rows.push([
      name,
      String(outcome.counts.requests),
      seconds.toFixed(1),
      String(peak),
      String(outcome.counts.incidentsFetched),
      String(outcome.counts.acknowledgementLookups),
      String(outcome.counts.acknowledgementBacklog),
      peak <= PAGERDUTY_DOCUMENTED_REQUESTS_PER_MINUTE ? 'yes' : 'NO',
    ]);
    return outcome.counts;
  };

  const full = await measure('full (first run)');
  await measure('incremental, working off the ack backlog');
  // Once the backlog is gone, a run only looks up the few incidents resolved since.
  await measure('incremental, steady state', syncWith(0));
  const runsToClearBacklog = Math.ceil(
    full.acknowledgementBacklog / ACK_LOOKUPS_PER_RUN,
  );

  const header = [
    'sync',
    'requests',
    'seconds',
    'peak requests/min',
    'incidents fetched',
    'ack lookups',
    'ack backlog',
    `within ${PAGERDUTY_DOCUMENTED_REQUESTS_PER_MINUTE}/min`,
  ];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(
    `PagerDuty sandbox account: ${full.services} services, ${full.schedules} schedules, ` +
      `${full.escalationPolicies} escalation policies, ${full.users} users, ${full.teams} teams, ` +
      `${full.shifts} on-call shifts in the next 7 days`,
  );
  console.log(
    `Client rate limit ${DEFAULT_REQUESTS_PER_MINUTE}/min; PagerDuty documents ${PAGERDUTY_DOCUMENTED_REQUESTS_PER_MINUTE}/min per API key.`,
  );
  console.log(line(header));
  console.log(line(widths.map(w => '-'.repeat(w))));
  rows.forEach(row => console.log(line(row)));
  console.log(
    `First acknowledgements of the older resolved incidents are looked up ${ACK_LOOKUPS_PER_RUN} per run: ` +
      `${runsToClearBacklog} more runs (${
        runsToClearBacklog * 5
      } minutes at the default interval).`,
  );

  await knex.destroy();
  await sandbox.stop();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

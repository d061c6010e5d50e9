/*
 * Post-mortem API benchmark at scale profile L (10,000 post-mortems, 1,000 exercises, 400
 * squads, 4,000 services): the library, its facets and analytics, and the open actions, timed
 * under 20 concurrent requests.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/readiness-backend/scripts/postmortems-benchmark.ts [--runs 200] [--concurrency 20] [--json]
 */
import { runBenchmark, runScript } from './benchmarkHarness';

runScript(() =>
  runBenchmark('Post-mortems', [
    ['library, newest first', '/postmortems?sort=startedAt&order=desc&limit=50'],
    [
      'library, filtered, searched',
      '/postmortems?filter[severity]=critical&filter[severity]=high&filter[reviewType]=incident&q=queue&sort=severity&limit=50',
    ],
    [
      'library, one squad and a year',
      '/postmortems?filter[squad]=group:default/cards-squad-01&from=2025-11-01&to=2026-10-31',
    ],
    ['library facets', '/postmortems/facets'],
    ['analytics, by squad', '/postmortems/analytics'],
    ['analytics, by service', '/postmortems/analytics?by=service'],
    ['analytics, last 12 months', '/postmortems/analytics?from=2025-11-20&to=2026-11-20'],
    ['analytics, one domain', '/postmortems/analytics?filter[domain]=domain:default/cards-domain'],
    ['open actions, first page', '/postmortems/actions?limit=50'],
    [
      'open actions, one squad overdue',
      '/postmortems/actions?filter[squad]=group:default/cards-squad-01&filter[overdue]=true',
    ],
  ]),
);

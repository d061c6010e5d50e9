/*
 * Post-mortem API benchmark at scale profile L (10,000 post-mortems, 1,000 exercises, 400
 * squads, 4,000 services): the library, its facets and analytics, and the open actions, timed
 * under 20 concurrent requests.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/postmortems-backend/scripts/postmortems-benchmark.ts [--runs 200] [--concurrency 20] [--json]
 */
import { runBenchmark, runScript } from '@readiness/scale-profile';
import { PostmortemsService } from '../src/service/PostmortemsService';
import { createRouter } from '../src/service/router';

runScript(() =>
  runBenchmark(
    'Post-mortems',
    {
      basePath: '/api/postmortems',
      prepare: PostmortemsService.prepare,
      createRouter: ({ httpAuth, index, clock }) =>
        createRouter({
          httpAuth,
          service: new PostmortemsService({ index, clock }),
        }),
    },
    [
      ['library, newest first', '?sort=startedAt&order=desc&limit=50'],
      [
        'library, filtered, searched',
        '?filter[severity]=critical&filter[severity]=high&filter[reviewType]=incident&q=queue&sort=severity&limit=50',
      ],
      [
        'library, one squad and a year',
        '?filter[squad]=group:default/cards-squad-01&from=2025-11-01&to=2026-10-31',
      ],
      ['library facets', '/facets'],
      ['analytics', '/analytics'],
      ['reliability by squad, first page', '/analytics/reliability?limit=10'],
      [
        'reliability by service, slowest to resolve',
        '/analytics/reliability?by=service&sort=mttrMinutes&order=desc&limit=10',
      ],
      ['analytics, last 12 months', '/analytics?from=2025-11-20&to=2026-11-20'],
      [
        'analytics, one domain',
        '/analytics?filter[domain]=domain:default/cards-domain',
      ],
      ['open actions, first page', '/actions?limit=50'],
      [
        'open actions, one squad overdue',
        '/actions?filter[squad]=group:default/cards-squad-01&filter[overdue]=true',
      ],
    ],
  ),
);

/*
 * Continuity API benchmark at scale profile L (500 vendors, 300 continuity plans, 1,000
 * exercises): the vendor register, plans, exercises, reviews and the DORA register, timed under
 * 20 concurrent requests.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/continuity-backend/scripts/continuity-benchmark.ts [--runs 200] [--concurrency 20] [--json]
 */
import { runBenchmark, runScript } from '@readiness/scale-profile';
import { ContinuityService } from '../src/service/ContinuityService';
import { createRouter } from '../src/service/router';

runScript(() =>
  runBenchmark(
    'Continuity',
    {
      basePath: '/api/continuity',
      prepare: ContinuityService.prepare,
      createRouter: ({ httpAuth, index, clock }) =>
        createRouter({ httpAuth, service: new ContinuityService({ index, clock }) }),
    },
    [
      ['vendors', '/vendors?limit=50'],
      ['vendors, critical, searched', '/vendors?filter[criticality]=critical&q=secure&limit=50'],
      ['plans', '/plans?limit=50'],
      ['exercises', '/exercises?limit=50'],
      ['reviews', '/reviews?limit=50'],
      ['reviews by owner', '/reviews/owners'],
      ['RTO conflicts', '/rto-conflicts?limit=50'],
      ['vendor details', '/vendors/default/zenith-secure-001'],
      ['DORA register', '/dora'],
      ['DORA table B_02.01 CSV', '/dora/B_02.01.csv'],
    ],
  ),
);

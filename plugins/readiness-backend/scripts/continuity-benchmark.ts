/*
 * Continuity API benchmark at scale profile L (500 vendors, 300 continuity plans, 1,000
 * exercises): the vendor register, plans, exercises, reviews and the DORA register, timed under
 * 20 concurrent requests.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/readiness-backend/scripts/continuity-benchmark.ts [--runs 200] [--concurrency 20] [--json]
 */
import { runBenchmark, runScript } from '@readiness/scale-profile';
import { readinessApi } from './readinessApi';

runScript(() =>
  runBenchmark('Continuity', readinessApi, [
    ['vendors', '/continuity/vendors?limit=50'],
    ['vendors, critical, searched', '/continuity/vendors?filter[criticality]=critical&q=secure&limit=50'],
    ['plans', '/continuity/plans?limit=50'],
    ['exercises', '/continuity/exercises?limit=50'],
    ['reviews', '/continuity/reviews?limit=50'],
    ['reviews by owner', '/continuity/reviews/owners'],
    ['RTO conflicts', '/continuity/rto-conflicts?limit=50'],
    ['vendor details', '/continuity/vendors/default/zenith-secure-001'],
    ['DORA register', '/continuity/dora'],
    ['DORA table B_02.01 CSV', '/continuity/dora/B_02.01.csv'],
  ]),
);

import type { BenchmarkedApi } from '@readiness/scale-profile';
import { createRouter, prepareSnapshot } from '../src/service/router';

/** The readiness router as the benchmarks serve it, under `/api/readiness`. */
export const readinessApi: BenchmarkedApi = {
  basePath: '/api/readiness',
  prepare: prepareSnapshot,
  createRouter,
};

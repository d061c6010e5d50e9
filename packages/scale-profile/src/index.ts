/**
 * Scale profile L: a large synthetic organisation of catalog records and a
 * matching PagerDuty sandbox account, deterministic from a seed, for the
 * benchmarks.
 *
 * @packageDocumentation
 */

export {
  SCALE_PROFILE_REFERENCE_DATE,
  generateScaleProfile,
} from './generateScaleProfile';
export type {
  GenerateScaleProfileOptions,
  ScaleProfileOutput,
} from './generateScaleProfile';
export { SCALE_PROFILES } from './profiles';
export type { ScaleProfile, ScaleProfileName } from './profiles';
export { runScaleProfileCli } from './cli';
export { runBenchmark, runScript } from './apiBenchmark';
export type { BenchmarkedApi, RouteResult } from './apiBenchmark';

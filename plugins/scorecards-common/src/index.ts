/**
 * The scorecards HTTP contract: the request and response types of `/api/scorecards`, the
 * scorecard permissions, and `ScorecardsClient`, the one typed client for the scorecards
 * frontend and any backend that reads scorecards. Isomorphic.
 *
 * @packageDocumentation
 */

export * from './results';
export * from './api';
export * from './permissions';
export * from './ScorecardsClient';

import { ApiRef, createApiRef } from '@backstage/frontend-plugin-api';
import type { ScorecardsApi } from '@readiness/plugin-scorecards-common';

/**
 * The scorecards backend, called as the signed-in user through the common `ScorecardsClient`.
 *
 * @public
 */
export const scorecardsApiRef: ApiRef<ScorecardsApi> =
  createApiRef<ScorecardsApi>({
    id: 'plugin.scorecards',
  });

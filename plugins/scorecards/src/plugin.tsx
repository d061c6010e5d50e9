import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { ScorecardsClient } from '@readiness/plugin-scorecards-common';
import { scorecardsApiRef } from './api';
import { rootRouteRef } from './routes';

/** A squad: the capability model scores Groups of type team. */
export function isSquad(entity: Entity): boolean {
  return entity.kind === 'Group' && entity.spec?.type === 'team';
}

/** The client of the scorecards backend. */
export const scorecardsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: scorecardsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ScorecardsClient(deps),
    }),
});

/** The leadership page: heat map, level distribution, trend, comparison and export. */
export const scorecardsPage = PageBlueprint.make({
  params: {
    path: '/scorecards',
    title: 'Scorecards',
    icon: <AssessmentIcon />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/ScorecardsPage').then(m => <m.ScorecardsPage />),
  },
});

/** A squad's level and blockers on its overview. */
export const squadScorecardCard = EntityCardBlueprint.make({
  name: 'squad-scorecard',
  params: {
    filter: isSquad,
    loader: () =>
      import('./components/SquadScorecardCard').then(m => (
        <m.SquadScorecardCard />
      )),
  },
});

/** A squad's full scorecard: blockers with how to fix, attestations due, every check, history. */
export const squadScorecardContent = EntityContentBlueprint.make({
  name: 'squad-scorecard',
  params: {
    path: 'scorecard',
    title: 'Scorecard',
    filter: isSquad,
    loader: () =>
      import('./components/SquadScorecardContent').then(m => (
        <m.SquadScorecardContent />
      )),
  },
});

/**
 * Capability scorecards per squad.
 *
 * @public
 */
export const scorecardsPlugin = createFrontendPlugin({
  pluginId: 'scorecards',
  extensions: [
    scorecardsApi,
    scorecardsPage,
    squadScorecardCard,
    squadScorecardContent,
  ],
  routes: { root: rootRouteRef },
});

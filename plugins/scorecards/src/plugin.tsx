import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { capabilityClientApi } from '@readiness/plugin-readiness-react';
import { Entity } from '@backstage/catalog-model';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import AssessmentIcon from '@material-ui/icons/Assessment';
import PlaylistAddCheckIcon from '@material-ui/icons/PlaylistAddCheck';
import { ScorecardsClient } from '@readiness/plugin-scorecards-common';
import { scorecardsApiRef } from './api';
import { approvalsRouteRef, rootRouteRef } from './routes';

/** A squad: the capability model scores Groups of type team. */
export function isSquad(entity: Entity): boolean {
  return entity.kind === 'Group' && entity.spec?.type === 'team';
}

/** The client of the scorecards backend. */
export const scorecardsApi = capabilityClientApi(
  scorecardsApiRef,
  ScorecardsClient,
);

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

/** The approvers' queue: attestations awaiting the signed-in person's approval. */
export const approvalsPage = PageBlueprint.make({
  name: 'approvals',
  params: {
    path: '/approvals',
    title: 'Approvals',
    icon: <PlaylistAddCheckIcon />,
    routeRef: approvalsRouteRef,
    loader: () =>
      import('./components/ApprovalsPage').then(m => <m.ApprovalsPage />),
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

/** Home page: the signed-in person's squad's level and what blocks the next one. */
export const squadLevelWidget = HomePageWidgetBlueprint.make({
  name: 'squad-level',
  params: {
    name: 'SquadLevel',
    title: 'My squad’s level',
    description:
      "Your squad's scorecard level and the checks that block the next level",
    components: () =>
      import('./home/SquadLevel').then(m => ({ Content: m.SquadLevel })),
  },
});

/** Home page (leadership): squads per level, quarter by quarter. */
export const levelDistributionWidget = HomePageWidgetBlueprint.make({
  name: 'level-distribution',
  params: {
    name: 'LevelDistribution',
    title: 'Squads per level, by quarter',
    description:
      'The distribution of squads over levels and its trend per quarter',
    components: () =>
      import('./home/LevelDistribution').then(m => ({
        Content: m.LevelDistribution,
      })),
  },
});

/** Home page (leadership): squads whose level fell since last quarter. */
export const squadsMovedDownWidget = HomePageWidgetBlueprint.make({
  name: 'squads-moved-down',
  params: {
    name: 'SquadsMovedDown',
    title: 'Squads that moved down',
    description: 'Squads whose level fell since the start of last quarter',
    components: () =>
      import('./home/SquadsMovedDown').then(m => ({
        Content: m.SquadsMovedDown,
      })),
  },
});

/** Home page (leadership): the checks failing for the most squads. */
export const failingChecksWidget = HomePageWidgetBlueprint.make({
  name: 'failing-checks',
  params: {
    name: 'FailingChecks',
    title: 'Checks failing most often',
    description: 'The scorecard checks that fail for the most squads',
    components: () =>
      import('./home/FailingChecks').then(m => ({ Content: m.FailingChecks })),
  },
});

/** Home page (leadership): the attestations awaiting the person's approval, and how many. */
export const attestationsAwaitingApprovalWidget = HomePageWidgetBlueprint.make({
  name: 'attestations-awaiting-approval',
  params: {
    name: 'AttestationsAwaitingApproval',
    title: 'Attestations awaiting your approval',
    description:
      'Attestations of checks that count only once approved, waiting for you',
    components: () =>
      import('./home/AttestationsAwaitingApproval').then(m => ({
        Content: m.AttestationsAwaitingApproval,
      })),
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
    approvalsPage,
    squadScorecardCard,
    squadScorecardContent,
    squadLevelWidget,
    levelDistributionWidget,
    squadsMovedDownWidget,
    failingChecksWidget,
    attestationsAwaitingApprovalWidget,
  ],
  routes: { root: rootRouteRef, approvals: approvalsRouteRef },
});

import { Entity } from '@backstage/catalog-model';
import {
  createFrontendPlugin,
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  capabilityClientApi,
  READABLE_TABS,
} from '@readiness/plugin-readiness-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import { isPostmortemEntity } from '@readiness/plugin-readiness-common';
import { postmortemsApiRef } from './api/PostmortemsApi';
import { PostmortemsClient } from '@readiness/plugin-postmortems-common';
import {
  actionsRouteRef,
  analyticsRouteRef,
  libraryRouteRef,
  rootRouteRef,
} from './routes';

export const postmortemsApi = capabilityClientApi(
  postmortemsApiRef,
  PostmortemsClient,
);

/** Post-mortems in the sidebar: one page with the library, analytics and action items as tabs. */
export const postmortemsPage = PageBlueprint.make({
  params: {
    path: '/postmortems',
    title: 'Post-mortems',
    icon: <LibraryBooksIcon />,
    routeRef: rootRouteRef,
  },
});

export const libraryTab = SubPageBlueprint.make({
  name: 'library',
  params: {
    path: 'library',
    title: 'Library',
    routeRef: libraryRouteRef,
    loader: () =>
      import('./components/LibraryPage').then(m => <m.LibraryPage />),
  },
});

export const analyticsTab = SubPageBlueprint.make({
  name: 'analytics',
  params: {
    path: 'analytics',
    title: 'Analytics',
    routeRef: analyticsRouteRef,
    loader: () =>
      import('./components/AnalyticsPage').then(m => <m.AnalyticsPage />),
  },
});

export const actionsTab = SubPageBlueprint.make({
  name: 'actions',
  params: {
    path: 'actions',
    title: 'Action items',
    routeRef: actionsRouteRef,
    loader: () =>
      import('./components/ActionItemsPage').then(m => <m.ActionItemsPage />),
  },
});

/** A post-mortem's page: every section of the template, from the record and its markdown body. */
export const postmortemContent = EntityContentBlueprint.make({
  name: 'postmortem',
  params: {
    path: READABLE_TABS.postmortem,
    title: 'Post-mortem',
    filter: isPostmortemEntity,
    loader: () =>
      import('./components/PostmortemContent').then(m => (
        <m.PostmortemContent />
      )),
  },
});

/** Services and jobs, squads and domains have a Post-mortems tab. */
export function showsPostmortemsTab(entity: Entity): boolean {
  return (
    (entity.kind === 'Component' &&
      ['service', 'job'].includes(String(entity.spec?.type))) ||
    (entity.kind === 'Group' && entity.spec?.type === 'team') ||
    entity.kind === 'Domain'
  );
}

/** The post-mortems of a service or job, a squad and a domain, on their pages. */
export const entityPostmortemsContent = EntityContentBlueprint.make({
  name: 'entity-postmortems',
  params: {
    path: 'postmortems',
    title: 'Post-mortems',
    filter: showsPostmortemsTab,
    loader: () =>
      import('./components/EntityPostmortemsContent').then(m => (
        <m.EntityPostmortemsContent />
      )),
  },
});

/** The incident picker of the "Start a post-mortem" template. */
export const resolvedIncidentPickerField = FormFieldBlueprint.make({
  name: 'resolved-incident-picker',
  params: {
    field: () =>
      import('./components/ResolvedIncidentPicker').then(
        m => m.ResolvedIncidentPicker,
      ),
  },
});

/** The preview page of the "Start a post-mortem" template: the draft as it will read. */
export const postmortemDraftPreviewField = FormFieldBlueprint.make({
  name: 'postmortem-draft-preview',
  params: {
    field: () =>
      import('./components/PostmortemDraftPreview').then(
        m => m.PostmortemDraftPreview,
      ),
  },
});

/** Home page: open and overdue actions that the signed-in person or their squad own. */
export const squadActionsWidget = HomePageWidgetBlueprint.make({
  name: 'squad-actions',
  params: {
    name: 'SquadActions',
    title: 'My and my squad’s actions',
    description:
      'Open and overdue post-mortem and exercise actions you or your squad own',
    components: () =>
      import('./home/SquadActions').then(m => ({ Content: m.SquadActions })),
  },
});

/** Home page (leadership): overdue post-mortem and exercise actions per squad. */
export const overdueActionsBySquadWidget = HomePageWidgetBlueprint.make({
  name: 'overdue-actions-by-squad',
  params: {
    name: 'OverdueActionsBySquad',
    title: 'Overdue actions by squad',
    description:
      'Overdue post-mortem and exercise actions, counted per owning squad',
    components: () =>
      import('./home/OverdueActionsBySquad').then(m => ({
        Content: m.OverdueActionsBySquad,
      })),
  },
});

/** Home page (leadership): MTTR and MTBF per domain, quarter by quarter. */
export const reliabilityTrendWidget = HomePageWidgetBlueprint.make({
  name: 'reliability-trend',
  params: {
    name: 'ReliabilityTrend',
    title: 'MTTR and MTBF by domain',
    description:
      'Mean time to resolve and between failures per domain, over the trailing year at the end of each quarter',
    components: () =>
      import('./home/ReliabilityTrend').then(m => ({
        Content: m.ReliabilityTrend,
      })),
  },
});

/** Home page (leadership): post-mortems unpublished past the three-day deadline. */
export const latePostmortemsWidget = HomePageWidgetBlueprint.make({
  name: 'late-postmortems',
  params: {
    name: 'LatePostmortems',
    title: 'Post-mortems later than three days',
    description:
      'Post-mortems still unpublished more than three days after the incident was resolved',
    components: () =>
      import('./home/LatePostmortems').then(m => ({
        Content: m.LatePostmortems,
      })),
  },
});

/**
 * The post-mortem library, its analytics and open action items; post-mortem pages and tabs on
 * services, squads and domains; the incident picker and the draft's preview for starting a
 * post-mortem.
 *
 * @public
 */
export const postmortemsPlugin = createFrontendPlugin({
  pluginId: 'postmortems',
  extensions: [
    postmortemsApi,
    postmortemsPage,
    libraryTab,
    analyticsTab,
    actionsTab,
    postmortemContent,
    entityPostmortemsContent,
    resolvedIncidentPickerField,
    postmortemDraftPreviewField,
    squadActionsWidget,
    overdueActionsBySquadWidget,
    reliabilityTrendWidget,
    latePostmortemsWidget,
  ],
  routes: {
    root: rootRouteRef,
    library: libraryRouteRef,
    analytics: analyticsRouteRef,
    actions: actionsRouteRef,
  },
});

import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import {
  createFrontendPlugin,
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import { capabilityClientApi } from '@readiness/plugin-readiness-react';
import { Entity } from '@backstage/catalog-model';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import MenuBookIcon from '@material-ui/icons/MenuBook';
import NotificationsActiveIcon from '@material-ui/icons/NotificationsActive';
import {
  isAlertEntity,
  isProcedureEntity,
} from '@readiness/plugin-readiness-common';
import { AlertsClient } from '@readiness/plugin-alerts-common';
import { alertsApiRef } from './api';
import {
  alertCatalogRouteRef,
  alertsRouteRef,
  coverageRouteRef,
  errorCodesRouteRef,
  proceduresRouteRef,
  scriptTemplatesRouteRef,
} from './routes';

/** Services, jobs and squads: the entities with an Operations tab. */
export function hasOperations(entity: Entity): boolean {
  if (entity.kind === 'Component') {
    return ['service', 'job'].includes(String(entity.spec?.type));
  }
  return entity.kind === 'Group' && entity.spec?.type === 'team';
}

/** The client of the alerts backend. */
export const alertsApi = capabilityClientApi(alertsApiRef, AlertsClient);

/** The alert catalog, its coverage and its error codes. */
export const alertsPage = PageBlueprint.make({
  params: {
    path: '/alerts',
    title: 'Alerts',
    icon: <NotificationsActiveIcon />,
    routeRef: alertsRouteRef,
  },
});

export const alertCatalogSubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:alerts', input: 'pages' },
  name: 'catalog',
  params: {
    path: 'catalog',
    title: 'Alert catalog',
    routeRef: alertCatalogRouteRef,
    loader: () =>
      import('./components/AlertCatalogPage').then(m => <m.AlertCatalogPage />),
  },
});

export const coverageSubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:alerts', input: 'pages' },
  name: 'coverage',
  params: {
    path: 'coverage',
    title: 'Coverage',
    routeRef: coverageRouteRef,
    loader: () =>
      import('./components/CoveragePage').then(m => <m.CoveragePage />),
  },
});

export const errorCodesSubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:alerts', input: 'pages' },
  name: 'error-codes',
  params: {
    path: 'error-codes',
    title: 'Error codes',
    routeRef: errorCodesRouteRef,
    loader: () =>
      import('./components/ErrorCodesPage').then(m => <m.ErrorCodesPage />),
  },
});

/** The SOP library and the script templates. */
export const proceduresPage = PageBlueprint.make({
  name: 'procedures',
  params: {
    path: '/procedures',
    title: 'SOP library',
    icon: <MenuBookIcon />,
    routeRef: proceduresRouteRef,
  },
});

export const sopLibrarySubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:alerts/procedures', input: 'pages' },
  name: 'library',
  params: {
    path: 'library',
    title: 'Procedures',
    loader: () =>
      import('./components/SopLibraryPage').then(m => <m.SopLibraryPage />),
  },
});

export const scriptTemplatesSubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:alerts/procedures', input: 'pages' },
  name: 'scripts',
  params: {
    path: 'scripts',
    title: 'Script templates',
    routeRef: scriptTemplatesRouteRef,
    loader: () =>
      import('./components/ScriptTemplatesPage').then(m => (
        <m.ScriptTemplatesPage />
      )),
  },
});

/** On an alert's page: what it means, who is on call, its SOP and its past post-mortems. */
export const alertResponseCard = EntityCardBlueprint.make({
  name: 'alert-response',
  params: {
    type: 'content',
    filter: isAlertEntity,
    loader: () =>
      import('./components/AlertResponseCard').then(m => (
        <m.AlertResponseCard />
      )),
  },
});

/** On a procedure's page: the SOP rendered, its review status, its alerts; the form of a script template. */
export const procedureCard = EntityCardBlueprint.make({
  name: 'procedure',
  params: {
    type: 'content',
    filter: isProcedureEntity,
    loader: () =>
      import('./components/ProcedureCard').then(m => <m.ProcedureCard />),
  },
});

/** The Operations tab of services, jobs and squads: alerts, procedures and error codes. */
export const operationsContent = EntityContentBlueprint.make({
  name: 'operations',
  params: {
    path: 'operations',
    title: 'Operations',
    group: 'operation',
    filter: hasOperations,
    loader: () =>
      import('./components/OperationsContent').then(m => (
        <m.OperationsContent />
      )),
  },
});

/** Home page: the signed-in person's squad's paging alerts with a gap. */
export const squadAlertGapsWidget = HomePageWidgetBlueprint.make({
  name: 'squad-alert-gaps',
  params: {
    name: 'SquadAlertGaps',
    title: 'My squad’s paging alerts with a gap',
    description:
      'Paging alerts without an SOP, with an SOP overdue for review, or not routed to on-call',
    components: () =>
      import('./home/SquadAlertGaps').then(m => ({
        Content: m.SquadAlertGaps,
      })),
  },
});

/** Home page: the SOPs the signed-in person or their squad own that are due for review. */
export const mySopsDueWidget = HomePageWidgetBlueprint.make({
  name: 'my-sops-due',
  params: {
    name: 'MySopsDue',
    title: 'SOPs due for review',
    description:
      'SOPs you or your squad own that are overdue or due soon for review',
    components: () =>
      import('./home/MySopsDue').then(m => ({ Content: m.MySopsDue })),
  },
});

/**
 * The alert catalog, coverage, error codes, SOP library and script templates.
 *
 * @public
 */
export const alertsPlugin = createFrontendPlugin({
  pluginId: 'alerts',
  extensions: [
    alertsApi,
    alertsPage,
    alertCatalogSubPage,
    coverageSubPage,
    errorCodesSubPage,
    proceduresPage,
    sopLibrarySubPage,
    scriptTemplatesSubPage,
    alertResponseCard,
    procedureCard,
    operationsContent,
    squadAlertGapsWidget,
    mySopsDueWidget,
  ],
  routes: {
    root: alertsRouteRef,
    catalog: alertCatalogRouteRef,
    coverage: coverageRouteRef,
    errorCodes: errorCodesRouteRef,
    procedures: proceduresRouteRef,
    scriptTemplates: scriptTemplatesRouteRef,
  },
});

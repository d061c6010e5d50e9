import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { capabilityClientApi } from '@readiness/plugin-readiness-react';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
  EntityContextMenuItemBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import PhoneInTalkIcon from '@material-ui/icons/PhoneInTalk';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import {
  hasPagerDutyService,
  incidentTriggerPermission,
  OnCallClient,
  PAGERDUTY_SERVICE_ID_ANNOTATION,
} from '@readiness/plugin-oncall-common';
import { onCallApiRef } from './api';
import { useReportProblemLink } from './hooks/useReportProblemLink';
import { reportProblemRouteRef, onCallNowRouteRef } from './routes';

/** A squad: a Group of type team. */
export function isSquad(entity: Entity): boolean {
  return entity.kind === 'Group' && entity.spec?.type === 'team';
}

/** A service or batch job. */
export function isServiceOrJob(entity: Entity): boolean {
  return (
    entity.kind === 'Component' &&
    ['service', 'job'].includes(String(entity.spec?.type))
  );
}

/** The client of the on-call backend. */
export const onCallApi = capabilityClientApi(onCallApiRef, OnCallClient);

/** Everyone on call now, by domain. */
export const onCallNowPage = PageBlueprint.make({
  params: {
    path: '/on-call',
    title: 'On call',
    icon: <PhoneInTalkIcon />,
    routeRef: onCallNowRouteRef,
    loader: () =>
      import('./components/OnCallNowPage').then(m => <m.OnCallNowPage />),
  },
});

/** The panic button for people outside engineering. */
export const reportProblemPage = PageBlueprint.make({
  name: 'report-a-problem',
  params: {
    path: '/report-a-problem',
    title: 'Report a problem',
    icon: <ReportProblemIcon />,
    routeRef: reportProblemRouteRef,
    loader: () =>
      import('./components/ReportProblemPage').then(m => (
        <m.ReportProblemPage />
      )),
  },
});

const loadOnCallCard = () =>
  import('./components/EntityOnCallCard').then(m => <m.EntityOnCallCard />);

/** Who is on call for a squad, and its open incidents. */
export const squadOnCallCard = EntityCardBlueprint.make({
  name: 'squad-on-call',
  params: { filter: isSquad, loader: loadOnCallCard },
});

/** Who is on call for a service or job, and its open incidents. */
export const serviceOnCallCard = EntityCardBlueprint.make({
  name: 'service-on-call',
  params: { filter: isServiceOrJob, loader: loadOnCallCard },
});

/** Incidents per month with MTTA and MTTR, for squads and PagerDuty services. */
export const incidentAnalyticsContent = EntityContentBlueprint.make({
  name: 'incident-analytics',
  params: {
    path: 'incidents',
    title: 'Incidents',
    group: 'operation',
    filter: entity =>
      isSquad(entity) ||
      Boolean(entity.metadata.annotations?.[PAGERDUTY_SERVICE_ID_ANNOTATION]),
    loader: () =>
      import('./components/IncidentAnalytics').then(m => (
        <m.IncidentAnalyticsContent />
      )),
  },
});

/** "Report a problem" in the menu of every entity an incident can be raised on. */
export const reportProblemMenuItem = EntityContextMenuItemBlueprint.make({
  name: 'report-a-problem',
  params: {
    icon: <ReportProblemIcon fontSize="small" />,
    filter: hasPagerDutyService,
    useProps: () => {
      const { entity } = useEntity();
      const href = useReportProblemLink(entity);
      const trigger = usePermission({ permission: incidentTriggerPermission });
      return { title: 'Report a problem', disabled: !trigger.allowed, href };
    },
  },
});

/** Home page: the signed-in person's on-call shifts now and next. */
export const myOnCallShiftsWidget = HomePageWidgetBlueprint.make({
  name: 'my-shifts',
  params: {
    name: 'MyOnCallShifts',
    title: 'My on-call shifts',
    description:
      "Your on-call shifts now and next, from your squad's PagerDuty schedules",
    components: () =>
      import('./home/MyOnCallShifts').then(m => ({
        Content: m.MyOnCallShifts,
      })),
  },
});

/** Home page: open incidents on the services of the signed-in person's squad. */
export const squadOpenIncidentsWidget = HomePageWidgetBlueprint.make({
  name: 'squad-incidents',
  params: {
    name: 'SquadOpenIncidents',
    title: "Open incidents on my squad's services",
    description:
      "Triggered and acknowledged PagerDuty incidents on your squad's services",
    components: () =>
      import('./home/SquadOpenIncidents').then(m => ({
        Content: m.SquadOpenIncidents,
      })),
  },
});

/**
 * On-call and incident views over the on-call backend's PagerDuty snapshot.
 *
 * @public
 */
export const oncallPlugin = createFrontendPlugin({
  pluginId: 'oncall',
  title: 'On call',
  icon: <PhoneInTalkIcon />,
  extensions: [
    onCallApi,
    onCallNowPage,
    reportProblemPage,
    squadOnCallCard,
    serviceOnCallCard,
    incidentAnalyticsContent,
    reportProblemMenuItem,
    myOnCallShiftsWidget,
    squadOpenIncidentsWidget,
  ],
  // No `root` route: each page's header links to the page itself.
  routes: {
    onCallNow: onCallNowRouteRef,
    reportProblem: reportProblemRouteRef,
  },
});

import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import {
  createFrontendPlugin,
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import { capabilityClientApi, READABLE_TABS } from '@readiness/plugin-readiness-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import BusinessIcon from '@material-ui/icons/Business';
import {
  isContinuityPlanEntity,
  isVendorEntity,
} from '@readiness/plugin-readiness-common';
import { continuityApiRef } from './api/ContinuityApi';
import { printRouteRef, rootRouteRef } from './routes';
import { ContinuityClient } from '@readiness/plugin-continuity-common';

export const continuityApi = capabilityClientApi(
  continuityApiRef,
  ContinuityClient,
);

/** Continuity in the sidebar: one page with a tab per view. */
export const continuityPage = PageBlueprint.make({
  params: {
    path: '/continuity',
    title: 'Continuity',
    icon: <BusinessIcon />,
    routeRef: rootRouteRef,
  },
});

const tab = (path: string, title: string, loader: () => Promise<JSX.Element>) =>
  SubPageBlueprint.make({ name: path, params: { path, title, loader } });

export const vendorsTab = tab('vendors', 'Vendors', () =>
  import('./components/VendorRegisterPage').then(m => <m.VendorRegisterPage />),
);
export const plansTab = tab('plans', 'Continuity plans', () =>
  import('./components/PlansPage').then(m => <m.PlansPage />),
);
export const exercisesTab = tab('exercises', 'Exercises', () =>
  import('./components/ExercisesPage').then(m => <m.ExercisesPage />),
);
export const reviewsTab = tab('reviews', 'Reviews due', () =>
  import('./components/ReviewsDuePage').then(m => <m.ReviewsDuePage />),
);
export const exportsTab = tab('exports', 'Auditor exports', () =>
  import('./components/ExportsPage').then(m => <m.ExportsPage />),
);

/** Printable views of vendors and plans, for auditors: no header, no tabs. */
export const printPage = PageBlueprint.make({
  name: 'print',
  params: {
    path: '/continuity/print',
    routeRef: printRouteRef,
    noHeader: true,
    loader: () =>
      import('./components/RecordContent').then(m => <m.PrintPage />),
  },
});

/** Every field of a vendor, its reviews, the impact of losing it and its blast radius. */
export const vendorContent = EntityContentBlueprint.make({
  name: 'vendor',
  params: {
    path: READABLE_TABS.vendor,
    title: 'Vendor',
    filter: isVendorEntity,
    loader: () =>
      import('./components/RecordContent').then(m => (
        <m.RecordContent kind="vendor" />
      )),
  },
});

/** The plan in full: BIA, scenarios, call tree with who is on call, exercises, conflicts. */
export const planContent = EntityContentBlueprint.make({
  name: 'plan',
  params: {
    path: READABLE_TABS.continuityplan,
    title: 'Continuity plan',
    filter: isContinuityPlanEntity,
    loader: () =>
      import('./components/RecordContent').then(m => (
        <m.RecordContent kind="plan" />
      )),
  },
});

/** What losing a service, job, resource or system reaches, and the RTOs it would break. */
export const blastRadiusContent = EntityContentBlueprint.make({
  name: 'blast-radius',
  params: {
    path: 'blast-radius',
    title: 'Blast radius',
    filter: entity => ['Component', 'Resource', 'System'].includes(entity.kind),
    loader: () =>
      import('./components/BlastRadius').then(m => <m.BlastRadiusContent />),
  },
});

/** Home page (audit): vendor, plan and exercise reviews overdue or due within 30 days. */
export const reviewsDueWidget = HomePageWidgetBlueprint.make({
  name: 'reviews-due',
  params: {
    name: 'ReviewsDue',
    title: 'Reviews overdue and due within 30 days',
    description:
      'Vendor, plan and exercise reviews overdue or due within 30 days',
    components: () =>
      import('./home/ReviewsDue').then(m => ({ Content: m.ReviewsDue })),
  },
});

/** Home page (audit): critical functions whose plan had no exercise in twelve months. */
export const unexercisedCriticalFunctionsWidget = HomePageWidgetBlueprint.make({
  name: 'unexercised-critical-functions',
  params: {
    name: 'UnexercisedCriticalFunctions',
    title: 'Critical functions without an exercise in 12 months',
    description:
      'Critical functions whose continuity plan had no exercise of any type in twelve months',
    components: () =>
      import('./home/UnexercisedCriticalFunctions').then(m => ({
        Content: m.UnexercisedCriticalFunctions,
      })),
  },
});

/** Home page (audit): how complete the DORA register of information is. */
export const recoveryOfCriticalFunctionsWidget = HomePageWidgetBlueprint.make({
  name: 'recovery-of-critical-functions',
  params: {
    name: 'RecoveryOfCriticalFunctions',
    title: 'Critical functions’ recovery',
    description:
      'How many critical functions have their RTO proven, unproven, at risk or breached by exercises and real incidents',
    components: () =>
      import('./home/RecoveryOfCriticalFunctions').then(m => ({
        Content: m.RecoveryOfCriticalFunctions,
      })),
  },
});

export const doraCompletenessWidget = HomePageWidgetBlueprint.make({
  name: 'dora-completeness',
  params: {
    name: 'DoraCompleteness',
    title: 'DORA register completeness',
    description:
      'The share of mandatory register values recorded and the tables that lack values',
    components: () =>
      import('./home/DoraCompleteness').then(m => ({
        Content: m.DoraCompleteness,
      })),
  },
});

/** Home page (audit): one-click CSV exports of the registers and DORA tables. */
export const continuityExportsWidget = HomePageWidgetBlueprint.make({
  name: 'continuity-exports',
  params: {
    name: 'ContinuityExports',
    title: 'Exports',
    description:
      'One-click CSV exports of the vendor register, plans, exercises, reviews and DORA tables',
    components: () =>
      import('./home/ContinuityExports').then(m => ({
        Content: m.ContinuityExports,
      })),
  },
});

/** Home page (audit): the record files changed most recently, with their git provenance. */
export const recentRecordChangesWidget = HomePageWidgetBlueprint.make({
  name: 'recent-record-changes',
  params: {
    name: 'RecentRecordChanges',
    title: 'Records changed most recently',
    description:
      'The vendor, plan and exercise files changed most recently: when, by whom, which commit and file',
    components: () =>
      import('./home/RecentRecordChanges').then(m => ({
        Content: m.RecentRecordChanges,
      })),
  },
});

/**
 * Vendor register, continuity plans, exercises, reviews due and auditor exports, and the vendor,
 * plan and blast-radius tabs of entity pages.
 *
 * @public
 */
export const continuityPlugin = createFrontendPlugin({
  pluginId: 'continuity',
  extensions: [
    continuityApi,
    continuityPage,
    vendorsTab,
    plansTab,
    exercisesTab,
    reviewsTab,
    exportsTab,
    printPage,
    vendorContent,
    planContent,
    blastRadiusContent,
    reviewsDueWidget,
    unexercisedCriticalFunctionsWidget,
    recoveryOfCriticalFunctionsWidget,
    doraCompletenessWidget,
    continuityExportsWidget,
    recentRecordChangesWidget,
  ],
  routes: {
    root: rootRouteRef,
    print: printRouteRef,
  },
});

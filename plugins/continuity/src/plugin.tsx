import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import {
  createFrontendPlugin,
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import { capabilityClientApi } from '@readiness/plugin-readiness-react';
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
    path: 'vendor',
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
    path: 'continuity',
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
  ],
  routes: {
    root: rootRouteRef,
    print: printRouteRef,
  },
});

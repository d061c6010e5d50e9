import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';

import { rootRouteRef } from './routes';

export const page = PageBlueprint.make({
  params: {
    path: '/alerts',
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/TodoPage').then(m => (
        <m.TodoPage />
      )),
  },
});

export const alertsPlugin = createFrontendPlugin({
  pluginId: 'alerts',
  extensions: [page],
  routes: {
    root: rootRouteRef,
  }
});

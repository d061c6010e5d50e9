import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';

import { rootRouteRef } from './routes';

export const page = PageBlueprint.make({
  params: {
    path: '/oncall',
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/TodoPage').then(m => (
        <m.TodoPage />
      )),
  },
});

export const oncallPlugin = createFrontendPlugin({
  pluginId: 'oncall',
  extensions: [page],
  routes: {
    root: rootRouteRef,
  }
});

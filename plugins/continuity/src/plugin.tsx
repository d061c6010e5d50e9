import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';

import { rootRouteRef } from './routes';

export const page = PageBlueprint.make({
  params: {
    path: '/continuity',
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/TodoPage').then(m => (
        <m.TodoPage />
      )),
  },
});

export const continuityPlugin = createFrontendPlugin({
  pluginId: 'continuity',
  extensions: [page],
  routes: {
    root: rootRouteRef,
  }
});

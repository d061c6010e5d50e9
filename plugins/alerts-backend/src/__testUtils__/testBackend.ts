import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { startTestBackend } from '@backstage/backend-test-utils';
import Router from 'express-promise-router';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import { alertsPlugin } from '../plugin';

/**
 * A stand-in for the on-call backend: `GET /oncall/now` answers `now()` (a status code for a
 * failure), to backends only, and counts the calls.
 */
export function mockOnCallPlugin(now: () => object | number) {
  const calls = { count: 0 };
  const plugin = createBackendPlugin({
    pluginId: 'oncall',
    register(env) {
      env.registerInit({
        deps: {
          httpAuth: coreServices.httpAuth,
          httpRouter: coreServices.httpRouter,
        },
        async init({ httpAuth, httpRouter }) {
          const router = Router();
          router.get('/oncall/now', async (request, response) => {
            await httpAuth.credentials(request, { allow: ['service'] });
            calls.count += 1;
            const answer = now();
            if (typeof answer === 'number') response.sendStatus(answer);
            else response.json(answer);
          });
          httpRouter.use(router);
        },
      });
    },
  });
  return { plugin, calls };
}

/**
 * Starts the alerts plugin on a test backend over the given entities (default: the demo),
 * with other plugins (such as `mockOnCallPlugin`).
 */
export async function startAlertsBackend(
  entities: Entity[] = loadDemoEntities(),
  plugins: Array<ReturnType<typeof createBackendPlugin>> = [],
) {
  return startTestBackend({
    features: [
      alertsPlugin,
      catalogServiceMock.factory({ entities }),
      ...plugins,
    ],
  });
}

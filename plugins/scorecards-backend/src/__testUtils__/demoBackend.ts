import { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readinessPolicyTestFeatures } from '@readiness/plugin-permission-backend-module-readiness-policy/testUtils';
import { scorecardsPlugin } from '../plugin';
import { demoOwnership, loadDemoEntities } from './demoCatalog';

/**
 * The scorecards plugin on the demo catalog, with the portal's permission policy and the roles
 * sign-in gives the demo people (`ownership` replaces some people's). Its schedule first runs a
 * day later: the tests evaluate.
 */
export async function startDemoScorecardsBackend(
  features: BackendFeature[] = [],
  ownership: Record<string, string[]> = {},
) {
  const entities = loadDemoEntities();
  const { server } = await startTestBackend({
    features: [
      scorecardsPlugin,
      ...features,
      ...readinessPolicyTestFeatures({
        ...demoOwnership(entities),
        ...ownership,
      }),
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          scorecards: {
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 5 },
              initialDelay: { hours: 24 },
            },
          },
        },
      }),
    ],
  });
  return server;
}

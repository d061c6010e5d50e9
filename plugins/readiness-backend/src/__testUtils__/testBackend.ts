import { Entity } from '@backstage/catalog-model';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import { readinessPlugin } from '../plugin';

/**
 * Starts the readiness plugin on a test backend over the given entities (default: the demo),
 * with the given configuration.
 */
export async function startReadinessBackend(
  entities: Entity[] = loadDemoEntities(),
  options: { config?: object } = {},
) {
  return startTestBackend({
    features: [
      readinessPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
    ],
  });
}

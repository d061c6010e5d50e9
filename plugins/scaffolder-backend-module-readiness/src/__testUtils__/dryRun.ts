import { BackendFeature } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderModuleGithub from '@backstage/plugin-scaffolder-backend-module-github';
import request from 'supertest';
import { scaffolderModuleReadiness } from '../module';

/**
 * Dry-runs a template, as the template editor does, on a scaffolder with this module, the
 * GitHub module and the given catalog.
 */
export async function dryRunTemplate(options: {
  catalog: Entity[];
  /** The template and its folder, and the values it is run with. */
  body: object;
  /** The scaffolder's default environment parameters. */
  environment?: Record<string, string>;
  /** Other plugins the template's actions call. */
  features?: BackendFeature[];
}) {
  const { server } = await startTestBackend({
    features: [
      ...(options.features ?? []),
      scaffolderPlugin,
      scaffolderModuleGithub,
      scaffolderModuleReadiness,
      catalogServiceMock.factory({ entities: options.catalog }),
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://localhost:7007' },
          integrations: {
            github: [{ host: 'github.com', token: 'not-used-in-a-dry-run' }],
          },
          scaffolder: {
            defaultEnvironment: { parameters: options.environment ?? {} },
          },
        },
      }),
    ],
  });
  return request(server)
    .post('/api/scaffolder/v2/dry-run')
    .set('Authorization', mockCredentials.user.header())
    .send(options.body);
}

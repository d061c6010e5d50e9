import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { authModuleDemoProvider } from './module';
import { DEMO_USER_HEADER } from './demoAuthenticator';

const user = (name: string, memberOf: string[]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf },
  relations: memberOf.map(group => ({
    type: 'memberOf',
    targetRef: `group:default/${group}`,
  })),
});

async function startAuth() {
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      authModuleDemoProvider,
      catalogServiceMock.factory({
        entities: [
          user('ada.engineer', ['ach-operations-squad']),
          user('alex.auditor', ['auditors']),
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: {
            session: { secret: 'test' },
            providers: {
              demo: {
                users: ['ada.engineer', 'alex.auditor', 'nobody'].map(name => ({
                  name,
                  description: name,
                })),
              },
            },
          },
        },
      }),
    ],
  });
  return request(server);
}

function claimsOf(token: string) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

describe('demo sign-in provider', () => {
  it('signs in as a configured demo person, with their catalog ownership', async () => {
    const api = await startAuth();
    const response = await api
      .get('/api/auth/demo/refresh')
      .set(DEMO_USER_HEADER, 'ada.engineer');
    expect(response.status).toBe(200);
    const { token, identity } = response.body.backstageIdentity;
    expect(claimsOf(token).sub).toBe('user:default/ada.engineer');
    expect(identity.ownershipEntityRefs).toEqual(
      expect.arrayContaining(['group:default/ach-operations-squad']),
    );
  });

  it('refuses anyone outside the configured list, and names without a catalog user', async () => {
    const api = await startAuth();
    const stranger = await api
      .get('/api/auth/demo/refresh')
      .set(DEMO_USER_HEADER, 'mallory');
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.message).toContain('"mallory" is not one of the demo people');

    const missing = await api.get('/api/auth/demo/refresh').set(DEMO_USER_HEADER, 'nobody');
    expect(missing.status).toBeGreaterThanOrEqual(400);
  });
});

import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { postmortemsPlugin } from './plugin';

function postmortem(name: string, startedAt: string): Entity {
  return {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Postmortem',
    metadata: { name, namespace: 'default', title: `Incident ${name}` },
    spec: {
      reviewType: 'incident',
      status: 'published',
      owner: 'group:default/payments-squad',
      severity: 'high',
      startedAt,
      services: ['component:default/payment-gateway'],
      summary: 'A queue stalled.',
    },
  };
}

// An adopter's backend with the catalog and this plugin alone: no other readiness plugin.
describe('postmortemsPlugin on its own', () => {
  it('serves the library from the catalog', async () => {
    const { server } = await startTestBackend({
      features: [
        postmortemsPlugin,
        catalogServiceMock.factory({
          entities: [
            postmortem('first', '2026-01-01T10:00:00Z'),
            postmortem('second', '2026-02-01T10:00:00Z'),
          ],
        }),
      ],
    });

    const response = await request(server)
      .get('/api/postmortems?sort=startedAt&order=desc')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      total: 2,
      items: [
        { ref: 'postmortem:default/second' },
        { ref: 'postmortem:default/first' },
      ],
    });
  });
});

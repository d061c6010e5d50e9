import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { READINESS_API_VERSION } from '@readiness/plugin-readiness-common';
import request from 'supertest';
import { alertsPlugin } from './plugin';

/** A squad, the job it runs and the paging alert on that job. */
const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-squad', title: 'Payments Squad' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'settlement-file' },
    spec: {
      type: 'job',
      lifecycle: 'production',
      owner: 'group:payments-squad',
    },
  },
  {
    apiVersion: READINESS_API_VERSION,
    kind: 'Alert',
    metadata: { name: 'settlement-file-late', title: 'Settlement file late' },
    spec: {
      type: 'positive',
      source: 'job',
      severity: 'critical',
      paging: true,
      owner: 'group:payments-squad',
      monitors: 'component:settlement-file',
    },
  },
];

// An adopter can take the alerts family alone: the catalog and the alerts backend, with no
// other readiness plugin (no on-call backend: coverage says PagerDuty data is unavailable).
describe('the alerts backend on its own', () => {
  it('lists the alerts for a signed-in user and refuses an anonymous request', async () => {
    const { server } = await startTestBackend({
      features: [alertsPlugin, catalogServiceMock.factory({ entities })],
    });

    const listed = await request(server)
      .get('/api/alerts')
      .set('Authorization', mockCredentials.user.header());
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({
      total: 1,
      items: [
        {
          ref: 'alert:default/settlement-file-late',
          owner: {
            ref: 'group:default/payments-squad',
            title: 'Payments Squad',
          },
        },
      ],
    });

    const anonymous = await request(server)
      .get('/api/alerts')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
  });
});

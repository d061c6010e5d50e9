import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { READINESS_API_VERSION } from '@readiness/plugin-readiness-common';
import request from 'supertest';
import { continuityPlugin } from './plugin';

const entities: Entity[] = [
  {
    apiVersion: READINESS_API_VERSION,
    kind: 'Vendor',
    metadata: { name: 'fedach', title: 'FedACH' },
    spec: {
      legalName: 'Federal Reserve Banks',
      country: 'US',
      owner: 'group:default/ach-operations-squad',
      relationshipOwner: 'user:default/sam.lead',
      criticality: 'critical',
      ictServiceType: 'payment-processing',
      services: ['ACH clearing'],
    },
  },
  {
    apiVersion: READINESS_API_VERSION,
    kind: 'ContinuityPlan',
    metadata: { name: 'ach-payments-continuity' },
    spec: {
      function: 'ACH payments',
      owner: 'group:default/ach-operations-squad',
      criticality: 'critical',
      covers: ['component:ach-origination-service'],
      bia: { rto: 'PT4H', rpo: 'PT15M' },
    },
  },
];

// An adopter can take the continuity family alone: the catalog and the continuity backend, with
// no other readiness plugin; the permission service is the only other core dependency mocked.
describe('the continuity backend on its own', () => {
  async function start() {
    const { server } = await startTestBackend({
      features: [
        continuityPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.permissions.factory(),
      ],
    });
    return server;
  }

  it('lists the vendor register for a signed-in user', async () => {
    const server = await start();
    const response = await request(server)
      .get('/api/continuity/vendors')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      total: 1,
      items: [{ ref: 'vendor:default/fedach', title: 'FedACH' }],
    });
  });

  it('refuses an anonymous request', async () => {
    const server = await start();
    const response = await request(server)
      .get('/api/continuity/vendors')
      .set('Authorization', mockCredentials.none.header());

    expect(response.status).toBe(401);
  });

  it('keeps the register history in its own database', async () => {
    const server = await start();
    const response = await request(server)
      .get('/api/continuity/dora/history')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body.snapshots).toEqual([
      { takenAt: expect.any(String), hash: expect.stringMatching(/^[0-9a-f]{64}$/), source: 'records' },
    ]);
  });

  it('judges recovery from the records alone, and says so, without an on-call backend', async () => {
    const server = await start();
    const plans = await request(server)
      .get('/api/continuity/plans')
      .set('Authorization', mockCredentials.user.header());
    expect(plans.body.items).toEqual([
      expect.objectContaining({
        name: 'ach-payments-continuity',
        recovery: 'unproven',
      }),
    ]);
    const evidence = await request(server)
      .get('/api/continuity/plans/default/ach-payments-continuity/recovery')
      .set('Authorization', mockCredentials.user.header());
    expect(evidence.body).toMatchObject({
      status: 'unproven',
      pagerDuty: {
        available: false,
        reason: expect.stringMatching(/^The on-call backend /),
      },
    });
  });
});

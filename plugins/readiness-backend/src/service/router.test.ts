import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import { startReadinessBackend } from '../__testUtils__/testBackend';

describe('readiness router', () => {
  it('needs a signed-in user', async () => {
    const { server } = await startReadinessBackend([]);
    const response = await request(server)
      .get('/api/readiness/summary')
      .set('Authorization', mockCredentials.none.header());
    expect(response.status).toBe(401);
  });

  it('counts the records of the catalog', async () => {
    const entities = loadDemoEntities();
    const { server } = await startReadinessBackend(entities);
    const response = await request(server)
      .get('/api/readiness/summary')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(200);
    expect(response.body.counts).toEqual({
      alerts: entities.filter(e => e.kind === 'Alert').length,
      procedures: entities.filter(e => e.kind === 'Procedure').length,
      vendors: entities.filter(e => e.kind === 'Vendor').length,
      continuityPlans: entities.filter(e => e.kind === 'ContinuityPlan').length,
      exercises: entities.filter(e => e.kind === 'Exercise').length,
      postmortems: entities.filter(e => e.kind === 'Postmortem').length,
      capabilityModels: 1,
    });
    expect(response.body.counts.alerts).toBe(148);
  });
});

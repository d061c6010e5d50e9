import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import request from 'supertest';
import { readinessPolicyTestFeatures } from './testUtils';

jest.setTimeout(120_000);

const ADA = 'user:default/ada.engineer';
const ALEX = 'user:default/alex.auditor';

/** Ownership as sign-in resolves it from the demo organisation. */
const ownership: Record<string, string[]> = {
  [ADA]: [ADA, 'group:default/ach-operations-squad'],
  [ALEX]: [ALEX, 'group:default/auditors'],
};

const as = (userRef: string) => ({
  Authorization: mockCredentials.user.header(userRef),
});

describe('the readiness policy in the permission backend', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        ...readinessPolicyTestFeatures(ownership),
        catalogPlugin,
        scaffolderPlugin,
        mockServices.rootConfig.factory({
          data: { permission: { enabled: true } },
        }),
      ],
    }));
  });

  it("refuses an auditor's location registration in the catalog, and lets an engineer register", async () => {
    const location = {
      type: 'url',
      target:
        'https://github.com/meridianpay/records/blob/main/catalog-info.yaml',
    };
    const auditor = await request(server)
      .post('/api/catalog/locations')
      .set(as(ALEX))
      .send(location);
    expect(auditor.status).toBe(403);
    const engineer = await request(server)
      .post('/api/catalog/locations')
      .set(as(ADA))
      .send(location);
    expect(engineer.status).toBe(201);
  });

  it("refuses an auditor's scaffolder task, and lets an engineer's through to the template look-up", async () => {
    const task = {
      templateRef: 'template:default/add-job-alert',
      values: {},
    };
    const auditor = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set(as(ALEX))
      .send(task);
    expect(auditor.status).toBe(403);
    expect(auditor.body.error.name).toBe('NotAllowedError');
    // The test catalog is empty: past the permission, the scaffolder looks for the template.
    const engineer = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set(as(ADA))
      .send(task);
    expect(engineer.status).toBe(404);
    expect(engineer.body.error.message).toBe(
      'Template template:default/add-job-alert not found',
    );
  });

  it("answers the signed-in person's roles, and nothing without a sign-in", async () => {
    const ada = await request(server).get('/api/permission/roles').set(as(ADA));
    expect(ada.status).toBe(200);
    expect(ada.body).toEqual({ userEntityRef: ADA, roles: ['member'] });
    const alex = await request(server).get('/api/permission/roles').set(as(ALEX));
    expect(alex.body.roles).toEqual(['auditor']);
    const anonymous = await request(server)
      .get('/api/permission/roles')
      .set({ Authorization: mockCredentials.none.header() });
    expect(anonymous.status).toBe(401);
  });
});

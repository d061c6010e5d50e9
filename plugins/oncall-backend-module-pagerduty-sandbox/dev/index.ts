import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

// Runs the on-call plugin alone with `yarn start` in this folder: without a
// pagerDuty.token this module starts the PagerDuty sandbox, seeded from
// ../../catalog-info, on a free loopback port, and the plugin syncs from it. Try:
//
//   curl http://localhost:7007/api/oncall/status
//   curl http://localhost:7007/api/oncall/oncall/now
//   curl http://localhost:7007/api/oncall/mapping
const backend = createBackend();

// Requests count as a signed-in user without a sign-in provider.
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
// A slice of the demo catalog: one squad and one of its services.
backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: 'onboarding-squad',
          title: 'Onboarding Squad',
          annotations: { 'readiness.dev/domain': 'registration-signup' },
        },
        spec: { type: 'team', children: [] },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'signup-service',
          annotations: { 'pagerduty.com/service-id': 'PL85PM1' },
        },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: 'group:onboarding-squad',
        },
      },
    ],
  }),
);
backend.add(import('@readiness/plugin-oncall-backend'));
backend.add(import('../src'));

backend.start();

import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { READINESS_API_VERSION } from '@readiness/plugin-readiness-common';
import { scorecardsClientFor } from './__testUtils__/scorecardsClient';
import { scorecardsPlugin } from './plugin';

const SQUAD = 'group:default/payments-squad';

/** A model with one automatic check on PagerDuty and one attestation, and one squad. */
const entities: Entity[] = [
  {
    apiVersion: READINESS_API_VERSION,
    kind: 'CapabilityModel',
    metadata: { name: 'capability-model', title: 'Capability model' },
    spec: {
      owner: 'group:default/leadership',
      version: '1',
      appliesTo: { kind: 'Group', type: 'team' },
      levels: [{ level: 1, name: 'Foundational' }],
      checks: [
        {
          id: 'pagerduty-members',
          title: 'Every member is on PagerDuty',
          level: 1,
          category: 'operations',
          type: 'automatic',
          evaluator: 'pagerduty-members',
        },
        {
          id: 'ci',
          title: 'Changes go through CI',
          level: 1,
          category: 'delivery',
          type: 'attestation',
        },
      ],
    },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-squad', title: 'Payments Squad' },
    spec: { type: 'team', children: [] },
  },
];

// An adopter can take the scorecards family alone: the catalog and the scorecards backend, with
// no other readiness plugin (no on-call backend: its checks report no data).
describe('the scorecards backend on its own', () => {
  it('evaluates and lists squads with only the catalog beside it', async () => {
    const { server } = await startTestBackend({
      features: [scorecardsPlugin, catalogServiceMock.factory({ entities })],
    });
    const client = scorecardsClientFor(server);
    const token = mockCredentials.user.token();

    await client.evaluate({}, { token });
    const { model, squads, distribution } = await client.getScorecards(
      {},
      { token },
    );

    expect(model.ref).toBe('capabilitymodel:default/capability-model');
    expect(distribution).toEqual({ 0: 1, 1: 0 });
    expect(squads.items).toEqual([
      expect.objectContaining({
        ref: SQUAD,
        title: 'Payments Squad',
        level: 0,
        results: [
          expect.objectContaining({ checkId: 'ci', status: 'fail' }),
          expect.objectContaining({
            checkId: 'pagerduty-members',
            status: 'no-data',
          }),
        ],
      }),
    ]);
  });
});

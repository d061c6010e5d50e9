import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadDemoEntities } from './__testUtils__/demoCatalog';
import { scorecardsClientFor } from './__testUtils__/scorecardsClient';
import { scorecardsPlugin } from './plugin';

jest.setTimeout(120_000);

// The embedded default's first start: the demo catalog, `scorecards.demoHistory` on, no on-call
// backend. The API then tells the story the demo is for.
describe('the scorecards backend with the demo history', () => {
  it('reports the demo squads on several levels with a year of quarterly history', async () => {
    const scheduler = mockServices.scheduler();
    const { server } = await startTestBackend({
      features: [
        scorecardsPlugin,
        catalogServiceMock.factory({ entities: loadDemoEntities() }),
        // Runs a task only when the test triggers it.
        createServiceFactory({
          service: coreServices.scheduler,
          deps: {},
          factory: () => scheduler,
        }),
        mockServices.rootConfig.factory({
          data: {
            scorecards: { demoHistory: true },
            readiness: { today: '2026-11-22' },
          },
        }),
      ],
    });
    await scheduler.triggerTask('scorecards-demo-history');
    // The restart's attempt finds the seed marked.
    await scheduler.triggerTask('scorecards-demo-history');

    const client = scorecardsClientFor(server);
    const token = mockCredentials.user.token();

    const { squads, distribution } = await client.getScorecards({}, { token });
    expect(squads.total).toBe(8);
    expect(
      Object.values(distribution).filter(count => count > 0).length,
    ).toBeGreaterThanOrEqual(3);

    const history = await client.getHistory(
      { period: 'quarter', count: 5 },
      { token },
    );
    expect(history.points.map(p => [p.period, p.squads])).toEqual([
      ['2025-Q4', 8],
      ['2026-Q1', 8],
      ['2026-Q2', 8],
      ['2026-Q3', 8],
      ['2026-Q4', 8],
    ]);
    const movers = await client.compare(
      { from: '2025-12-01', to: '2026-11-22' },
      { token },
    );
    expect(
      movers.changes
        .filter(change => change.levelBefore !== change.levelAfter)
        .map(change => [
          change.squadRef,
          change.levelBefore,
          change.levelAfter,
        ]),
    ).toEqual(
      expect.arrayContaining([
        ['group:default/ach-operations-squad', 3, 1],
        ['group:default/platform-sre-squad', 0, 3],
      ]),
    );
  });
});

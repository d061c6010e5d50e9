import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { READINESS_API_VERSION } from '@readiness/plugin-readiness-common';
import { ScorecardCatalog } from './ScorecardCatalog';

const model: Entity = {
  apiVersion: READINESS_API_VERSION,
  kind: 'CapabilityModel',
  metadata: { name: 'capability-model', namespace: 'default' },
  spec: {
    owner: 'group:default/leadership',
    version: '1',
    appliesTo: { kind: 'Group', type: 'team' },
    levels: [{ level: 1, name: 'Foundational' }],
    checks: [],
  },
};

const squad: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'payments-squad',
    namespace: 'default',
    title: 'Payments Squad',
  },
  spec: { type: 'team', children: [] },
};

describe('ScorecardCatalog', () => {
  let now = Date.UTC(2026, 10, 22);
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => now));
  afterEach(() => jest.restoreAllMocks());

  it('reads the catalog again for a squad it does not hold, at most every few seconds', async () => {
    const entities = [structuredClone(model), structuredClone(squad)];
    const catalog = catalogServiceMock({ entities });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const scorecardCatalog = new ScorecardCatalog({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });
    const first = await scorecardCatalog.read();
    expect(first.squads.map(s => s.ref)).toEqual([
      'group:default/payments-squad',
    ]);
    const reads = getEntities.mock.calls.length;

    // Held: no read.
    now += 10_000;
    expect(await scorecardCatalog.read('group:default/payments-squad')).toBe(
      first,
    );
    expect(getEntities).toHaveBeenCalledTimes(reads);

    // The catalog has since got a squad the last read did not see (here: renamed).
    entities[1].metadata.name = 'cards-squad';
    const second = await scorecardCatalog.read('group:default/cards-squad');
    expect(second.squads.map(s => s.ref)).toEqual([
      'group:default/cards-squad',
    ]);

    // A squad the catalog does not have: refused from the same read for a few seconds.
    const readsNow = getEntities.mock.calls.length;
    now += 1_000;
    expect(await scorecardCatalog.read('group:default/nobody')).toBe(second);
    expect(getEntities).toHaveBeenCalledTimes(readsNow);
  });

  it('reads again for the capability model while the catalog has none', async () => {
    const entities = [structuredClone(squad)];
    const catalog = catalogServiceMock({ entities });
    const scorecardCatalog = new ScorecardCatalog({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });
    expect((await scorecardCatalog.read()).model).toBeUndefined();
    const getEntities = jest.spyOn(catalog, 'getEntities');
    now += 6_000;
    await scorecardCatalog.read();
    expect(getEntities).toHaveBeenCalled();
  });
});

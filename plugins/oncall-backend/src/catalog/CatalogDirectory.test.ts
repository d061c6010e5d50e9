import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogDirectory } from './CatalogDirectory';

const squad: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'cards-squad', namespace: 'default', title: 'Cards Squad' },
  spec: { type: 'squad', children: [] },
};

describe('CatalogDirectory', () => {
  let now = Date.UTC(2026, 10, 22);
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => now));
  afterEach(() => jest.restoreAllMocks());

  it('serves the same view while the catalog has not changed, and a new one once it has', async () => {
    const entities = [structuredClone(squad)];
    const directory = new CatalogDirectory({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      // Nothing shared between replicas here: each read goes to the catalog.
      cache: mockServices.cache.mock(),
    });
    const first = await directory.load();
    expect(first.groups.map(group => group.title)).toEqual(['Cards Squad']);

    // Read again after a minute, unchanged: the same object, so nothing derived is rebuilt.
    now += 61_000;
    expect(await directory.load()).toBe(first);

    entities[0].metadata.title = 'Cards Platform Squad';
    now += 61_000;
    const changed = await directory.load();
    expect(changed).not.toBe(first);
    expect(changed.groups.map(group => group.title)).toEqual(['Cards Platform Squad']);
  });

  it("places squads and services in their domains, with the domains' titles", async () => {
    const entities: Entity[] = [
      structuredClone(squad),
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Domain',
        metadata: { name: 'cards', namespace: 'default', title: 'Card Payments' },
        spec: {},
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: { name: 'card-issuing', namespace: 'default' },
        spec: { owner: 'cards-squad', domain: 'cards' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'card-authoriser',
          namespace: 'default',
          annotations: { 'pagerduty.com/service-id': 'PCARD' },
        },
        spec: { type: 'service', owner: 'group:default/someone-else', system: 'card-issuing' },
      },
    ];
    const directory = new CatalogDirectory({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      cache: mockServices.cache.mock(),
    });
    const view = await directory.load();
    // The squad has no domain annotation: it owns a system of the cards domain.
    expect(view.groups).toEqual([
      expect.objectContaining({
        entityRef: 'group:default/cards-squad',
        domainRef: 'domain:default/cards',
      }),
    ]);
    // The service's system places it, whoever owns it.
    expect(view.annotated).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/card-authoriser',
        domainRef: 'domain:default/cards',
      }),
    ]);
    expect(view.domains).toEqual([
      { entityRef: 'domain:default/cards', title: 'Card Payments' },
    ]);
  });
});

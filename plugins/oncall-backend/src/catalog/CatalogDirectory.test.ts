import { CacheService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogDirectory } from './CatalogDirectory';

/** A cache service that keeps values in memory and honours their time to live. */
function memoryCache(now: () => number): CacheService {
  const values = new Map<string, { value: unknown; expiresAt: number }>();
  const cache = {
    async get(key: string) {
      const entry = values.get(key);
      return entry && entry.expiresAt > now() ? entry.value : undefined;
    },
    async set(key: string, value: unknown, options?: { ttl?: number }) {
      values.set(key, { value, expiresAt: now() + (options?.ttl ?? Infinity) });
    },
    async delete(key: string) {
      values.delete(key);
    },
    withOptions: () => cache,
  };
  return cache as unknown as CacheService;
}

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
      cache: memoryCache(() => now),
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
});

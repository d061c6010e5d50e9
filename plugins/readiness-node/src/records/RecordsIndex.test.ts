import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { READINESS_API_VERSION } from '@readiness/plugin-readiness-common';
import { RecordsIndex, RecordsSnapshot } from './RecordsIndex';
import { withRecordsRevision } from './recordsRevision';

const squad: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ach-squad', namespace: 'default', etag: 'v1' },
  spec: { type: 'squad', children: [] },
};

function createIndex(options: { maxAgeMs?: number; now: { ms: number } }) {
  // As the catalog module processes them: with their revision.
  const entities = [
    withRecordsRevision(structuredClone(squad)),
    // Without a revision, as processed before the catalog module gave one.
    {
      ...structuredClone(squad),
      metadata: { name: 'cards-squad', namespace: 'default', uid: 'cards-uid' },
    },
  ];
  const catalog = catalogServiceMock({ entities });
  const queryEntities = jest.spyOn(catalog, 'queryEntities');
  const getEntityFacets = jest.spyOn(catalog, 'getEntityFacets');
  const logger = mockServices.logger.mock();
  const prepared: RecordsSnapshot[] = [];
  const index = new RecordsIndex({
    catalog,
    auth: mockServices.auth(),
    logger,
    maxAgeMs: options.maxAgeMs,
    clock: () => new Date(options.now.ms),
  });
  index.addPreparation(snapshot => prepared.push(snapshot));
  return {
    index,
    catalog,
    queryEntities,
    getEntityFacets,
    logger,
    prepared,
    entities,
  };
}

describe('RecordsIndex', () => {
  it('loads once and never again when snapshots never grow old', async () => {
    const now = { ms: Date.UTC(2026, 10, 21) };
    const { index, queryEntities } = createIndex({ maxAgeMs: Infinity, now });
    const first = await index.snapshot();
    expect(first.byRef.has('group:default/ach-squad')).toBe(true);
    now.ms += 365 * 86_400_000;
    expect(await index.snapshot()).toBe(first);
    // The records and the catalog entities they refer to, in one query.
    expect(queryEntities).toHaveBeenCalledTimes(1);
  });

  it('serves the last snapshot while a newer one loads, prepared before it is served', async () => {
    const now = { ms: Date.UTC(2026, 10, 21) };
    const { index, prepared, entities } = createIndex({
      maxAgeMs: 60_000,
      now,
    });
    const first = await index.snapshot();
    expect(prepared).toEqual([first]);

    // The catalog's entity changes, and the catalog module gives it a new revision.
    Object.assign(
      entities[0],
      withRecordsRevision({
        ...entities[0],
        spec: { ...entities[0].spec, type: 'team' },
      }),
    );
    now.ms += 61_000;
    expect(await index.snapshot()).toBe(first);
    // The refresh runs in the background; once done, the next caller gets it, already prepared.
    await new Promise(resolve => setTimeout(resolve, 10));
    const second = await index.snapshot();
    expect(second).not.toBe(first);
    expect(second.byRef.get('group:default/ach-squad')?.spec?.type).toBe(
      'team',
    );
    expect(prepared).toEqual([first, second]);
  });

  it('reads again when an entity is removed, even one without a revision', async () => {
    const now = { ms: Date.UTC(2026, 10, 21) };
    const { index, catalog } = createIndex({ maxAgeMs: 60_000, now });
    const first = await index.snapshot();
    expect(first.byRef.has('group:default/cards-squad')).toBe(true);
    // Its kind's count tells.
    await catalog.removeEntityByUid('cards-uid');
    now.ms += 61_000;
    await index.snapshot();
    await new Promise(resolve => setTimeout(resolve, 10));
    const second = await index.snapshot();
    expect(second).not.toBe(first);
    expect(second.byRef.has('group:default/cards-squad')).toBe(false);
  });

  it('keeps the snapshot, and all derived from it, while no entity changed', async () => {
    const now = { ms: Date.UTC(2026, 10, 21) };
    const { index, prepared, queryEntities, getEntityFacets } = createIndex({
      maxAgeMs: 60_000,
      now,
    });
    const first = await index.snapshot();
    now.ms += 61_000;
    await index.snapshot();
    await new Promise(resolve => setTimeout(resolve, 10));
    expect(await index.snapshot()).toBe(first);
    expect(prepared).toEqual([first]);
    // The check asked for the counts of kinds and revisions only, and read no entity.
    expect(queryEntities).toHaveBeenCalledTimes(1);
    expect(getEntityFacets).toHaveBeenCalledTimes(2);
    expect(getEntityFacets).toHaveBeenLastCalledWith(
      expect.objectContaining({
        facets: ['kind', 'metadata.annotations.readiness.dev/revision'],
      }),
      expect.anything(),
    );
    // Checked, so not checked again until it is old once more.
    now.ms += 30_000;
    await index.snapshot();
    expect(getEntityFacets).toHaveBeenCalledTimes(2);
  });

  it('looks for an entity missing from the snapshot in a recent one, at most every few seconds', async () => {
    const now = { ms: Date.UTC(2026, 10, 21) };
    const { index, entities, getEntityFacets } = createIndex({
      maxAgeMs: 60_000,
      now,
    });
    const first = await index.snapshot();
    now.ms += 10_000;
    // Held: served as it is, without a check.
    expect(await index.snapshotHolding('Group:default/ach-squad')).toBe(first);
    expect(getEntityFacets).toHaveBeenCalledTimes(1);

    // The catalog has since got a squad the snapshot does not hold (renamed, with a new revision).
    Object.assign(
      entities[0],
      withRecordsRevision({
        ...entities[0],
        metadata: { ...entities[0].metadata, name: 'wires-squad' },
      }),
    );
    const holding = await index.snapshotHolding('group:default/wires-squad');
    expect(holding).not.toBe(first);
    expect(holding.byRef.has('group:default/wires-squad')).toBe(true);
    expect(getEntityFacets).toHaveBeenCalledTimes(2);

    // An entity the catalog does not have: refused from the same snapshot, checked again only
    // once the last check is a few seconds old.
    now.ms += 1_000;
    expect(await index.snapshotHolding('group:default/nobody')).toBe(holding);
    expect(getEntityFacets).toHaveBeenCalledTimes(2);
    now.ms += 5_000;
    expect(await index.snapshotHolding('group:default/nobody')).toBe(holding);
    expect(getEntityFacets).toHaveBeenCalledTimes(3);
  });

  it('logs a failed refresh and keeps serving the last snapshot', async () => {
    const now = { ms: Date.UTC(2026, 10, 21) };
    const { index, getEntityFacets, logger } = createIndex({
      maxAgeMs: 60_000,
      now,
    });
    const first = await index.snapshot();
    getEntityFacets.mockRejectedValueOnce(new Error('catalog is down'));
    now.ms += 61_000;
    expect(await index.snapshot()).toBe(first);
    await new Promise(resolve => setImmediate(resolve));
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('Could not refresh the readiness records'),
      expect.objectContaining({ message: 'catalog is down' }),
    );
    // The next request tries again.
    expect(await index.snapshot()).toBe(first);
    await new Promise(resolve => setTimeout(resolve, 10));
    expect(getEntityFacets).toHaveBeenCalledTimes(3);
    expect(await index.snapshot()).toBe(first);
  });

  it('serves a new snapshot when one preparation fails, prepared by the others', async () => {
    const now = { ms: Date.UTC(2026, 10, 21) };
    const { index, prepared, logger } = createIndex({ now });
    const failure = new Error('model bug');
    index.addPreparation(() => {
      throw failure;
    });
    const alsoPrepared: RecordsSnapshot[] = [];
    index.addPreparation(snapshot => alsoPrepared.push(snapshot));

    const snapshot = await index.snapshot();
    expect(prepared).toEqual([snapshot]);
    expect(alsoPrepared).toEqual([snapshot]);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        'Could not prepare a view of the new readiness records snapshot',
      ),
      failure,
    );
  });

  it('reads no relations or status, of the records or of the entities they refer to', async () => {
    const relations = [
      { type: 'ownedBy', targetRef: 'group:default/ach-squad' },
    ];
    const status = { items: [] };
    // As the catalog answers: with the relations and the status it computed.
    const alert: AlphaEntity = {
      apiVersion: READINESS_API_VERSION,
      kind: 'Alert',
      metadata: { name: 'ach-file-late', namespace: 'default', etag: 'a1' },
      spec: { owner: 'group:ach-squad', monitors: 'component:ach-file' },
      relations,
      status,
    };
    const job: AlphaEntity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'ach-file', namespace: 'default', etag: 'c1' },
      spec: { type: 'job', owner: 'group:ach-squad' },
      relations,
      status,
    };
    const index = new RecordsIndex({
      catalog: catalogServiceMock({ entities: [alert, job] }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });

    const { byRef, catalog, alerts } = await index.snapshot();
    const withoutRelationsAndStatus = ({
      apiVersion,
      kind,
      metadata,
      spec,
    }: AlphaEntity) => ({ apiVersion, kind, metadata, spec });
    expect(alerts).toEqual([withoutRelationsAndStatus(alert)]);
    expect(byRef.get('alert:default/ach-file-late')).toEqual(
      withoutRelationsAndStatus(alert),
    );
    expect(byRef.get('component:default/ach-file')).toEqual(
      withoutRelationsAndStatus(job),
    );
    expect(catalog).toEqual([withoutRelationsAndStatus(job)]);
  });

  it('lets the first caller see why the first load failed', async () => {
    const { index, queryEntities } = createIndex({ now: { ms: 0 } });
    queryEntities.mockRejectedValueOnce(new Error('catalog is down'));
    await expect(index.snapshot()).rejects.toThrow('catalog is down');
    await expect(index.snapshot()).resolves.toBeDefined();
  });
});

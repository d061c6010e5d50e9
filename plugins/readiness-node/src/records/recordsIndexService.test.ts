import {
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { fakeDate } from '../testUtils';
import { RecordsSnapshot } from './RecordsIndex';
import { withRecordsRevision } from './recordsRevision';
import {
  RecordsIndexService,
  recordsIndexServiceRef,
} from './recordsIndexService';

const START = Date.UTC(2026, 10, 21, 9);

/** A plugin that answers from the records index and prepares its view of each snapshot. */
function recordsReader(pluginId: string) {
  const reader: {
    index?: RecordsIndexService;
    prepared: RecordsSnapshot[];
  } = { prepared: [] };
  const plugin = createBackendPlugin({
    pluginId,
    register(env) {
      env.registerInit({
        deps: { index: recordsIndexServiceRef },
        async init({ index }) {
          index.addPreparation(snapshot => reader.prepared.push(snapshot));
          reader.index = index;
        },
      });
    },
  });
  return { plugin, reader };
}

/** The snapshot once the refresh a call started has landed. */
async function refreshed(index: RecordsIndexService, stale: RecordsSnapshot) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const snapshot = await index.snapshot();
    if (snapshot !== stale) return snapshot;
    await new Promise(resolve => setTimeout(resolve, 10));
  }
  throw new Error('The records index did not refresh');
}

describe('recordsIndexServiceRef', () => {
  // Only the clock is pinned; the backend's timers run as they do.
  beforeEach(() => {
    fakeDate(START);
  });
  afterEach(() => jest.useRealTimers());

  it('gives every plugin of a backend one index: one catalog read, each preparation once per snapshot', async () => {
    // As the catalog module processes it: with its revision.
    const squad: Entity = withRecordsRevision({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'ach-squad', namespace: 'default', etag: 'v1' },
      spec: { type: 'squad', children: [] },
    });
    const catalog = catalogServiceMock({ entities: [squad] });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    const getEntityFacets = jest.spyOn(catalog, 'getEntityFacets');
    const alerts = recordsReader('alerts');
    const continuity = recordsReader('continuity');
    await startTestBackend({
      features: [
        alerts.plugin,
        continuity.plugin,
        // Both plugins' catalog clients reach the one catalog, as in a backend.
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalog,
        }),
      ],
    });

    const [first, same] = await Promise.all([
      alerts.reader.index!.snapshot(),
      continuity.reader.index!.snapshot(),
    ]);
    expect(same).toBe(first);
    // One read for both: the records and the catalog entities they refer to, in one query.
    expect(queryEntities).toHaveBeenCalledTimes(1);
    expect(alerts.reader.prepared).toEqual([first]);
    expect(continuity.reader.prepared).toEqual([first]);

    Object.assign(
      squad,
      withRecordsRevision({ ...squad, spec: { type: 'team' } }),
    );
    jest.setSystemTime(START + 61_000);
    const second = await refreshed(continuity.reader.index!, first);
    expect(await alerts.reader.index!.snapshot()).toBe(second);
    // One check and one read for both.
    expect(getEntityFacets).toHaveBeenCalledTimes(2);
    expect(queryEntities).toHaveBeenCalledTimes(2);
    expect(alerts.reader.prepared).toEqual([first, second]);
    expect(continuity.reader.prepared).toEqual([first, second]);
  });
});

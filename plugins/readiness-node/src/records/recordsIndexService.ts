import {
  AuthService,
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { RecordsIndex, RecordsSnapshot } from './RecordsIndex';

/**
 * The records snapshot a plugin answers from, and the models it derives from each snapshot.
 *
 * @public
 */
export interface RecordsIndexService {
  /**
   * The current snapshot; only the very first call waits for the catalog. With `maxAgeMs`, one
   * checked against the catalog at most that long ago: for work that must not act on records
   * the catalog may have moved past (seeding history from them).
   */
  snapshot(options?: { maxAgeMs?: number }): Promise<RecordsSnapshot>;
  /**
   * The current snapshot when it holds the entity (a full ref in any case); otherwise one checked
   * against the catalog within the last few seconds, so an entity added since the last check is
   * found rather than refused. The caller tells from its `byRef` whether it holds the entity.
   */
  snapshotHolding(entityRef: string): Promise<RecordsSnapshot>;
  /**
   * Has `prepare` build what the plugin derives from a snapshot (models, views) on each new
   * snapshot before it is served, so that work is done while the previous snapshot still
   * answers, not by a request. Call it in the plugin's `init`: a snapshot read before then is
   * not prepared for the plugin, which builds its models when it first asks.
   */
  addPreparation(prepare: (snapshot: RecordsSnapshot) => void): void;
}

/**
 * The one {@link RecordsIndex} of the backend, shared by every plugin that depends on it: one
 * copy of the records in memory, one catalog read when they change and one version check a
 * minute, however many readiness plugins the backend runs. Its default factory needs the
 * catalog service only.
 *
 * @public
 */
export const recordsIndexServiceRef = createServiceRef<RecordsIndexService>({
  id: 'readiness.records-index',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        rootLogger: coreServices.rootLogger,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      createRootContext({ rootLogger }) {
        let index: RecordsIndex | undefined;
        // The catalog client and service credentials are plugin-scoped, so the index reads
        // through those of the first plugin to ask for it. The catalog answers every plugin's
        // own service credentials alike, so which plugin that is changes nothing read.
        return (reader: { catalog: CatalogService; auth: AuthService }) => {
          index ??= new RecordsIndex({
            ...reader,
            logger: rootLogger.child({ service: 'readiness-records-index' }),
          });
          return index;
        };
      },
      factory: ({ catalog, auth }, sharedIndex) =>
        sharedIndex({ catalog, auth }),
    }),
});

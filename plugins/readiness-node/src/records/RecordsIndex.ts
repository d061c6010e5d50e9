import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AlertEntity,
  CapabilityModelEntity,
  ContinuityPlanEntity,
  ExerciseEntity,
  isAlertEntity,
  isCapabilityModelEntity,
  isContinuityPlanEntity,
  isExerciseEntity,
  isPostmortemEntity,
  isProcedureEntity,
  isVendorEntity,
  PostmortemEntity,
  ProcedureEntity,
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import { RefreshingValue } from '../RefreshingValue';
import type { RecordsIndexService } from './recordsIndexService';
import { INDEXED_KINDS, RECORDS_REVISION_ANNOTATION } from './recordsRevision';

/**
 * Every record and the catalog entities they refer to, as read from the catalog at one time.
 *
 * @public
 */
export interface RecordsSnapshot {
  loadedAt: Date;
  /**
   * How many indexed entities the catalog held of each kind and of each revision (see
   * {@link RECORDS_REVISION_ANNOTATION}) when this was read, to tell whether any changed since.
   */
  revisions: string;
  alerts: AlertEntity[];
  procedures: ProcedureEntity[];
  vendors: VendorEntity[];
  plans: ContinuityPlanEntity[];
  exercises: ExerciseEntity[];
  postmortems: PostmortemEntity[];
  capabilityModels: CapabilityModelEntity[];
  /** Components (services, jobs, websites), resources, systems, domains, groups and users. */
  catalog: Entity[];
  /** Any entity of the snapshot by its lower-case full ref, e.g. `component:default/payment-gateway`. */
  byRef: Map<string, Entity>;
}

const KINDS = [...INDEXED_KINDS];

/** A query of the entities of some kinds, and of which of their fields if not all. */
interface KindsQuery {
  filter: { kind: string[] };
  fields?: string[];
}

// The models and answers read the kind, metadata and spec only; the relations and status the
// catalog computed, often the larger part of an entity, stay in the catalog.
const ENTITIES_QUERY: KindsQuery = {
  filter: { kind: KINDS },
  fields: ['apiVersion', 'kind', 'metadata', 'spec'],
};

const PAGE_SIZE = 1000;

/**
 * How recent a read of the catalog must be before an entity missing from it is refused: a request
 * for an entity the catalog has just added waits for one read, and requests for entities that do
 * not exist cost at most one read this often.
 *
 * @public
 */
export const MISSING_ENTITY_RECHECK_MS = 5_000;

/** Checks that find nothing new take at most this share of the time, however large the catalog. */
const MAX_REFRESH_SHARE = 1 / 30;

// Counts per kind tell additions and removals; counts per revision tell changed content.
const REVISION_FACETS = [
  'kind',
  `metadata.annotations.${RECORDS_REVISION_ANNOTATION}`,
];

/**
 * The lower-case full ref the snapshot is keyed by.
 *
 * @public
 */
export function refKey(ref: Entity | string): string {
  return (
    typeof ref === 'string' ? ref : stringifyEntityRef(ref)
  ).toLocaleLowerCase('en-US');
}

/**
 * Reads the records from the catalog into memory for the analytics and list APIs, which filter,
 * sort and aggregate tens of thousands of records per request. Each replica keeps one copy for
 * all its plugins (see {@link recordsIndexServiceRef}), checked against the catalog when older
 * than `maxAgeMs` (`Infinity`: loaded once), or than thirty times the last check took; callers
 * get the last snapshot while the check runs, so only the very first request waits.
 *
 * The check asks the catalog for the counts of each kind and of each revision the catalog module
 * gave the entities ({@link RECORDS_REVISION_ANNOTATION}), a query of the catalog's search table:
 * when none changed, the snapshot (and every model and answer the routes derived from it) stays,
 * so a large catalog costs a light query rather than a re-read and a rebuild. (Asking for each
 * entity's etag instead made the catalog read every entity whole: 10 to 16 s at 30,000 entities.)
 *
 * @public
 */
export class RecordsIndex implements RecordsIndexService {
  private readonly value: RefreshingValue<RecordsSnapshot>;
  private readonly preparations: Array<(snapshot: RecordsSnapshot) => void> =
    [];

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      maxAgeMs?: number;
      clock?: () => Date;
    },
  ) {
    const { logger, maxAgeMs = 60_000, clock = () => new Date() } = options;
    this.value = new RefreshingValue({
      load: current => this.load(current),
      maxAgeMs,
      maxRefreshShare: MAX_REFRESH_SHARE,
      logger,
      description: 'the readiness records',
      clock: () => clock().getTime(),
    });
  }

  snapshot(options?: { maxAgeMs?: number }): Promise<RecordsSnapshot> {
    return this.value.get(options);
  }

  async snapshotHolding(entityRef: string): Promise<RecordsSnapshot> {
    const snapshot = await this.snapshot();
    if (snapshot.byRef.has(refKey(entityRef))) {
      return snapshot;
    }
    return this.snapshot({ maxAgeMs: MISSING_ENTITY_RECHECK_MS });
  }

  addPreparation(prepare: (snapshot: RecordsSnapshot) => void): void {
    this.preparations.push(prepare);
  }

  private async load(current?: RecordsSnapshot): Promise<RecordsSnapshot> {
    const { logger, clock = () => new Date() } = this.options;
    const started = Date.now();
    // Read before the entities: a change in between makes the next check read them again.
    const revisions = await this.revisions();
    if (current?.revisions === revisions) {
      logger.debug(
        `The readiness entities are unchanged (checked in ${
          Date.now() - started
        } ms)`,
      );
      return current;
    }
    const entities = await this.read(ENTITIES_QUERY);
    const snapshot: RecordsSnapshot = {
      loadedAt: clock(),
      revisions,
      alerts: entities.filter(isAlertEntity),
      procedures: entities.filter(isProcedureEntity),
      vendors: entities.filter(isVendorEntity),
      plans: entities.filter(isContinuityPlanEntity),
      exercises: entities.filter(isExerciseEntity),
      postmortems: entities.filter(isPostmortemEntity),
      capabilityModels: entities.filter(isCapabilityModelEntity),
      catalog: entities.filter(
        entity => !entity.apiVersion.startsWith('readiness.dev/'),
      ),
      byRef: new Map(entities.map(entity => [refKey(entity), entity])),
    };
    for (const prepare of this.preparations) {
      // Plugins derive their own models: one whose preparation fails must not hold back the new
      // snapshot from the others. It builds its models when it first asks for them.
      try {
        prepare(snapshot);
      } catch (error) {
        logger.error(
          'Could not prepare a view of the new readiness records snapshot; it is built when first asked for',
          error as Error,
        );
      }
    }
    logger.debug(
      `Loaded and prepared ${entities.length} entities in ${
        Date.now() - started
      } ms`,
    );
    return snapshot;
  }

  private async revisions(): Promise<string> {
    const { catalog, auth } = this.options;
    const { facets } = await catalog.getEntityFacets(
      { filter: { kind: KINDS }, facets: REVISION_FACETS },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    return REVISION_FACETS.map(facet =>
      (facets[facet] ?? [])
        .map(({ value, count }) => `${value} ${count}`)
        .sort()
        .join('\n'),
    ).join('\n\n');
  }

  private async read(query: KindsQuery): Promise<Entity[]> {
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const { fields } = query;
    const entities: Entity[] = [];
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields }
          : { filter: query.filter, limit: PAGE_SIZE, fields },
        { credentials },
      );
      entities.push(...page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return entities;
  }
}

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

/** Every record and the catalog entities they refer to, as read from the catalog at one time. */
export interface RecordsSnapshot {
  loadedAt: Date;
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

const KINDS = [
  'Alert',
  'Procedure',
  'Vendor',
  'ContinuityPlan',
  'Exercise',
  'Postmortem',
  'CapabilityModel',
  'Component',
  'Resource',
  'System',
  'Domain',
  'Group',
  'User',
];

const PAGE_SIZE = 1000;

/** The lower-case full ref the snapshot is keyed by. */
export function refKey(ref: Entity | string): string {
  return (typeof ref === 'string' ? ref : stringifyEntityRef(ref)).toLocaleLowerCase('en-US');
}

/**
 * Reads the records from the catalog into memory for the analytics and list APIs, which filter,
 * sort and aggregate tens of thousands of records per request. Each replica keeps its own copy,
 * refreshed when older than `maxAgeMs` (`Infinity`: loaded once); callers get the last snapshot
 * while a newer one loads, so only the very first request waits.
 */
export class RecordsIndex {
  private current?: RecordsSnapshot;
  private loading?: Promise<RecordsSnapshot>;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      maxAgeMs?: number;
      clock?: () => Date;
      /**
       * Builds what the routes derive from a snapshot (models, views) before the snapshot is
       * served, so that work is done while the previous snapshot still answers, not by a request.
       */
      prepare?: (snapshot: RecordsSnapshot) => void;
    },
  ) {}

  async snapshot(): Promise<RecordsSnapshot> {
    const { maxAgeMs = 60_000, clock = () => new Date() } = this.options;
    const stale =
      !this.current ||
      clock().getTime() - this.current.loadedAt.getTime() > maxAgeMs;
    if (stale && !this.loading) {
      this.loading = this.load().finally(() => {
        this.loading = undefined;
      });
      if (this.current) {
        // Nobody waits for a refresh: a failed one is logged and the next request tries again.
        this.loading.catch(error =>
          this.options.logger.error(
            `Could not refresh the readiness records; serving those loaded at ${this.current?.loadedAt.toISOString()}`,
            error,
          ),
        );
      }
    }
    return this.current ?? this.loading!;
  }

  private async load(): Promise<RecordsSnapshot> {
    const { catalog, auth, logger, clock = () => new Date(), prepare } = this.options;
    const started = Date.now();
    const credentials = await auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE }
          : { filter: { kind: KINDS }, limit: PAGE_SIZE },
        { credentials },
      );
      entities.push(...page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);

    const snapshot: RecordsSnapshot = {
      loadedAt: clock(),
      alerts: entities.filter(isAlertEntity),
      procedures: entities.filter(isProcedureEntity),
      vendors: entities.filter(isVendorEntity),
      plans: entities.filter(isContinuityPlanEntity),
      exercises: entities.filter(isExerciseEntity),
      postmortems: entities.filter(isPostmortemEntity),
      capabilityModels: entities.filter(isCapabilityModelEntity),
      catalog: entities.filter(entity => !entity.apiVersion.startsWith('readiness.dev/')),
      byRef: new Map(entities.map(entity => [refKey(entity), entity])),
    };
    prepare?.(snapshot);
    this.current = snapshot;
    logger.debug(`Loaded and prepared ${entities.length} entities in ${Date.now() - started} ms`);
    return snapshot;
  }
}

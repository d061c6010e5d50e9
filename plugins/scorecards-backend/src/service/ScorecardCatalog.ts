import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CapabilityModelEntity,
  entityRefKey,
} from '@readiness/plugin-readiness-common';
import { PeopleNames, SquadSummary } from '@readiness/plugin-scorecards-common';
import { entityTitle } from '@readiness/plugin-readiness-api-common';
import {
  MISSING_ENTITY_RECHECK_MS,
  RefreshingValue,
} from '@readiness/plugin-readiness-node';
import { selectCapabilityModel } from '../evaluation/catalogRecords';

const DOMAIN_ANNOTATION = 'readiness.dev/domain';

/** The capability model and the squads it applies to, as read together. */
export interface ScorecardCatalogRead {
  model?: CapabilityModelEntity;
  squads: SquadSummary[];
}

/**
 * What the API reads from the catalog, with the plugin's own credentials: the capability model
 * and the squads it applies to. Shared by every request and read again when `maxAgeMs` old
 * (default 30 s), so listing scorecards costs no catalog query per request.
 */
export class ScorecardCatalog {
  private readonly value: RefreshingValue<ScorecardCatalogRead>;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      modelRef?: string;
      maxAgeMs?: number;
    },
  ) {
    this.value = new RefreshingValue({
      load: () => this.load(),
      maxAgeMs: options.maxAgeMs ?? 30_000,
      logger: options.logger,
      description: 'the capability model and squads',
    });
  }

  /**
   * The model and squads; the same object until the next read. Without a model, or without
   * `squadRef` (a lower-case full ref) among the squads, one read in the last few seconds: either
   * may have been added to the catalog since the last read.
   */
  async read(squadRef?: string): Promise<ScorecardCatalogRead> {
    const read = await this.value.get();
    if (
      read.model &&
      (!squadRef || read.squads.some(s => s.ref === squadRef))
    ) {
      return read;
    }
    return this.value.get({ maxAgeMs: MISSING_ENTITY_RECHECK_MS });
  }

  /** The configured model, else the first CapabilityModel by name. */
  async model(): Promise<CapabilityModelEntity | undefined> {
    return (await this.read()).model;
  }

  /** The squads the model applies to, by title. */
  async squads(): Promise<SquadSummary[]> {
    return (await this.read()).squads;
  }

  /** People's display names by user ref, read from the catalog; unknown refs are left out. */
  async peopleNames(refs: Iterable<string>): Promise<PeopleNames> {
    const wanted = [...new Set(refs)];
    if (wanted.length === 0) return {};
    const { catalog, auth } = this.options;
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: wanted,
        fields: ['kind', 'metadata', 'spec.profile'],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const names: PeopleNames = {};
    items.forEach((entity, i) => {
      if (entity) names[wanted[i]] = entityTitle(entity);
    });
    return names;
  }

  private async load(): Promise<ScorecardCatalogRead> {
    const { catalog, auth, modelRef } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const { items } = await catalog.getEntities(
      { filter: { kind: 'CapabilityModel' } },
      { credentials },
    );
    const model = selectCapabilityModel(items, modelRef);
    if (!model) return { squads: [] };

    const { kind, type } = model.spec.appliesTo;
    const squads = await catalog.getEntities(
      {
        filter: type ? { kind, 'spec.type': type } : { kind },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'metadata.annotations',
        ],
      },
      { credentials },
    );
    return {
      model,
      squads: squads.items
        .map(entity => ({
          ref: entityRefKey(entity)!,
          name: entity.metadata.name,
          title: entity.metadata.title ?? entity.metadata.name,
          domain: entity.metadata.annotations?.[DOMAIN_ANNOTATION],
        }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    };
  }
}

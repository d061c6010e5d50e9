import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CapabilityModelEntity,
  entityRefKey,
  isCapabilityModelEntity,
} from '@readiness/plugin-readiness-common';

/** A squad as the scorecard pages list it. */
export interface SquadSummary {
  ref: string;
  name: string;
  title: string;
  domain?: string;
}

const DOMAIN_ANNOTATION = 'readiness.dev/domain';

/**
 * What the API reads from the catalog per request, with the plugin's own credentials: the
 * capability model and the squads it applies to.
 */
export class ScorecardCatalog {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      modelRef?: string;
    },
  ) {}

  /** The configured model, else the first CapabilityModel by name. */
  async model(): Promise<CapabilityModelEntity | undefined> {
    const { items } = await this.options.catalog.getEntities(
      { filter: { kind: 'CapabilityModel' } },
      { credentials: await this.options.auth.getOwnServiceCredentials() },
    );
    const models = items
      .filter(isCapabilityModelEntity)
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    const wanted = this.options.modelRef
      ? entityRefKey(this.options.modelRef, 'capabilitymodel')
      : undefined;
    return wanted ? models.find(m => entityRefKey(m) === wanted) : models[0];
  }

  /** The squads the model applies to, by title. */
  async squads(model: CapabilityModelEntity): Promise<SquadSummary[]> {
    const { kind, type } = model.spec.appliesTo;
    const { items } = await this.options.catalog.getEntities(
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
      { credentials: await this.options.auth.getOwnServiceCredentials() },
    );
    return items
      .map(entity => ({
        ref: entityRefKey(entity)!,
        name: entity.metadata.name,
        title: entity.metadata.title ?? entity.metadata.name,
        domain: entity.metadata.annotations?.[DOMAIN_ANNOTATION],
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
  }
}

import {
  AuthService,
  CacheService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { JsonObject } from '@backstage/types';
import {
  onPagerDutyFilter,
  PAGERDUTY_INTEGRATION_KEY_ANNOTATION,
  PAGERDUTY_SERVICE_ID_ANNOTATION,
} from '@readiness/plugin-oncall-common';
import { entityTitle } from '@readiness/plugin-readiness-api-common';
import { createDomainResolver } from './domains';

const CACHE_KEY = 'catalog-directory:v4';
/** How long the catalog's view is reused; catalog edits show within a minute. */
const CACHE_TTL_MS = 60_000;

/** A catalog entity with PagerDuty annotations. */
export interface AnnotatedEntity {
  entityRef: string;
  title: string;
  ownerRef?: string;
  serviceId?: string;
  integrationKey?: string;
  /** The domain of its system, else of its owner squad. */
  domainRef?: string;
}

/** A catalog group: a squad or any other team. */
export interface GroupEntry {
  entityRef: string;
  title: string;
  /** name, title and display name, for matching PagerDuty team names. */
  names: string[];
  /** Its `readiness.dev/domain`, else the domain most of the systems it owns belong to. */
  domainRef?: string;
}

export interface UserEntry {
  entityRef: string;
  email?: string;
  /** Refs of the groups the user is a member of. */
  memberOf: string[];
}

/** A business domain, for the headings of the organisation's on-call. */
export interface DomainEntry {
  entityRef: string;
  title: string;
}

/** What the on-call plugin needs from the catalog. */
export interface CatalogView {
  annotated: AnnotatedEntity[];
  groups: GroupEntry[];
  users: UserEntry[];
  domains: DomainEntry[];
}

/** The owner of an entity as a full ref, or undefined. */
export function ownerRefOf(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) {
    return undefined;
  }
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    }),
  );
}

/** The PagerDuty-relevant view of an entity, in the domain `domainRef` places it. */
export function annotatedEntityOf(
  entity: Entity,
  domainRef?: string,
): AnnotatedEntity {
  const annotations = entity.metadata.annotations ?? {};
  return {
    entityRef: stringifyEntityRef(entity),
    title: entityTitle(entity),
    ownerRef: ownerRefOf(entity),
    serviceId: annotations[PAGERDUTY_SERVICE_ID_ANNOTATION] || undefined,
    integrationKey:
      annotations[PAGERDUTY_INTEGRATION_KEY_ANNOTATION] || undefined,
    domainRef,
  };
}

function toGroup(entity: Entity, domainRef?: string): GroupEntry {
  const displayName = (
    entity.spec?.profile as { displayName?: string } | undefined
  )?.displayName;
  return {
    entityRef: stringifyEntityRef(entity),
    title: entityTitle(entity),
    names: [entity.metadata.name, entity.metadata.title, displayName].filter(
      (name): name is string => Boolean(name),
    ),
    domainRef,
  };
}

/** A view as shared through the cache service: when it was read, and it. */
interface CachedView {
  readAt: number;
  view: CatalogView;
}

/**
 * Reads the catalog with the plugin's own credentials: entities with
 * PagerDuty annotations, groups and users' emails. The view is shared
 * through the cache service so replicas and requests reuse it briefly, and
 * kept in memory until the shared copy expires, so requests get the same
 * view object (and what is derived from it) until the catalog is read again
 * and found changed.
 */
export class CatalogDirectory {
  #current?: Promise<CachedView>;
  /** The view last served, with its JSON to tell whether a new read changed it. */
  #served?: { json: string; view: CatalogView };

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      cache: CacheService;
    },
  ) {}

  async load(): Promise<CatalogView> {
    const current = this.#current;
    if (current) {
      const cached = await current;
      if (Date.now() < cached.readAt + CACHE_TTL_MS) {
        return cached.view;
      }
      if (this.#current === current) {
        this.#current = undefined;
      }
    }
    // Concurrent requests share one read.
    if (!this.#current) {
      const loading = this.#loadShared().then(read => this.#unlessUnchanged(read));
      this.#current = loading;
      loading.catch(() => {
        if (this.#current === loading) {
          this.#current = undefined;
        }
      });
    }
    return (await this.#current!).view;
  }

  /**
   * The view last served when a new read has the same content, so that the
   * on-call model built from it stands rather than being rebuilt each minute.
   */
  #unlessUnchanged(read: CachedView): CachedView {
    const json = JSON.stringify(read.view);
    if (this.#served?.json === json) {
      return { readAt: read.readAt, view: this.#served.view };
    }
    this.#served = { json, view: read.view };
    return read;
  }

  /** One entity, read with the caller's credentials so permissions apply. */
  async getEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    return this.options.catalog.getEntityByRef(entityRef, { credentials });
  }

  async #loadShared(): Promise<CachedView> {
    const cached = await this.options.cache.get<JsonObject>(CACHE_KEY);
    if (cached) {
      return cached as unknown as CachedView;
    }
    const fresh: CachedView = { readAt: Date.now(), view: await this.#read() };
    await this.options.cache.set(CACHE_KEY, fresh as unknown as JsonObject, {
      ttl: CACHE_TTL_MS,
    });
    return fresh;
  }

  async #read(): Promise<CatalogView> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { catalog } = this.options;
    const [annotated, groups, users, domains, systems] = await Promise.all([
      catalog.getEntities(
        {
          filter: onPagerDutyFilter(),
          fields: ['kind', 'metadata', 'spec.owner', 'spec.system'],
        },
        { credentials },
      ),
      catalog.getEntities(
        {
          filter: { kind: 'Group' },
          fields: ['kind', 'metadata', 'spec.profile'],
        },
        { credentials },
      ),
      catalog.getEntities(
        {
          filter: { kind: 'User' },
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'spec.profile.email',
            'spec.memberOf',
          ],
        },
        { credentials },
      ),
      catalog.getEntities(
        {
          filter: { kind: 'Domain' },
          fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title'],
        },
        { credentials },
      ),
      catalog.getEntities(
        {
          filter: { kind: 'System' },
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'spec.domain',
            'spec.owner',
          ],
        },
        { credentials },
      ),
    ]);
    const domainOf = createDomainResolver({
      groups: groups.items,
      systems: systems.items,
      components: annotated.items.filter(
        entity => entity.kind.toLocaleLowerCase('en-US') !== 'group',
      ),
    });
    return {
      annotated: annotated.items.map(entity =>
        annotatedEntityOf(entity, domainOf(stringifyEntityRef(entity))),
      ),
      groups: groups.items.map(group =>
        toGroup(group, domainOf(stringifyEntityRef(group))),
      ),
      domains: domains.items.map(domain => ({
        entityRef: stringifyEntityRef(domain),
        title: entityTitle(domain),
      })),
      users: users.items.map(user => ({
        entityRef: stringifyEntityRef(user),
        email: (user.spec?.profile as { email?: string } | undefined)?.email,
        memberOf: ((user.spec?.memberOf as string[] | undefined) ?? []).map(
          group =>
            stringifyEntityRef(
              parseEntityRef(group, {
                defaultKind: 'group',
                defaultNamespace: user.metadata.namespace ?? 'default',
              }),
            ),
        ),
      })),
    };
  }
}

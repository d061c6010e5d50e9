import { Entity } from '@backstage/catalog-model';
import {
  entityRefKey,
  SQUAD_DOMAIN_ANNOTATION,
} from '@readiness/plugin-readiness-common';
import { entityTitle } from '@readiness/plugin-readiness-api-common';

/** The annotation that ties a catalog entity to its PagerDuty service. */
const PAGERDUTY_SERVICE_ID_ANNOTATION = 'pagerduty.com/service-id';

/** The annotation that rates a service's or job's criticality. */
export const CRITICALITY_ANNOTATION_KEY = 'readiness.dev/criticality';

/**
 * Finds catalog entities by ref in any spelling (`component:x`,
 * `Component:default/x`), and PagerDuty services by id.
 *
 * @public
 */
export interface CatalogLookup {
  /** The entity a ref points at; `defaultKind` for refs written without one, like a system's `domain: payments`. */
  get(ref: string | undefined, defaultKind?: string): Entity | undefined;
  /** The catalog entity annotated with this `pagerduty.com/service-id`. */
  byPagerDutyServiceId(serviceId: string): Entity | undefined;
}

/**
 * Builds a lookup over catalog entities, keyed as `entityRefKey` (from
 * `@readiness/plugin-readiness-common`) keys them.
 * Pass an existing map of keys to entities to avoid re-keying a large catalog.
 *
 * @public
 */
export function createCatalogLookup(
  entities: Iterable<Entity> | ReadonlyMap<string, Entity>,
): CatalogLookup {
  const byKey: ReadonlyMap<string, Entity> =
    entities instanceof Map
      ? entities
      : new Map(
          [...(entities as Iterable<Entity>)].map(entity => [
            entityRefKey(entity)!,
            entity,
          ]),
        );
  const byServiceId = new Map<string, Entity>();
  for (const entity of byKey.values()) {
    const serviceId =
      entity.metadata.annotations?.[PAGERDUTY_SERVICE_ID_ANNOTATION];
    if (serviceId) {
      byServiceId.set(serviceId, entity);
    }
  }
  // Refs repeat across thousands of records; parse each spelling once.
  const keys = new Map<string, string | undefined>();
  return {
    get(ref, defaultKind) {
      if (!ref) return undefined;
      const memo = `${defaultKind ?? ''}|${ref}`;
      if (!keys.has(memo)) {
        keys.set(memo, entityRefKey(ref, defaultKind));
      }
      const key = keys.get(memo);
      return key ? byKey.get(key) : undefined;
    },
    byPagerDutyServiceId: serviceId => byServiceId.get(serviceId),
  };
}

// One object per entity: tens of thousands of records name the same squads, domains and SOPs,
// and the models of a large catalog keep every record's summary.
const refsAndTitles = new WeakMap<Entity, { ref: string; title: string }>();

/** An entity's full lower-case ref and the title people know it by. */
export function refAndTitle(entity: Entity): { ref: string; title: string } {
  let value = refsAndTitles.get(entity);
  if (!value) {
    value = { ref: entityRefKey(entity)!, title: entityTitle(entity) };
    refsAndTitles.set(entity, value);
  }
  return value;
}

/** A ref with its title: the entity's it names, else the ref as written. */
export function titledRef(
  ref: string,
  lookup: CatalogLookup,
  defaultKind?: string,
): { ref: string; title: string } {
  const entity = lookup.get(ref, defaultKind);
  return entity ? refAndTitle(entity) : { ref, title: ref };
}

/**
 * The domain an entity belongs to: a component's or resource's system's domain,
 * a system's domain, or a squad's `readiness.dev/domain` annotation.
 */
export function domainOfEntity(
  entity: Entity | undefined,
  lookup: CatalogLookup,
): Entity | undefined {
  if (!entity) return undefined;
  switch (entity.kind) {
    case 'Domain':
      return entity;
    case 'System':
      return lookup.get(entity.spec?.domain as string | undefined, 'domain');
    case 'Group':
      return lookup.get(
        entity.metadata.annotations?.[SQUAD_DOMAIN_ANNOTATION],
        'domain',
      );
    default:
      return domainOfEntity(
        lookup.get(entity.spec?.system as string | undefined, 'system'),
        lookup,
      );
  }
}

import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * The annotation that names the business domain a squad belongs to.
 *
 * @public
 */
export const DOMAIN_ANNOTATION = 'readiness.dev/domain';

/**
 * The catalog entities that say which domain a squad or a service belongs to:
 * squads (Groups), Systems and the services and jobs (Components) themselves.
 *
 * @public
 */
export interface DomainSources {
  groups: Entity[];
  systems: Entity[];
  components: Entity[];
}

function refOf(entity: Entity): string {
  return stringifyEntityRef(entity);
}

function toRef(
  value: unknown,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace }),
    );
  } catch {
    return undefined;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const values = map.get(key);
  if (values) {
    values.push(value);
  } else {
    map.set(key, [value]);
  }
}

/** The value that occurs most often; the alphabetically first among equals. */
function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()].sort(
    ([a, countA], [b, countB]) => countB - countA || a.localeCompare(b),
  )[0]?.[0];
}

/**
 * Builds a lookup from a squad's or a component's entity ref to the ref of its
 * domain. A squad's domain is its `readiness.dev/domain` annotation, otherwise
 * the domain most of the systems it owns belong to. A component's domain is its
 * system's, otherwise its owner squad's.
 *
 * @public
 */
export function createDomainResolver(
  sources: DomainSources,
): (entityRef: string) => string | undefined {
  const systemDomains = new Map<string, string>();
  const systemsByOwner = new Map<string, string[]>();
  for (const system of sources.systems) {
    const { namespace } = getCompoundEntityRef(system);
    const domain = toRef(system.spec?.domain, 'domain', namespace);
    if (domain) {
      systemDomains.set(refOf(system), domain);
      const owner = toRef(system.spec?.owner, 'group', namespace);
      if (owner) {
        pushTo(systemsByOwner, owner, domain);
      }
    }
  }

  const groupDomains = new Map<string, string>();
  for (const group of sources.groups) {
    const { namespace } = getCompoundEntityRef(group);
    const domain =
      toRef(group.metadata.annotations?.[DOMAIN_ANNOTATION], 'domain', namespace) ??
      mostCommon(systemsByOwner.get(refOf(group)) ?? []);
    if (domain) {
      groupDomains.set(refOf(group), domain);
    }
  }

  const componentDomains = new Map<string, string>();
  for (const component of sources.components) {
    const { namespace } = getCompoundEntityRef(component);
    const system = toRef(component.spec?.system, 'system', namespace);
    const owner = toRef(component.spec?.owner, 'group', namespace);
    const domain =
      (system && systemDomains.get(system)) ||
      (owner && groupDomains.get(owner));
    if (domain) {
      componentDomains.set(refOf(component), domain);
    }
  }

  return entityRef => {
    const ref = toRef(entityRef, 'component', 'default');
    return ref
      ? groupDomains.get(ref) ?? componentDomains.get(ref)
      : undefined;
  };
}

/**
 * Items gathered under one domain; `domainRef` is undefined for the items whose
 * domain is unknown.
 *
 * @public
 */
export interface DomainSection<T> {
  domainRef?: string;
  items: T[];
}

/**
 * Groups items by domain, the sections ordered by `titleOf(domainRef)` with
 * the items of unknown domain last; items keep their order within a section.
 *
 * @public
 */
export function groupByDomain<T>(
  items: T[],
  domainOf: (item: T) => string | undefined,
  titleOf: (domainRef: string) => string,
): DomainSection<T>[] {
  const sections = new Map<string | undefined, T[]>();
  for (const item of items) {
    const domainRef = domainOf(item);
    pushTo(sections, domainRef, item);
  }
  return [...sections.entries()]
    .map(([domainRef, sectionItems]) => ({ domainRef, items: sectionItems }))
    .sort((a, b) => {
      if (!a.domainRef || !b.domainRef) {
        return a.domainRef ? -1 : 1;
      }
      return titleOf(a.domainRef).localeCompare(titleOf(b.domainRef));
    });
}

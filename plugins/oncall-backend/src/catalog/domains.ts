import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { SQUAD_DOMAIN_ANNOTATION } from '@readiness/plugin-readiness-common';
import { addTo } from '../collections';

/**
 * The catalog entities that say which domain a squad or a service belongs to: squads (Groups),
 * Systems, and the services and jobs themselves.
 */
export interface DomainSources {
  groups: Entity[];
  systems: Entity[];
  /** Entities other than groups (services, jobs) to place by their system or owner. */
  components: Entity[];
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
 * Builds a lookup from a squad's or a service's entity ref to the ref of its domain. A squad's
 * domain is its `readiness.dev/domain` annotation, otherwise the domain most of the systems it
 * owns belong to. A service's domain is its system's, otherwise its owner squad's.
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
      systemDomains.set(stringifyEntityRef(system), domain);
      const owner = toRef(system.spec?.owner, 'group', namespace);
      if (owner) {
        addTo(systemsByOwner, owner, domain);
      }
    }
  }

  const domains = new Map<string, string>();
  for (const group of sources.groups) {
    const { namespace } = getCompoundEntityRef(group);
    const ref = stringifyEntityRef(group);
    const domain =
      toRef(
        group.metadata.annotations?.[SQUAD_DOMAIN_ANNOTATION],
        'domain',
        namespace,
      ) ?? mostCommon(systemsByOwner.get(ref) ?? []);
    if (domain) {
      domains.set(ref, domain);
    }
  }

  for (const component of sources.components) {
    const { namespace } = getCompoundEntityRef(component);
    const system = toRef(component.spec?.system, 'system', namespace);
    const owner = toRef(component.spec?.owner, 'group', namespace);
    const domain =
      (system && systemDomains.get(system)) || (owner && domains.get(owner));
    if (domain) {
      domains.set(stringifyEntityRef(component), domain);
    }
  }

  return entityRef => domains.get(entityRef);
}

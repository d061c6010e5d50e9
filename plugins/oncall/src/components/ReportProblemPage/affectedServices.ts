import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogApi } from '@backstage/plugin-catalog-react';
import { hasPagerDutyService, onPagerDutyFilter } from '@readiness/plugin-oncall-common';
import { dependencyRefs, monitoredRefs, rankJourneyServices } from '../../views/journeyServices';

/** A service an incident can be raised on. */
export interface ServiceOption {
  entityRef: string;
  title: string;
  description?: string;
}

const COMPONENT_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'metadata.annotations',
  'spec.dependsOn',
  'relations',
];

export function toServiceOption(entity: Entity): ServiceOption {
  return {
    entityRef: stringifyEntityRef(entity),
    title: entity.metadata.title ?? entity.metadata.name,
    description: entity.metadata.description,
  };
}

/** Services on PagerDuty whose name matches what was typed. */
export async function searchServices(
  catalogApi: CatalogApi,
  term: string,
): Promise<ServiceOption[]> {
  const { items } = await catalogApi.queryEntities({
    filter: onPagerDutyFilter('Component'),
    fullTextFilter: term.trim()
      ? { term: term.trim(), fields: ['metadata.name', 'metadata.title'] }
      : undefined,
    orderFields: { field: 'metadata.name', order: 'asc' },
    limit: 20,
    fields: COMPONENT_FIELDS,
  });
  return items.map(toServiceOption);
}

/** The service named in the address, when it can take an incident. */
export async function loadService(
  catalogApi: CatalogApi,
  entityRef: string,
): Promise<ServiceOption | undefined> {
  const entity = await catalogApi.getEntityByRef(entityRef);
  return entity && hasPagerDutyService(entity)
    ? toServiceOption(entity)
    : undefined;
}

/** The customer journeys the alert catalog knows, as named in alerts. */
export async function loadJourneys(catalogApi: CatalogApi): Promise<string[]> {
  const { facets } = await catalogApi.getEntityFacets({
    filter: { kind: 'Alert' },
    facets: ['spec.journey'],
  });
  return (facets['spec.journey'] ?? [])
    .map(facet => facet.value)
    .sort((a, b) => a.localeCompare(b));
}

/** "card-payment" → "Card payment". */
export function journeyLabel(journey: string): string {
  const words = journey.replace(/[-_]+/g, ' ');
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
}

function isComponentRef(ref: string): boolean {
  return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'component';
}

async function componentsByRef(
  catalogApi: CatalogApi,
  refs: string[],
): Promise<Entity[]> {
  const entityRefs = [...new Set(refs.filter(isComponentRef))];
  if (entityRefs.length === 0) {
    return [];
  }
  const { items } = await catalogApi.getEntitiesByRefs({
    entityRefs,
    fields: COMPONENT_FIELDS,
  });
  return items.filter((e): e is Entity => Boolean(e));
}

/**
 * The services to raise an incident on for a broken customer journey, most
 * likely first: those its alerts watch, then those the watched jobs depend on.
 */
export async function loadJourneyServices(
  catalogApi: CatalogApi,
  journey: string,
): Promise<ServiceOption[]> {
  const alerts = await catalogApi.getEntities({
    filter: { kind: 'Alert', 'spec.journey': journey },
    fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.monitors', 'relations'],
  });
  const watched = await componentsByRef(
    catalogApi,
    alerts.items.flatMap(monitoredRefs),
  );
  const dependencies = await componentsByRef(
    catalogApi,
    watched.filter(c => !hasPagerDutyService(c)).flatMap(dependencyRefs),
  );
  const components = [...watched, ...dependencies];
  const byRef = new Map(components.map(c => [stringifyEntityRef(c), c]));
  return rankJourneyServices(alerts.items, components).map(ref =>
    toServiceOption(byRef.get(ref)!),
  );
}

import { Entity, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogApi } from '@backstage/plugin-catalog-react';
import { createDomainResolver } from '../../views/onCallDomains';
import { OnCallGroup } from '@readiness/plugin-oncall-common';

const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.domain',
  'spec.owner',
  'spec.system',
];

/** Where on-call groups belong in the organisation, read from the catalog. */
export interface DomainLookup {
  domainOf(group: OnCallGroup): string | undefined;
  titleOf(domainRef: string): string;
}

/**
 * Places each on-call group in its domain. The backend's domain and its title win when it sent
 * them; only when it could not place every group are the domains, squads and systems, and the
 * components among the groups, read from the catalog.
 */
export async function loadDomainLookup(
  catalogApi: CatalogApi,
  groups: OnCallGroup[],
): Promise<DomainLookup> {
  const sentTitles = new Map(
    groups.flatMap(g =>
      g.domainRef && g.domainTitle ? [[g.domainRef, g.domainTitle]] : [],
    ),
  );
  if (groups.every(g => g.domainRef && g.domainTitle)) {
    return {
      domainOf: group => group.domainRef,
      titleOf: domainRef =>
        sentTitles.get(domainRef) ?? parseEntityRef(domainRef).name,
    };
  }
  const componentRefs = groups
    .filter(g => !g.domainRef)
    .map(g => g.entityRef)
    .filter(ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'component');
  const [domains, squads, systems, components] = await Promise.all([
    catalogApi.getEntities({ filter: { kind: 'Domain' }, fields: FIELDS }),
    catalogApi.getEntities({ filter: { kind: 'Group' }, fields: FIELDS }),
    catalogApi.getEntities({ filter: { kind: 'System' }, fields: FIELDS }),
    componentRefs.length > 0
      ? catalogApi.getEntitiesByRefs({ entityRefs: componentRefs, fields: FIELDS })
      : { items: [] as Array<Entity | undefined> },
  ]);
  const resolveDomain = createDomainResolver({
    groups: squads.items,
    systems: systems.items,
    components: components.items.filter((e): e is Entity => Boolean(e)),
  });
  const titles = new Map(
    domains.items.map(d => [
      stringifyEntityRef(d),
      d.metadata.title ?? d.metadata.name,
    ]),
  );
  return {
    domainOf: group => group.domainRef ?? resolveDomain(group.entityRef),
    titleOf: domainRef =>
      sentTitles.get(domainRef) ??
      titles.get(domainRef) ??
      parseEntityRef(domainRef).name,
  };
}

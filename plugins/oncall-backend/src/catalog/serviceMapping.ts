/**
 * A PagerDuty service with the routing keys of its integrations.
 *
 * @public
 */
export interface MappableService {
  id: string;
  name: string;
  integrationKeys: string[];
}

/**
 * A catalog entity carrying PagerDuty annotations.
 *
 * @public
 */
export interface MappableEntity {
  entityRef: string;
  title: string;
  serviceId?: string;
  integrationKey?: string;
}

/**
 * Which PagerDuty services the catalog entities name, and what is left over
 * on either side.
 *
 * @public
 */
export interface ServiceMapping {
  mapped: Array<{ serviceId: string; serviceName: string; entityRef: string }>;
  unmappedServices: Array<{ serviceId: string; serviceName: string }>;
  unmappedEntities: Array<{ entityRef: string; title: string }>;
}

/**
 * Maps PagerDuty services to catalog entities by the service id annotation,
 * or else by an integration key annotation matching one of the service's
 * integrations. Results are sorted by service name, then entity ref.
 *
 * @public
 */
export function mapPagerDutyServices(
  services: MappableService[],
  entities: MappableEntity[],
): ServiceMapping {
  const byId = new Map(services.map(s => [s.id, s]));
  const byKey = new Map<string, MappableService>();
  for (const service of services) {
    for (const key of service.integrationKeys) {
      byKey.set(key, service);
    }
  }
  const mapped: ServiceMapping['mapped'] = [];
  const unmappedEntities: ServiceMapping['unmappedEntities'] = [];
  for (const entity of entities) {
    const service =
      (entity.serviceId && byId.get(entity.serviceId)) ||
      (entity.integrationKey && byKey.get(entity.integrationKey)) ||
      undefined;
    if (service) {
      mapped.push({
        serviceId: service.id,
        serviceName: service.name,
        entityRef: entity.entityRef,
      });
    } else {
      unmappedEntities.push({
        entityRef: entity.entityRef,
        title: entity.title,
      });
    }
  }
  const mappedIds = new Set(mapped.map(m => m.serviceId));
  return {
    mapped: mapped.sort(
      (a, b) =>
        a.serviceName.localeCompare(b.serviceName) ||
        a.entityRef.localeCompare(b.entityRef),
    ),
    unmappedServices: services
      .filter(s => !mappedIds.has(s.id))
      .map(s => ({ serviceId: s.id, serviceName: s.name }))
      .sort((a, b) => a.serviceName.localeCompare(b.serviceName)),
    unmappedEntities: unmappedEntities.sort((a, b) =>
      a.entityRef.localeCompare(b.entityRef),
    ),
  };
}

function normalizeTeamName(name: string): string {
  return name
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/ (squad|team)$/, '')
    .replace(/ /g, '');
}

/**
 * Whether a PagerDuty team stands for a catalog group, comparing names with
 * case, punctuation and a trailing "squad" or "team" ignored:
 * "ACH Operations" matches the group ach-operations-squad.
 *
 * @public
 */
export function pagerDutyTeamMatchesGroup(
  teamName: string,
  groupNames: string[],
): boolean {
  const team = normalizeTeamName(teamName);
  return (
    team.length > 0 && groupNames.some(name => normalizeTeamName(name) === team)
  );
}

import {
  Entity,
  RELATION_DEPENDS_ON,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { hasPagerDutyService } from '@readiness/plugin-oncall-common';
import { READINESS_RELATIONS } from '@readiness/plugin-readiness-common';

function relatedRefs(
  entity: Entity,
  relationType: string,
  specValue: unknown,
  defaultKind: string,
): string[] {
  const fromRelations = (entity.relations ?? [])
    .filter(relation => relation.type === relationType)
    .map(relation => relation.targetRef);
  if (fromRelations.length > 0) {
    return fromRelations;
  }
  // Before the catalog has processed the entity, only the spec says it.
  const { namespace } = getCompoundEntityRef(entity);
  const values = Array.isArray(specValue) ? specValue : [specValue];
  return values
    .filter((value): value is string => typeof value === 'string')
    .map(value =>
      stringifyEntityRef(
        parseEntityRef(value, { defaultKind, defaultNamespace: namespace }),
      ),
    );
}

/**
 * The components and resources an alert watches.
 *
 * @public
 */
export function monitoredRefs(alert: Entity): string[] {
  return relatedRefs(
    alert,
    READINESS_RELATIONS.monitors,
    alert.spec?.monitors,
    'component',
  );
}

/**
 * The entities a component depends on.
 *
 * @public
 */
export function dependencyRefs(component: Entity): string[] {
  return relatedRefs(
    component,
    RELATION_DEPENDS_ON,
    component.spec?.dependsOn,
    'component',
  );
}

function byCountThenName(counts: Map<string, number>): string[] {
  return [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([ref]) => ref);
}

/**
 * The services to raise an incident on when a customer journey is broken,
 * most likely first: the components on PagerDuty that the journey's alerts
 * watch (the more alerts, the earlier), then those that the watched jobs not
 * on PagerDuty depend on.
 *
 * @param journeyAlerts - the alerts of the journey
 * @param components - the components they watch and those components' dependencies
 * @public
 */
export function rankJourneyServices(
  journeyAlerts: Entity[],
  components: Entity[],
): string[] {
  const byRef = new Map(components.map(c => [stringifyEntityRef(c), c]));
  const direct = new Map<string, number>();
  const indirect = new Map<string, number>();
  const count = (counts: Map<string, number>, ref: string) =>
    counts.set(ref, (counts.get(ref) ?? 0) + 1);

  for (const alert of journeyAlerts) {
    for (const ref of monitoredRefs(alert)) {
      const watched = byRef.get(ref);
      if (!watched) {
        continue;
      }
      if (hasPagerDutyService(watched)) {
        count(direct, ref);
        continue;
      }
      for (const dependencyRef of dependencyRefs(watched)) {
        const dependency = byRef.get(dependencyRef);
        if (dependency && hasPagerDutyService(dependency)) {
          count(indirect, dependencyRef);
        }
      }
    }
  }
  const ranked = byCountThenName(direct);
  return [
    ...ranked,
    ...byCountThenName(indirect).filter(ref => !direct.has(ref)),
  ];
}

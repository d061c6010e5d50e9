import {
  CATALOG_FILTER_EXISTS,
  EntityFilterQuery,
} from '@backstage/catalog-client';
import type { Entity } from '@backstage/catalog-model';

/**
 * The annotation naming an entity's PagerDuty service.
 *
 * @public
 */
export const PAGERDUTY_SERVICE_ID_ANNOTATION = 'pagerduty.com/service-id';

/**
 * The annotation holding an entity's Events API v2 integration key, as the
 * third-party PagerDuty card reads it. The portal's own records leave it out:
 * the catalog serves annotations to every signed-in reader, and the key lets
 * anyone who has it page the service. The on-call backend still honours it.
 *
 * @public
 */
export const PAGERDUTY_INTEGRATION_KEY_ANNOTATION =
  'pagerduty.com/integration-key';

/**
 * Whether an incident can be raised on the entity through PagerDuty: it names
 * its PagerDuty service (or, in catalogs that still carry routing keys, an
 * integration key); the on-call backend finds the routing key.
 *
 * @public
 */
export function hasPagerDutyService(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return Boolean(
    annotations[PAGERDUTY_SERVICE_ID_ANNOTATION] ||
      annotations[PAGERDUTY_INTEGRATION_KEY_ANNOTATION],
  );
}

/**
 * The catalog filter of the entities on PagerDuty (see {@link hasPagerDutyService}), of one kind
 * when given.
 *
 * @public
 */
export function onPagerDutyFilter(kind?: string): EntityFilterQuery {
  return [
    PAGERDUTY_SERVICE_ID_ANNOTATION,
    PAGERDUTY_INTEGRATION_KEY_ANNOTATION,
  ].map(annotation => ({
    ...(kind && { kind }),
    [`metadata.annotations.${annotation}`]: CATALOG_FILTER_EXISTS,
  }));
}

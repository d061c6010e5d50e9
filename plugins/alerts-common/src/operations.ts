import type { Entity } from '@backstage/catalog-model';

/**
 * Whether an entity has an operations view (`GET /operations`, the Operations tab): services
 * and jobs, and squads. Pages that count its alerts and procedures read them from that view.
 *
 * @public
 */
export function hasOperations(entity: Entity): boolean {
  if (entity.kind === 'Component') {
    return ['service', 'job'].includes(String(entity.spec?.type));
  }
  return entity.kind === 'Group' && entity.spec?.type === 'team';
}

import type { Entity } from '@backstage/catalog-model';

/**
 * The title the contracts send for a catalog entity, in the order Backstage presents one: its
 * `metadata.title`, else a person's or team's `spec.profile.displayName`, else its name.
 *
 * @public
 */
export function entityTitle(entity: Entity): string {
  const profile = (entity.spec?.profile ?? {}) as { displayName?: unknown };
  return (
    entity.metadata.title ||
    (typeof profile.displayName === 'string' && profile.displayName) ||
    entity.metadata.name
  );
}

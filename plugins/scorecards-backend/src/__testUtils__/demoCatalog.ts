import { Entity } from '@backstage/catalog-model';
import { entityRefKey } from '@readiness/plugin-readiness-common';

export { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';

/**
 * The ownership refs sign-in gives each demo person: themselves and the groups they are a member
 * of (`spec.memberOf`).
 */
export function demoOwnership(entities: Entity[]): Record<string, string[]> {
  return Object.fromEntries(
    entities
      .filter(entity => entity.kind === 'User')
      .map(user => {
        const ref = entityRefKey(user)!;
        const groups = (
          (user.spec?.memberOf as string[] | undefined) ?? []
        ).map(group => entityRefKey(group, 'group')!);
        return [ref, [ref, ...groups]];
      }),
  );
}

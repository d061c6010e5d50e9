import { Entity } from '@backstage/catalog-model';

/** The squad that owns every job and service of the tests' catalogs. */
export const squad: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ach-operations-squad', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

/** A job or service of the squad. */
export function squadComponent(
  name: string,
  type: 'job' | 'service',
  annotations?: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      ...(annotations && { annotations }),
    },
    spec: { type, owner: 'group:ach-operations-squad' },
  };
}

import { Entity } from '@backstage/catalog-model';
import { titleLookup } from './entityTitles';

const sam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'sam.lead' },
  spec: { profile: { displayName: 'Sam Lead' } },
};
const squad: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ach-squad', title: 'ACH Squad' },
  spec: {},
};

describe('entity titles', () => {
  it('finds the entity a record names, with or without kind and namespace', () => {
    const titleOf = titleLookup(
      new Map([
        ['user:default/sam.lead', sam],
        ['group:default/ach-squad', squad],
      ]),
    );
    expect(titleOf('sam.lead', 'user')).toBe('Sam Lead');
    expect(titleOf('group:default/ACH-Squad', 'group')).toBe('ACH Squad');
    expect(titleOf('nobody', 'user')).toBeUndefined();
    expect(titleOf('a:b:c/d', 'user')).toBeUndefined();
  });
});

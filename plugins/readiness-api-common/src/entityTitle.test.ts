import { Entity } from '@backstage/catalog-model';
import { entityTitle } from './entityTitle';

const entity = (metadata: Partial<Entity['metadata']>, spec?: object): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments-squad', ...metadata },
  spec: spec as Entity['spec'],
});

describe('entityTitle', () => {
  it("takes the entity's title first, as Backstage presents it", () => {
    expect(
      entityTitle(entity({ title: 'Payments Squad' }, { profile: { displayName: 'Payments' } })),
    ).toBe('Payments Squad');
  });

  it("then a person's or team's display name, then the name", () => {
    expect(entityTitle(entity({}, { profile: { displayName: 'Payments' } }))).toBe('Payments');
    expect(entityTitle(entity({}, { profile: {} }))).toBe('payments-squad');
    expect(entityTitle(entity({}))).toBe('payments-squad');
  });

  it('skips empty and malformed values', () => {
    expect(entityTitle(entity({ title: '' }, { profile: { displayName: 42 } }))).toBe(
      'payments-squad',
    );
  });
});

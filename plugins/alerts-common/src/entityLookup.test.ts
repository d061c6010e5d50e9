import { entityRefKey } from '@readiness/plugin-readiness-common';
import {
  createCatalogLookup,
  domainOfEntity,
} from './entityLookup';
import { testCatalog } from './testUtils/testCatalog';

describe('createCatalogLookup', () => {
  const lookup = createCatalogLookup(testCatalog);

  it('finds an entity by any spelling of its ref', () => {
    for (const ref of [
      'component:ach-service',
      'Component:default/ach-service',
      'COMPONENT:default/ach-service',
    ]) {
      expect(lookup.get(ref)?.metadata.name).toBe('ach-service');
    }
    expect(lookup.get('ach', 'system')?.kind).toBe('System');
    expect(lookup.get('component:nope')).toBeUndefined();
    expect(lookup.get('not a ref:')).toBeUndefined();
    expect(lookup.get(undefined)).toBeUndefined();
  });

  it('finds the catalog service of a PagerDuty service id', () => {
    expect(lookup.byPagerDutyServiceId('PACH001')?.metadata.name).toBe(
      'ach-service',
    );
    expect(lookup.byPagerDutyServiceId('PNONE')).toBeUndefined();
  });

  it('takes a prepared map of keys', () => {
    const map = new Map(testCatalog.map(e => [entityRefKey(e)!, e]));
    expect(createCatalogLookup(map).get('group:ach-squad')).toBe(
      testCatalog[3],
    );
  });
});

describe('domainOfEntity', () => {
  const lookup = createCatalogLookup(testCatalog);

  it('follows a component through its system', () => {
    expect(
      domainOfEntity(lookup.get('component:ach-file-0600'), lookup)?.metadata
        .name,
    ).toBe('transfers');
  });

  it("reads a squad's domain annotation", () => {
    expect(
      domainOfEntity(lookup.get('group:cards-squad'), lookup)?.metadata.name,
    ).toBe('payments');
  });

  it('has none for a component without a system', () => {
    expect(
      domainOfEntity(lookup.get('component:card-report'), lookup),
    ).toBeUndefined();
  });
});

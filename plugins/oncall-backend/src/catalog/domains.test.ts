import { Entity } from '@backstage/catalog-model';
import { createDomainResolver } from './domains';

function entity(kind: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, ...extra.metadata },
    spec: extra.spec,
  };
}

describe('createDomainResolver', () => {
  const domainOf = createDomainResolver({
    groups: [
      entity('Group', 'ach-operations-squad', {
        metadata: {
          name: 'ach-operations-squad',
          annotations: { 'readiness.dev/domain': 'transfers' },
        },
      }),
      entity('Group', 'platform-squad'),
      entity('Group', 'lonely-squad'),
    ],
    systems: [
      entity('System', 'ach', {
        spec: { domain: 'transfers', owner: 'ach-operations-squad' },
      }),
      entity('System', 'observability', {
        spec: { domain: 'platform', owner: 'group:platform-squad' },
      }),
      entity('System', 'ci', { spec: { domain: 'platform', owner: 'platform-squad' } }),
      entity('System', 'ledger', { spec: { domain: 'payments', owner: 'platform-squad' } }),
    ],
    components: [
      entity('Component', 'ach-origination-service', {
        spec: { system: 'ach', owner: 'lonely-squad' },
      }),
      entity('Component', 'nightly-export', {
        spec: { owner: 'group:default/ach-operations-squad' },
      }),
      entity('Component', 'orphan', { spec: { owner: 'lonely-squad' } }),
      entity('Component', 'malformed', { spec: { system: 'system:', owner: 42 } as any }),
    ],
  });

  it("takes a squad's domain from its annotation", () => {
    expect(domainOf('group:default/ach-operations-squad')).toBe(
      'domain:default/transfers',
    );
  });

  it('otherwise takes the domain most of its systems belong to', () => {
    expect(domainOf('group:default/platform-squad')).toBe('domain:default/platform');
  });

  it("takes a service's domain from its system, then from its owner", () => {
    expect(domainOf('component:default/ach-origination-service')).toBe(
      'domain:default/transfers',
    );
    expect(domainOf('component:default/nightly-export')).toBe(
      'domain:default/transfers',
    );
  });

  it('knows no domain for entities without one, or unknown and malformed refs', () => {
    expect(domainOf('group:default/lonely-squad')).toBeUndefined();
    expect(domainOf('component:default/orphan')).toBeUndefined();
    expect(domainOf('component:default/malformed')).toBeUndefined();
    expect(domainOf('component:default/unknown')).toBeUndefined();
    expect(domainOf('')).toBeUndefined();
  });
});

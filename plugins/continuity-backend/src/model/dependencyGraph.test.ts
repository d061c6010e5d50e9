import { Entity } from '@backstage/catalog-model';
import { buildDependencyGraph, reachableFrom } from './dependencyGraph';

const component = (name: string, spec: Record<string, unknown> = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  spec: { type: 'service', owner: 'group:a', ...spec },
});

const edges = (pairs: Array<[string, string]>) => {
  const map = new Map<string, Set<string>>();
  for (const [from, to] of pairs) {
    map.set(from, new Set([...(map.get(from) ?? []), to]));
  }
  return map;
};

describe('dependency graph', () => {
  it('reads dependencies from spec fields of components, systems, vendors and plans', () => {
    const graph = buildDependencyGraph([
      component('gateway', { dependsOn: ['component:ledger', 'resource:db'], system: 'payments' }),
      component('ledger', { subcomponentOf: 'gateway' }),
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: { name: 'db' },
        spec: { type: 'database', owner: 'group:a', system: 'payments' },
      },
      {
        apiVersion: 'readiness.dev/v1alpha1',
        kind: 'Vendor',
        metadata: { name: 'cloud' },
        spec: { supports: ['resource:db', 'system:payments'] },
      },
      {
        apiVersion: 'readiness.dev/v1alpha1',
        kind: 'ContinuityPlan',
        metadata: { name: 'payments-plan' },
        spec: {
          covers: ['system:payments'],
          dependsOn: ['vendor:cloud'],
          scenarios: [{ name: 'x', type: 'third-party', vendor: 'vendor:telco', response: 'y' }],
          bia: { rto: 'PT1H', rpo: 'PT5M' },
        },
      },
    ]);
    const dependencies = (ref: string) => [...(graph.dependsOn.get(ref) ?? [])].sort();
    expect(dependencies('component:default/gateway')).toEqual([
      'component:default/ledger',
      'resource:default/db',
    ]);
    expect(dependencies('system:default/payments')).toEqual([
      'component:default/gateway',
      'resource:default/db',
      'vendor:default/cloud',
    ]);
    expect(dependencies('resource:default/db')).toEqual(['vendor:default/cloud']);
    expect(dependencies('continuityplan:default/payments-plan')).toEqual([
      'system:default/payments',
      'vendor:default/cloud',
      'vendor:default/telco',
    ]);
    expect([...graph.dependents.get('vendor:default/cloud')!].sort()).toEqual([
      'continuityplan:default/payments-plan',
      'resource:default/db',
      'system:default/payments',
    ]);
    expect([...graph.coveredBy.get('system:default/payments')!]).toEqual([
      'continuityplan:default/payments-plan',
    ]);
    expect(dependencies('component:default/ledger')).toEqual([]);
  });

  it('skips refs it cannot read instead of failing', () => {
    const graph = buildDependencyGraph([component('a', { dependsOn: ['no-kind-here', 42] })]);
    expect(graph.dependsOn.get('component:default/a')).toBeUndefined();
  });

  it('reaches each node once at its shortest distance through diamonds and cycles', () => {
    // a -> b -> d, a -> c -> d (diamond), d -> e -> b (cycle back), e -> f
    const graph = edges([
      ['component:default/a', 'component:default/b'],
      ['component:default/a', 'component:default/c'],
      ['component:default/b', 'component:default/d'],
      ['component:default/c', 'component:default/d'],
      ['component:default/d', 'component:default/e'],
      ['component:default/e', 'component:default/b'],
      ['component:default/e', 'component:default/f'],
      ['component:default/f', 'component:default/a'],
    ]);
    const reached = reachableFrom('component:default/a', graph);
    expect(reached.map(node => [node.ref, node.depth])).toEqual([
      ['component:default/b', 1],
      ['component:default/c', 1],
      ['component:default/d', 2],
      ['component:default/e', 3],
      ['component:default/f', 4],
    ]);
    expect(reached.find(node => node.ref === 'component:default/d')!.path).toEqual([
      'component:default/a',
      'component:default/b',
      'component:default/d',
    ]);
    expect(reached.every(node => node.kind === 'component')).toBe(true);
    expect(reachableFrom('component:default/zzz', graph)).toEqual([]);
  });
});

import { Entity } from '@backstage/catalog-model';
import { buildDependencyGraph } from './dependencyGraph';
import {
  blastRadius,
  findRtoConflicts,
  recoveryObjectiveOf,
  rtoConflictsOf,
} from './recoveryObjectives';

const vendor = (name: string, maxTolerableOutage: string | undefined, supports: string[]): Entity => ({
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Vendor',
  metadata: { name },
  spec: { supports, ...(maxTolerableOutage ? { impactOfLoss: { summary: 'x', maxTolerableOutage } } : {}) },
});
const component = (name: string, dependsOn: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  spec: { type: 'service', dependsOn },
});
const plan = (name: string, rto: string, covers: string[], dependsOn: string[] = []): Entity => ({
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'ContinuityPlan',
  metadata: { name },
  spec: { covers, dependsOn, bia: { rto, rpo: 'PT5M' } },
});

// auth -> ledger and auth -> fraud -> ledger (a diamond); ledger -> auth (a cycle).
const graph = buildDependencyGraph([
  vendor('processor', 'PT4H', ['component:auth']),
  vendor('hsm', 'PT30M', ['component:auth']),
  vendor('corebank', 'PT8H', []),
  vendor('unknown-outage', undefined, ['component:fraud']),
  component('auth', ['component:ledger', 'component:fraud']),
  component('fraud', ['component:ledger']),
  component('ledger', ['component:auth', 'vendor:corebank']),
  plan('cards', 'PT1H', ['component:auth'], ['vendor:processor']),
  plan('accounts', 'PT4H', ['component:ledger']),
]);

const CARDS = 'continuityplan:default/cards';
const ACCOUNTS = 'continuityplan:default/accounts';

describe('recovery objectives and RTO conflicts', () => {
  it('takes a vendor outage or the strictest RTO of the other plans covering a node', () => {
    expect(recoveryObjectiveOf(graph, 'vendor:default/processor')).toEqual({
      duration: 'PT4H',
      seconds: 14_400,
      source: 'vendor:default/processor',
      basis: 'vendor-max-tolerable-outage',
    });
    expect(recoveryObjectiveOf(graph, 'component:default/ledger', CARDS)).toMatchObject({
      duration: 'PT4H',
      source: ACCOUNTS,
      basis: 'plan-rto',
    });
    // A plan owns the recovery of what it covers itself.
    expect(recoveryObjectiveOf(graph, 'component:default/ledger', ACCOUNTS)).toBeUndefined();
    expect(recoveryObjectiveOf(graph, 'component:default/fraud')).toBeUndefined();
    expect(recoveryObjectiveOf(graph, 'vendor:default/unknown-outage')).toBeUndefined();
  });

  it('flags every dependency, direct or transitive, slower than a plan RTO, once each', () => {
    const conflicts = rtoConflictsOf(graph, CARDS);
    expect(
      conflicts.map(c => [c.dependency, c.dependencyObjective.duration, c.path.length - 1]),
    ).toEqual([
      ['vendor:default/processor', 'PT4H', 1],
      ['component:default/ledger', 'PT4H', 2],
      ['vendor:default/corebank', 'PT8H', 3],
    ]);
    expect(conflicts[2].path).toEqual([
      CARDS,
      'component:default/auth',
      'component:default/ledger',
      'vendor:default/corebank',
    ]);
    expect(conflicts.every(c => c.plan === CARDS && c.planRto === 'PT1H')).toBe(true);
    // Equal objectives are no conflict: the processor's 4 hours fit the 4-hour RTO.
    expect(rtoConflictsOf(graph, ACCOUNTS).map(c => c.dependency)).toEqual([
      'vendor:default/corebank',
    ]);
    expect(findRtoConflicts(graph).map(c => c.plan)).toEqual([ACCOUNTS, CARDS, CARDS, CARDS]);
  });

  it('finds the blast radius of a vendor through cycles and diamonds, and the RTOs it breaks', () => {
    const radius = blastRadius(graph, 'vendor:default/corebank');
    expect(radius.dependents.map(node => [node.ref, node.depth])).toEqual([
      ['component:default/ledger', 1],
      ['component:default/auth', 2],
      ['component:default/fraud', 2],
      [ACCOUNTS, 2],
      [CARDS, 3],
    ]);
    expect(radius.sourceObjective?.duration).toBe('PT8H');
    expect(radius.brokenRtos.map(c => [c.plan, c.planRto, c.path])).toEqual([
      [ACCOUNTS, 'PT4H', [ACCOUNTS, 'component:default/ledger', 'vendor:default/corebank']],
      [
        CARDS,
        'PT1H',
        [CARDS, 'component:default/auth', 'component:default/ledger', 'vendor:default/corebank'],
      ],
    ]);
  });

  it('finds the RTOs a service would break from the plans that cover it', () => {
    const radius = blastRadius(graph, 'component:default/ledger');
    expect(radius.dependents.map(node => node.ref)).toEqual([
      'component:default/auth',
      'component:default/fraud',
      ACCOUNTS,
      CARDS,
    ]);
    expect(radius.brokenRtos.map(c => c.plan)).toEqual([CARDS]);
    expect(blastRadius(graph, 'vendor:default/hsm').brokenRtos).toEqual([]);
    expect(blastRadius(graph, 'vendor:default/nobody').dependents).toEqual([]);
  });
});

import { criticalPlansByOwner, policiesByEntity } from './factIndex';
import type { EscalationPolicyFacts, PlanRecoveryFacts } from './evaluators';

function policy(id: string, entityRef: string): EscalationPolicyFacts {
  return { id, entityRef, name: id, levels: [] };
}

function plan(ref: string, owner: string): PlanRecoveryFacts {
  return { ref, title: ref, owner, recovery: 'proven' };
}

describe('policiesByEntity', () => {
  it('groups the policies by lower-case entity ref, in their order', () => {
    const policies = [
      policy('P1', 'group:default/ACH-Squad'),
      policy('P2', 'group:default/wires-squad'),
      policy('P3', 'group:default/ach-squad'),
    ];
    const byEntity = policiesByEntity(policies);
    expect(
      byEntity.get('group:default/ach-squad')?.map(({ id }) => id),
    ).toEqual(['P1', 'P3']);
    expect(
      byEntity.get('group:default/wires-squad')?.map(({ id }) => id),
    ).toEqual(['P2']);
    expect(byEntity.size).toBe(2);
  });

  it('groups a list once, and another list anew', () => {
    const policies = [policy('P1', 'group:default/ach-squad')];
    expect(policiesByEntity(policies)).toBe(policiesByEntity(policies));
    const other = [policy('P2', 'group:default/ach-squad')];
    expect(policiesByEntity(other).get('group:default/ach-squad')?.[0].id).toBe(
      'P2',
    );
  });
});

describe('criticalPlansByOwner', () => {
  it('groups the plans by full group ref, leaving out owners that are not refs', () => {
    const plans = [
      plan('continuityplan:default/ach', 'ach-squad'),
      plan('continuityplan:default/wires', 'group:default/Wires-Squad'),
      plan('continuityplan:default/ach-files', 'group:ach-squad'),
      plan('continuityplan:default/broken', 'user:'),
    ];
    const byOwner = criticalPlansByOwner(plans);
    expect(byOwner.get('group:default/ach-squad')?.map(p => p.ref)).toEqual([
      'continuityplan:default/ach',
      'continuityplan:default/ach-files',
    ]);
    expect(byOwner.get('group:default/wires-squad')?.map(p => p.ref)).toEqual([
      'continuityplan:default/wires',
    ]);
    expect([...byOwner.keys()]).toEqual([
      'group:default/ach-squad',
      'group:default/wires-squad',
    ]);
  });
});

import { computeSquadLevel } from './levels';
import {
  automaticCheck,
  testCapabilityModel,
} from '../__testUtils__/capabilityModel';
import type { CheckResult } from '@readiness/plugin-scorecards-common';

const model = testCapabilityModel(3, [
  {
    id: 'ci',
    title: 'CI',
    level: 1,
    category: 'delivery',
    type: 'attestation',
    howToFix: 'Add CI.',
  },
  automaticCheck('escalation', 'Escalation', 1, 'operations', 'x'),
  automaticCheck('paired', 'Paired', 2, 'operations', 'y'),
  automaticCheck('game-day', 'Game day', 3, 'resilience', 'z'),
]);

const results = (statuses: Record<string, CheckResult['status']>) =>
  Object.entries(statuses).map(([checkId, status]) => ({
    checkId,
    status,
    summary: `${checkId} ${status}`,
  }));

describe('computeSquadLevel', () => {
  it('is 0 with the level-1 blockers while a level-1 check fails', () => {
    const level = computeSquadLevel(
      model,
      results({
        ci: 'fail',
        escalation: 'pass',
        paired: 'pass',
        'game-day': 'pass',
      }),
    );
    expect(level).toEqual({
      level: 0,
      name: undefined,
      next: {
        level: 1,
        name: 'Foundational',
        blockers: [
          {
            checkId: 'ci',
            title: 'CI',
            level: 1,
            type: 'attestation',
            status: 'fail',
            summary: 'ci fail',
            howToFix: 'Add CI.',
          },
        ],
      },
    });
  });

  it('counts waived checks as met and stops at the first level with an unmet check', () => {
    const level = computeSquadLevel(
      model,
      results({
        ci: 'pass',
        escalation: 'waived',
        paired: 'no-data',
        'game-day': 'pass',
      }),
    );
    expect(level.level).toBe(1);
    expect(level.name).toBe('Foundational');
    expect(level.next?.level).toBe(2);
    expect(level.next?.blockers.map(b => [b.checkId, b.status])).toEqual([
      ['paired', 'no-data'],
    ]);
  });

  it('treats a check without a result as blocking', () => {
    const level = computeSquadLevel(
      model,
      results({ ci: 'pass', escalation: 'pass', paired: 'pass' }),
    );
    expect(level.level).toBe(2);
    expect(level.next?.blockers[0]).toMatchObject({
      checkId: 'game-day',
      status: 'no-data',
    });
  });

  it('reaches the top level with nothing next when every check is met', () => {
    const level = computeSquadLevel(
      model,
      results({
        ci: 'pass',
        escalation: 'pass',
        paired: 'waived',
        'game-day': 'pass',
      }),
    );
    expect(level).toEqual({ level: 3, name: 'Excellent' });
  });
});

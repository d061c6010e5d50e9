import { finalShifts } from '../account/oncall';
import { TEST_NOW } from '../testing/contractClient';
import { buildSyntheticAccount } from './syntheticAccount';

describe('the synthetic account', () => {
  it('has the requested number of services and schedules, for a benchmark', () => {
    const { account } = buildSyntheticAccount(
      { services: 1000, schedules: 300 },
      { seed: 1, now: TEST_NOW, subdomain: 'synthetic' },
    );
    expect(account.services.size).toBe(1000);
    expect(account.schedules.size).toBe(300);
    expect(account.teams.size).toBe(100);
    expect(account.escalationPolicies.size).toBe(100);
    expect(account.users.size).toBe(600);
    expect(account.incidents.size).toBeGreaterThan(3000);
    const open = [...account.incidents.values()].filter(
      i => i.status !== 'resolved',
    );
    expect(open).toHaveLength(10);
    for (const schedule of account.schedules.values()) {
      expect(finalShifts(schedule, TEST_NOW, TEST_NOW)).toHaveLength(1);
    }
  });

  it('spreads schedules that do not divide evenly over the teams', () => {
    const { account } = buildSyntheticAccount(
      { services: 5, schedules: 7, historyMonths: 1 },
      { seed: 1, now: TEST_NOW, subdomain: 'synthetic' },
    );
    expect(account.schedules.size).toBe(7);
    expect(
      [...account.escalationPolicies.values()].map(p => p.rules.length),
    ).toEqual([3, 3, 1]);
  });
});

import type { ContinuityPlanRow } from '@readiness/plugin-continuity-common';
import {
  countByRecovery,
  recoveryListHref,
  unprovenRecoveries,
} from './recoveryRows';

const plan = (name: string, recovery: ContinuityPlanRow['recovery']) =>
  ({
    ref: `continuityplan:default/${name}`,
    name,
    title: `${name} plan`,
    function: `${name} function`,
    recovery,
  } as ContinuityPlanRow);

describe('recovery rows', () => {
  const plans = [
    plan('wires', 'at-risk'),
    plan('platform', 'proven'),
    plan('onboarding', 'unproven'),
    plan('cards', 'breached'),
    plan('ach', 'breached'),
  ];

  it('counts every status, those without plans as zero', () => {
    expect(countByRecovery(plans)).toEqual({
      breached: 2,
      'at-risk': 1,
      unproven: 1,
      proven: 1,
    });
    expect(countByRecovery([])).toEqual({
      breached: 0,
      'at-risk': 0,
      unproven: 0,
      proven: 0,
    });
  });

  it('lists the plans not proven, breached first, each opening its plan', () => {
    expect(unprovenRecoveries(plans)).toEqual([
      {
        key: 'continuityplan:default/ach',
        title: 'ach function',
        detail: 'Breached · ach plan',
        href: '/catalog/default/continuityplan/ach/continuity',
      },
      {
        key: 'continuityplan:default/cards',
        title: 'cards function',
        detail: 'Breached · cards plan',
        href: '/catalog/default/continuityplan/cards/continuity',
      },
      {
        key: 'continuityplan:default/wires',
        title: 'wires function',
        detail: 'At risk · wires plan',
        href: '/catalog/default/continuityplan/wires/continuity',
      },
      {
        key: 'continuityplan:default/onboarding',
        title: 'onboarding function',
        detail: 'Unproven · onboarding plan',
        href: '/catalog/default/continuityplan/onboarding/continuity',
      },
    ]);
  });

  it('links the plans list filtered by status', () => {
    expect(recoveryListHref('at-risk')).toBe(
      '/continuity/plans?recovery=at-risk',
    );
  });
});

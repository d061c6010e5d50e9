import type { ActionItem } from '@readiness/plugin-postmortems-common';
import { describeAction } from './actionRows';

const action: ActionItem = {
  id: 'postmortem:default/pm-1#0',
  source: {
    kind: 'Postmortem',
    ref: 'postmortem:default/pm-1',
    title: 'ACH file late',
  },
  title: 'Alert on missing acknowledgement file',
  category: 'monitoring',
  term: 'short',
  owner: 'user:default/ada.engineer',
  ownerSquad: 'group:default/ach-operations-squad',
  due: '2026-11-20',
  status: 'open',
  overdue: true,
  daysOverdue: 16,
};

describe('describeAction', () => {
  it('says who owns an overdue action, how late it is and where it came from', () => {
    expect(describeAction(action)).toEqual({
      title: 'Alert on missing acknowledgement file',
      detail: 'ada.engineer · overdue by 16 days · from ACH file late',
      href: '/catalog/default/postmortem/pm-1',
    });
  });

  it('gives the due date of an action not yet late', () => {
    expect(
      describeAction({
        ...action,
        overdue: false,
        daysOverdue: 0,
        owner: 'group:default/ach-operations-squad',
      }).detail,
    ).toBe('ach-operations-squad · due 2026-11-20 · from ACH file late');
  });
});

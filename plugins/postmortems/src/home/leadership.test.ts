import type { ActionItem } from '@readiness/plugin-postmortems-common';
import {
  describeLatePostmortem,
  describeTrend,
  domainTrends,
  overdueActionsBySquad,
  trailingYearWindows,
} from './leadership';

const action = (
  ownerSquad: string | undefined,
  daysOverdue: number,
): ActionItem => ({
  id: `postmortem:default/pm#${ownerSquad}-${daysOverdue}`,
  source: { kind: 'Postmortem', ref: 'postmortem:default/pm', title: 'PM' },
  title: 'Fix it',
  category: 'monitoring',
  term: 'short',
  owner: 'user:default/kim',
  ownerSquad,
  due: '2026-11-01',
  status: 'open',
  overdue: daysOverdue > 0,
  daysOverdue,
});

describe('overdueActionsBySquad', () => {
  it('counts overdue actions per squad, most first, skipping those not yet late', () => {
    expect(
      overdueActionsBySquad([
        action('group:default/cards', 3),
        action('group:default/ach', 10),
        action('group:default/cards', 20),
        action('group:default/ach', 0),
        action(undefined, 5),
      ]),
    ).toEqual([
      { squad: 'group:default/cards', overdue: 2, mostDaysOverdue: 20 },
      { squad: 'group:default/ach', overdue: 1, mostDaysOverdue: 10 },
      { squad: 'user:default/kim', overdue: 1, mostDaysOverdue: 5 },
    ]);
  });
});

describe('describeLatePostmortem', () => {
  it('says whose post-mortem it is and how far past the deadline', () => {
    expect(
      describeLatePostmortem(
        {
          ref: 'postmortem:default/ach-late',
          title: 'ACH file late',
          owner: 'group:default/ach-operations-squad',
          publication: { state: 'overdue', deadline: '2026-11-15' },
        },
        '2026-11-22',
      ),
    ).toEqual({
      title: 'ACH file late',
      detail:
        'ach-operations-squad · unpublished, 7 days past the deadline (2026-11-15)',
      href: '/catalog/default/postmortem/ach-late',
    });
  });
});

describe('trailingYearWindows', () => {
  it('ends a year-long window at each quarter end, the current one today', () => {
    expect(trailingYearWindows('2026-11-22', 4)).toEqual([
      { quarter: '2026-Q1', from: '2025-04-01', to: '2026-03-31' },
      { quarter: '2026-Q2', from: '2025-07-01', to: '2026-06-30' },
      { quarter: '2026-Q3', from: '2025-10-01', to: '2026-09-30' },
      { quarter: '2026-Q4', from: '2025-11-23', to: '2026-11-22' },
    ]);
  });

  it('crosses into the year before', () => {
    expect(trailingYearWindows('2026-02-10', 2)[0]).toEqual({
      quarter: '2025-Q4',
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });
});

describe('domainTrends', () => {
  const figures = (key: string, incidents: number, mttr?: number) => ({
    key,
    incidents,
    customerImpacting: incidents,
    mttrMinutes: mttr,
    mtbfDays: incidents > 1 ? 30 : undefined,
  });

  it('lines up each domain across the windows, busiest lately first', () => {
    const trends = domainTrends([
      { quarter: '2026-Q3', figures: [figures('domain:default/cards', 1, 90)] },
      {
        quarter: '2026-Q4',
        figures: [
          figures('domain:default/cards', 1, 60),
          figures('domain:default/transfers', 3, 150),
        ],
      },
    ]);
    expect(trends.map(trend => trend.domain)).toEqual([
      'domain:default/transfers',
      'domain:default/cards',
    ]);
    expect(describeTrend(trends[0])).toEqual({
      mttr: 'MTTR — → 2 h 30 min',
      mtbf: 'MTBF — → 30 d',
    });
    expect(describeTrend(trends[1])).toEqual({
      mttr: 'MTTR 1 h 30 min → 1 h',
      mtbf: 'MTBF — → —',
    });
  });
});

import type { CapabilityCheck } from '@readiness/plugin-readiness-common';
import {
  ContinuityFacts,
  evaluateAutomaticCheck,
  PagerDutyFacts,
  SCORECARD_EVALUATORS,
  ScorecardEvaluationContext,
} from './evaluators';
import { indexScorecardRecords } from './recordIndex';
import { NOW, scorecardTestEntities } from '../__testUtils__/testRecords';

const records = indexScorecardRecords(
  scorecardTestEntities,
  { kind: 'Group', type: 'team' },
  NOW,
);

const pagerDuty: PagerDutyFacts = {
  users: {
    available: true,
    value: [
      { name: 'Gina', email: 'GINA@example.com' },
      { name: 'Gus', userRef: 'user:default/gus' },
      { name: 'Paul', email: 'paul@example.com' },
    ],
  },
  policies: {
    available: true,
    value: [
      {
        entityRef: 'group:default/good-squad',
        id: 'P1',
        name: 'Good squad',
        url: 'https://pd.example/P1',
        levels: [
          {
            level: 1,
            now: [
              { name: 'Gina', scheduleName: 'Good primary' },
              {
                name: 'Gus',
                userRef: 'user:default/gus',
                scheduleName: 'Good secondary',
              },
            ],
          },
          { level: 2, now: [{ name: 'Lead' }] },
        ],
      },
      {
        entityRef: 'group:default/poor-squad',
        id: 'P2',
        name: 'Poor squad',
        levels: [
          {
            level: 1,
            now: [{ name: 'Paul', scheduleName: 'Poor rota' }, { name: 'Pam' }],
          },
        ],
      },
    ],
  },
};

const continuity: ContinuityFacts = {
  criticalPlans: {
    available: true,
    value: [
      {
        ref: 'continuityplan:default/good-payments',
        title: 'Good payments plan',
        owner: 'group:good-squad',
        recovery: 'proven',
      },
      {
        ref: 'continuityplan:default/poor-cards',
        title: 'Poor cards plan',
        owner: 'group:default/poor-squad',
        recovery: 'breached',
      },
      {
        ref: 'continuityplan:default/poor-wires',
        title: 'Poor wires plan',
        owner: 'poor-squad',
        recovery: 'at-risk',
      },
      {
        ref: 'continuityplan:default/poor-ledger',
        title: 'Poor ledger plan',
        owner: 'group:poor-squad',
        recovery: 'proven',
      },
    ],
  },
};

function evaluate(
  evaluator: string,
  squad: string,
  facts: PagerDutyFacts = pagerDuty,
  continuityFacts: ContinuityFacts = continuity,
) {
  const check: CapabilityCheck = {
    id: evaluator,
    title: evaluator,
    level: 1,
    category: 'operations',
    type: 'automatic',
    evaluator,
  };
  const context: ScorecardEvaluationContext = {
    squad: records.squads.find(s => s.ref === `group:default/${squad}`)!,
    records,
    pagerDuty: facts,
    continuity: continuityFacts,
    now: NOW,
  };
  return evaluateAutomaticCheck(check, context);
}

const unavailable: PagerDutyFacts = {
  users: { available: false, reason: 'The on-call backend answered 503.' },
  policies: { available: false, reason: 'The on-call backend answered 503.' },
};

describe('the automatic checks', () => {
  it('finds both squads with their members', () => {
    expect(
      records.squads.map(s => [s.ref, s.domain, s.members.map(m => m.ref)]),
    ).toEqual([
      [
        'group:default/good-squad',
        'payments',
        ['user:default/gina', 'user:default/gus'],
      ],
      [
        'group:default/poor-squad',
        'payments',
        ['user:default/pam', 'user:default/paul'],
      ],
    ]);
  });

  it('pagerduty-members: matches members by e-mail or catalog ref', () => {
    expect(evaluate('pagerduty-members', 'good-squad')).toEqual({
      status: 'pass',
      summary: 'All 2 members have a PagerDuty user.',
      items: [],
    });
    expect(evaluate('pagerduty-members', 'poor-squad')).toEqual({
      status: 'fail',
      summary: '1 of 2 members have no PagerDuty user.',
      items: [
        {
          title: 'pam',
          entityRef: 'user:default/pam',
          detail: 'no PagerDuty user with pam@example.com',
        },
      ],
    });
  });

  it('pagerduty-escalation-levels: needs two levels in every policy of the squad', () => {
    expect(evaluate('pagerduty-escalation-levels', 'good-squad').status).toBe(
      'pass',
    );
    expect(evaluate('pagerduty-escalation-levels', 'poor-squad')).toEqual({
      status: 'fail',
      summary:
        "1 of the squad's 1 escalation policies has fewer than two levels.",
      items: [{ title: 'Poor squad', url: undefined, detail: '1 level' }],
    });
  });

  it('pagerduty-paired-rota: needs two people on call through schedules', () => {
    expect(evaluate('pagerduty-paired-rota', 'good-squad')).toMatchObject({
      status: 'pass',
      summary: "2 people are on call now through the squad's schedules.",
    });
    expect(evaluate('pagerduty-paired-rota', 'poor-squad')).toMatchObject({
      status: 'fail',
      summary: "Only one person is on call now through the squad's schedules.",
    });
  });

  it('the PagerDuty checks have no data, with the reason, when the on-call backend is unavailable', () => {
    for (const evaluator of [
      'pagerduty-members',
      'pagerduty-escalation-levels',
      'pagerduty-paired-rota',
    ]) {
      expect(evaluate(evaluator, 'good-squad', unavailable)).toEqual({
        status: 'no-data',
        summary: 'The on-call backend answered 503.',
        items: [],
      });
    }
  });

  it('the PagerDuty policy checks fail for a squad without a policy', () => {
    const none: PagerDutyFacts = {
      ...pagerDuty,
      policies: { available: true, value: [] },
    };
    expect(
      evaluate('pagerduty-escalation-levels', 'good-squad', none).summary,
    ).toBe('No PagerDuty escalation policy is mapped to this squad.');
    expect(evaluate('pagerduty-paired-rota', 'good-squad', none).status).toBe(
      'fail',
    );
  });

  it('critical-job-coverage: every critical job has a positive paging alert', () => {
    expect(evaluate('critical-job-coverage', 'good-squad')).toMatchObject({
      status: 'pass',
      summary: "The squad's one critical job has a positive paging alert.",
    });
    const poor = evaluate('critical-job-coverage', 'poor-squad');
    expect(poor.status).toBe('fail');
    expect(poor.summary).toBe(
      '2 of 2 critical jobs have no positive paging alert.',
    );
    expect(poor.items.map(i => i.entityRef)).toEqual([
      'component:default/poor-file',
      'component:default/poor-other-file',
    ]);
  });

  it('paging-alerts-have-sops: every paging alert has an SOP reviewed within its interval', () => {
    expect(evaluate('paging-alerts-have-sops', 'good-squad').status).toBe(
      'pass',
    );
    const poor = evaluate('paging-alerts-have-sops', 'poor-squad');
    expect(poor.summary).toBe('3 of 3 paging alerts lack a reviewed SOP.');
    expect(poor.items.map(i => [i.entityRef, i.detail])).toEqual([
      ['alert:default/poor-api-down', 'names no SOP'],
      [
        'alert:default/poor-api-slow',
        'its SOP poor-sop was due for review on 2026-07-10',
      ],
      [
        'alert:default/poor-api-gone',
        'its SOP procedure:missing-sop does not exist',
      ],
    ]);
  });

  it('postmortems-on-time: recent post-mortems published within three days of resolution', () => {
    expect(evaluate('postmortems-on-time', 'good-squad').summary).toBe(
      "The squad's one post-mortem of the last 180 days was published within 3 days.",
    );
    const poor = evaluate('postmortems-on-time', 'poor-squad');
    expect(poor.status).toBe('fail');
    expect(poor.items.map(i => [i.entityRef, i.detail])).toEqual([
      [
        'postmortem:default/poor-late',
        'published 8 days after resolution (deadline 2026-10-04)',
      ],
      [
        'postmortem:default/poor-unpublished',
        'not published, deadline was 2026-11-13',
      ],
    ]);
  });

  it('no-overdue-actions: no open action of the squad or its members is past due', () => {
    expect(evaluate('no-overdue-actions', 'good-squad')).toMatchObject({
      status: 'pass',
      summary: 'None of 1 open action is past its due date.',
    });
    const poor = evaluate('no-overdue-actions', 'poor-squad');
    expect(poor.status).toBe('fail');
    expect(poor.items).toEqual([
      {
        title: 'Fix the cron',
        entityRef: 'postmortem:default/poor-unpublished',
        detail: 'due 2026-11-01, 21 days overdue (poor-unpublished)',
      },
    ]);
  });

  it('recent-game-day: a game day held (with a result) within 90 days, owned or taken part in', () => {
    expect(evaluate('recent-game-day', 'good-squad')).toMatchObject({
      status: 'pass',
      summary: 'Last game day 38 days ago.',
    });
    expect(evaluate('recent-game-day', 'poor-squad')).toMatchObject({
      status: 'fail',
      summary: 'Last game day 205 days ago, more than 90.',
    });
  });

  it('plans-reviewed: continuity plans reviewed within 12 months', () => {
    expect(evaluate('plans-reviewed', 'good-squad').status).toBe('pass');
    expect(
      evaluate('plans-reviewed', 'poor-squad').items.map(i => i.detail),
    ).toEqual(['last reviewed 2025-10-01, due 2026-10-01', 'never reviewed']);
  });

  it("vendor-reviews-current: each owned vendor's latest review of each type is not overdue", () => {
    expect(evaluate('vendor-reviews-current', 'good-squad').status).toBe(
      'pass',
    );
    expect(
      evaluate('vendor-reviews-current', 'poor-squad').items.map(i => [
        i.entityRef,
        i.detail,
      ]),
    ).toEqual([
      ['vendor:default/poor-vendor', 'security review was due on 2026-01-10'],
      ['vendor:default/poor-unreviewed-vendor', 'no security review on record'],
    ]);
  });

  it('critical-recovery-proven: every critical function the squad owns has its recovery proven', () => {
    expect(evaluate('critical-recovery-proven', 'good-squad')).toEqual({
      status: 'pass',
      summary:
        "The squad's one critical function has its recovery proven by an exercise within 12 months and real incidents.",
      items: [],
    });
    const poor = evaluate('critical-recovery-proven', 'poor-squad');
    expect(poor.status).toBe('fail');
    expect(poor.summary).toBe(
      '2 of 3 critical functions without proven recovery.',
    );
    expect(poor.items).toEqual([
      {
        title: 'Poor cards plan',
        entityRef: 'continuityplan:default/poor-cards',
        detail: "Breached: see the plan's recovery evidence",
      },
      {
        title: 'Poor wires plan',
        entityRef: 'continuityplan:default/poor-wires',
        detail: "At risk: see the plan's recovery evidence",
      },
    ]);
    expect(
      evaluate('critical-recovery-proven', 'good-squad', pagerDuty, {
        criticalPlans: { available: true, value: [] },
      }).summary,
    ).toBe('The squad owns no critical function’s continuity plan.');
    expect(
      evaluate('critical-recovery-proven', 'good-squad', pagerDuty, {
        criticalPlans: {
          available: false,
          reason: 'The continuity backend answered 503.',
        },
      }),
    ).toEqual({
      status: 'no-data',
      summary: 'The continuity backend answered 503.',
      items: [],
    });
  });

  it('a check naming an unknown evaluator has no data', () => {
    expect(evaluate('lines-of-code', 'good-squad')).toEqual({
      status: 'no-data',
      summary: 'This portal has no evaluator named "lines-of-code".',
      items: [],
    });
  });

  it('has an evaluator for every automatic check of the demo model', () => {
    expect(Object.keys(SCORECARD_EVALUATORS).sort()).toEqual([
      'critical-job-coverage',
      'critical-recovery-proven',
      'no-overdue-actions',
      'pagerduty-escalation-levels',
      'pagerduty-members',
      'pagerduty-paired-rota',
      'paging-alerts-have-sops',
      'plans-reviewed',
      'postmortems-on-time',
      'recent-game-day',
      'vendor-reviews-current',
    ]);
  });
});

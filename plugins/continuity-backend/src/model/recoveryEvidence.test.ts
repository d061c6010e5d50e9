import { Entity } from '@backstage/catalog-model';
import {
  ContinuityPlanEntity,
  ExerciseEntity,
  PostmortemEntity,
} from '@readiness/plugin-readiness-common';
import { RtoConflict } from '@readiness/plugin-continuity-common';
import {
  componentTree,
  coveredComponents,
  lastMeasuredExercise,
  percentile90,
  recoveryEvidence,
  RecoveryInputs,
  RecoverySources,
} from './recoveryEvidence';

const TODAY = '2026-11-22';

const plan: ContinuityPlanEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'ContinuityPlan',
  metadata: { name: 'card-payments-continuity' },
  spec: {
    function: 'Card payments',
    owner: 'group:cards-squad',
    criticality: 'critical',
    covers: ['system:card-processing', 'component:payment-gateway'],
    bia: { rto: 'PT1H', rpo: 'PT5M', mtpd: 'PT4H' },
  },
};

const exercise = (
  name: string,
  date: string,
  measured: string | undefined,
  result: ExerciseEntity['spec']['result'] = 'passed',
  type: ExerciseEntity['spec']['type'] = 'game-day',
): ExerciseEntity => ({
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Exercise',
  metadata: { name },
  spec: {
    type,
    date,
    owner: 'group:cards-squad',
    scenario: 'Processor lost',
    plans: ['continuityplan:card-payments-continuity'],
    result,
    ...(measured ? { measured: { rto: measured } } : {}),
  },
});

const postmortem = (
  name: string,
  startedAt: string,
  resolvedAt: string,
  services: string[],
  incidents: string[] = [],
  reviewType: PostmortemEntity['spec']['reviewType'] = 'incident',
  mitigatedAt?: string,
): PostmortemEntity => ({
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Postmortem',
  metadata: { name },
  spec: {
    reviewType,
    status: 'published',
    owner: 'group:cards-squad',
    startedAt,
    mitigatedAt,
    resolvedAt,
    services,
    incidents,
    summary: 'x',
  },
});

const conflict: RtoConflict = {
  plan: 'continuityplan:default/card-payments-continuity',
  planRto: 'PT1H',
  planRtoSeconds: 3600,
  dependency: 'vendor:default/tessera',
  dependencyObjective: {
    duration: 'PT4H',
    seconds: 14400,
    source: 'vendor:default/tessera',
    basis: 'vendor-max-tolerable-outage',
  },
  path: [
    'continuityplan:default/card-payments-continuity',
    'vendor:default/tessera',
  ],
};

const inputs = (overrides: Partial<RecoveryInputs> = {}): RecoveryInputs => ({
  plan,
  today: TODAY,
  months: 12,
  exercises: [exercise('recent-game-day', '2026-10-21', 'PT47M')],
  postmortems: [],
  incidents: { available: true, items: [] },
  covered: new Set(['component:default/payment-gateway']),
  conflicts: [],
  ...overrides,
});

describe('recoveryEvidence', () => {
  it('is proven by a measured exercise within 12 months and nothing longer than the RTO', () => {
    const evidence = recoveryEvidence(inputs());
    expect(evidence.status).toBe('proven');
    expect(evidence.lastExercise).toMatchObject({
      ref: 'exercise:default/recent-game-day',
      measuredSeconds: 2820,
      exceedsRto: false,
      recent: true,
    });
    expect(evidence.declared).toEqual({
      rto: 'PT1H',
      rpo: 'PT5M',
      mtpd: 'PT4H',
      rtoSeconds: 3600,
    });
    expect(evidence.period).toEqual({
      months: 12,
      since: '2025-11-22',
      until: TODAY,
    });
  });

  it('counts an exercise held exactly 12 months ago, and not one a day older', () => {
    expect(
      recoveryEvidence(
        inputs({ exercises: [exercise('edge', '2025-11-22', 'PT30M')] }),
      ).status,
    ).toBe('proven');
    const older = recoveryEvidence(
      inputs({ exercises: [exercise('old', '2025-11-21', 'PT30M')] }),
    );
    expect(older.status).toBe('unproven');
    expect(older.lastExercise).toMatchObject({
      ref: 'exercise:default/old',
      recent: false,
    });
  });

  it('is unproven without a held game day or DR test that measured a recovery', () => {
    const exercises = [
      exercise('game-day-without-timing', '2026-09-01', undefined),
      exercise(
        'table-top-estimate',
        '2026-10-01',
        'PT30M',
        'passed',
        'table-top',
      ),
      // Planned: no result yet.
      {
        ...exercise('planned', '2026-11-01', 'PT10M'),
        spec: {
          ...exercise('planned', '2026-11-01', 'PT10M').spec,
          result: undefined,
        },
      },
      exercise('after-today', '2026-12-01', 'PT10M'),
    ];
    const evidence = recoveryEvidence(inputs({ exercises }));
    expect(evidence.status).toBe('unproven');
    expect(evidence.lastExercise).toBeUndefined();
  });

  it('takes a recovery exactly as long as the RTO as met, and one a second longer as breached', () => {
    expect(
      recoveryEvidence(
        inputs({ exercises: [exercise('equal', '2026-10-21', 'PT1H')] }),
      ).status,
    ).toBe('proven');
    const longer = recoveryEvidence(
      inputs({ exercises: [exercise('longer', '2026-10-21', 'PT1H0M1S')] }),
    );
    expect(longer.status).toBe('breached');
    expect(longer.lastExercise?.exceedsRto).toBe(true);
  });

  it('judges the latest measured exercise, not an earlier failure', () => {
    const evidence = recoveryEvidence(
      inputs({
        exercises: [
          exercise('failed-first', '2026-03-11', 'PT6H10M', 'failed'),
          exercise('fixed-later', '2026-10-21', 'PT47M'),
        ],
      }),
    );
    expect(evidence.status).toBe('proven');
    expect(evidence.lastExercise?.ref).toBe('exercise:default/fixed-later');
  });

  it('is breached by an incident post-mortem on a covered service longer than the RTO', () => {
    const evidence = recoveryEvidence(
      inputs({
        postmortems: [
          postmortem(
            'hsm',
            '2026-09-22T10:00:00Z',
            '2026-09-22T11:10:00Z',
            ['component:payment-gateway'],
            ['FG6P2L4H29GM66'],
          ),
          postmortem(
            'elsewhere',
            '2026-09-01T10:00:00Z',
            '2026-09-01T20:00:00Z',
            ['component:ledger-service'],
          ),
          postmortem(
            'success',
            '2026-03-12T00:00:00Z',
            '2026-03-12T04:00:00Z',
            ['component:payment-gateway'],
            [],
            'success',
          ),
        ],
      }),
    );
    expect(evidence.status).toBe('breached');
    expect(evidence.incidents).toEqual([
      expect.objectContaining({
        source: 'postmortem',
        id: 'postmortem:default/hsm',
        recoverySeconds: 4200,
        exceedsRto: true,
        incidents: ['FG6P2L4H29GM66'],
        services: ['component:default/payment-gateway'],
      }),
    ]);
  });

  it('takes a post-mortem as recovered when it was mitigated', () => {
    const evidence = recoveryEvidence(
      inputs({
        postmortems: [
          postmortem(
            'mitigated',
            '2026-05-19T11:05:00Z',
            '2026-05-19T13:10:00Z',
            ['component:payment-gateway'],
            [],
            'incident',
            '2026-05-19T11:55:00Z',
          ),
        ],
      }),
    );
    expect(evidence.incidents[0]).toMatchObject({
      recoveredAt: '2026-05-19T11:55:00Z',
      resolvedAt: '2026-05-19T13:10:00Z',
      recoverySeconds: 3000,
      exceedsRto: false,
    });
    expect(evidence.status).toBe('proven');
  });

  it('counts a PagerDuty incident a post-mortem reviews once, as the post-mortem', () => {
    const evidence = recoveryEvidence(
      inputs({
        postmortems: [
          postmortem(
            'reviewed',
            '2026-06-01T10:00:00Z',
            '2026-06-01T10:30:00Z',
            ['component:payment-gateway'],
            ['PREVIEWED'],
          ),
          // Its review says the outage was the ledger's, whichever service paged.
          postmortem(
            'ledger',
            '2026-06-02T10:00:00Z',
            '2026-06-02T14:00:00Z',
            ['component:ledger-service'],
            ['PLEDGER'],
          ),
        ],
        incidents: {
          available: true,
          items: [
            {
              id: 'PREVIEWED',
              title: 'Reviewed',
              entityRef: 'component:default/payment-gateway',
              createdAt: '2026-06-01T10:05:00Z',
              resolvedAt: '2026-06-01T10:30:00Z',
            },
            {
              id: 'PLONG',
              title: 'Long',
              entityRef: 'component:default/payment-gateway',
              createdAt: '2026-07-01T10:00:00Z',
              resolvedAt: '2026-07-01T11:00:00Z',
              htmlUrl: 'https://pd/PLONG',
            },
            {
              id: 'PLEDGER',
              title: 'Paged on the gateway',
              entityRef: 'component:default/payment-gateway',
              createdAt: '2026-06-02T10:05:00Z',
              resolvedAt: '2026-06-02T14:00:00Z',
            },
            {
              id: 'POTHER',
              title: 'Other service',
              entityRef: 'component:default/ledger-service',
              createdAt: '2026-07-01T10:00:00Z',
              resolvedAt: '2026-07-01T20:00:00Z',
            },
          ],
        },
      }),
    );
    expect(evidence.incidents.map(incident => incident.id)).toEqual([
      'PLONG',
      'postmortem:default/reviewed',
    ]);
    // An hour against an RTO of an hour meets it.
    expect(evidence.status).toBe('proven');
    expect(evidence.worstSeconds).toBe(3600);
    expect(evidence.incidents[0]).toMatchObject({
      source: 'pagerduty',
      url: 'https://pd/PLONG',
      exceedsRto: false,
    });
  });

  it('counts recoveries resolved from the first to the last day of the period', () => {
    const incident = (id: string, resolvedAt: string) => ({
      id,
      title: id,
      entityRef: 'component:default/payment-gateway',
      createdAt: '2025-11-21T20:00:00Z',
      resolvedAt,
    });
    const evidence = recoveryEvidence(
      inputs({
        incidents: {
          available: true,
          items: [
            incident('PBEFORE', '2025-11-21T23:59:00Z'),
            incident('PFIRST', '2025-11-22T00:10:00Z'),
            incident('PTODAY', '2026-11-22T09:00:00Z'),
          ],
        },
      }),
    );
    expect(evidence.incidents.map(recovery => recovery.id).sort()).toEqual([
      'PFIRST',
      'PTODAY',
    ]);
  });

  it('says why PagerDuty is missing and still judges the post-mortems', () => {
    const evidence = recoveryEvidence(
      inputs({
        incidents: {
          available: false,
          reason: 'The on-call backend could not be reached',
        },
      }),
    );
    expect(evidence.pagerDuty).toEqual({
      available: false,
      reason: 'The on-call backend could not be reached',
    });
    expect(evidence.status).toBe('proven');
  });

  it('is at risk when a dependency cannot meet the RTO, and breached wins over it', () => {
    expect(recoveryEvidence(inputs({ conflicts: [conflict] })).status).toBe(
      'at-risk',
    );
    expect(
      recoveryEvidence(
        inputs({
          conflicts: [conflict],
          exercises: [exercise('slow', '2026-10-21', 'PT2H')],
        }),
      ).status,
    ).toBe('breached');
  });

  it('puts at risk before unproven', () => {
    expect(
      recoveryEvidence(inputs({ conflicts: [conflict], exercises: [] })).status,
    ).toBe('at-risk');
  });

  it('does not let an old breach count once it is outside the proof window', () => {
    const evidence = recoveryEvidence(
      inputs({
        exercises: [exercise('old-failure', '2025-01-10', 'PT6H', 'failed')],
      }),
    );
    expect(evidence.status).toBe('unproven');
    expect(evidence.lastExercise).toMatchObject({
      exceedsRto: true,
      recent: false,
    });
  });
});

describe('percentile90', () => {
  it('takes the nearest rank', () => {
    expect(percentile90([])).toBeUndefined();
    expect(percentile90([5])).toBe(5);
    expect(percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9);
    expect(percentile90([10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11])).toBe(10);
  });
});

describe('lastMeasuredExercise', () => {
  it('has no verdict on the RTO when the plan has none readable', () => {
    expect(
      lastMeasuredExercise(
        [exercise('x', '2026-10-01', 'PT9H')],
        TODAY,
        undefined,
      )?.exceedsRto,
    ).toBe(false);
  });
});

describe('coveredComponents', () => {
  const component = (name: string, spec: Record<string, unknown>): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name },
    spec: { type: 'service', ...spec },
  });
  it('takes named components, the components of named systems and their jobs', () => {
    const covered = coveredComponents(
      plan,
      componentTree([
        component('payment-gateway', {}),
        component('card-authorization-service', { system: 'card-processing' }),
        component('card-auth-job', {
          subcomponentOf: 'card-authorization-service',
        }),
        component('ledger-service', { system: 'ledger' }),
      ]),
    );
    expect([...covered].sort()).toEqual([
      'component:default/card-auth-job',
      'component:default/card-authorization-service',
      'component:default/payment-gateway',
    ]);
  });
});

describe('RecoverySources', () => {
  it("gives a plan's evidence from its covered components' post-mortems and incidents alone, as from all of them", () => {
    const covered = new Set([
      'component:default/payment-gateway',
      'component:default/card-auth-job',
    ]);
    const postmortems = [
      postmortem(
        'gateway-down',
        '2026-03-01T10:00:00Z',
        '2026-03-01T12:30:00Z',
        ['payment-gateway', 'card-auth-job'],
        ['PREVIEWED'],
      ),
      postmortem(
        'ledger-down',
        '2026-04-01T10:00:00Z',
        '2026-04-01T10:20:00Z',
        ['ledger-service'],
        ['PLEDGER'],
      ),
      postmortem(
        'gateway-retro',
        '2026-05-01T10:00:00Z',
        '2026-05-01T11:00:00Z',
        ['payment-gateway'],
        [],
        'success',
      ),
    ];
    const incident = (
      id: string,
      entityRef: string | undefined,
      minutes: number,
    ) => ({
      id,
      title: id,
      entityRef,
      createdAt: '2026-06-01T10:00:00Z',
      resolvedAt: new Date(
        Date.parse('2026-06-01T10:00:00Z') + minutes * 60_000,
      ).toISOString(),
    });
    const incidents = {
      available: true as const,
      items: [
        incident('PREVIEWED', 'component:default/payment-gateway', 300),
        incident('PLEDGER', 'component:default/payment-gateway', 200),
        incident('PJOB', 'component:default/card-auth-job', 90),
        incident('POTHER', 'component:default/ledger-service', 500),
        incident('PUNMAPPED', undefined, 500),
      ],
    };
    const sources = new RecoverySources(postmortems, incidents);
    const fromAll = recoveryEvidence(
      inputs({ postmortems, incidents, covered }),
    );
    const fromSources = recoveryEvidence(
      inputs({
        ...sources.of(covered),
        reviewedIncidents: sources.reviewedIncidents,
        covered,
      }),
    );
    expect(fromSources).toEqual(fromAll);
    expect(fromAll.incidents.map(recovery => recovery.id)).toEqual([
      'postmortem:default/gateway-down',
      'PJOB',
    ]);
    expect(fromAll.status).toBe('breached');
  });

  it('passes on why the incidents could not be read', () => {
    const unavailable = {
      available: false as const,
      reason: 'PagerDuty has not been synced yet',
    };
    const sources = new RecoverySources([], unavailable);
    expect(
      sources.of(new Set(['component:default/payment-gateway'])).incidents,
    ).toBe(unavailable);
  });
});

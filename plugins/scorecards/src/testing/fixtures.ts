import {
  ApprovalQueueResponse,
  PendingAttestation,
  ScorecardsApi,
  ModelView,
  ScorecardsResponse,
  SquadScorecardResponse,
} from '@readiness/plugin-scorecards-common';

export const model: ModelView = {
  ref: 'capabilitymodel:default/engineering-capability-model',
  title: 'Meridian Pay engineering capability model',
  version: '2026.2',
  owner: 'group:leadership',
  levels: [
    { level: 1, name: 'Foundational' },
    { level: 2, name: 'Managed' },
  ],
  checks: [
    {
      id: 'continuous-integration',
      title: 'Every change is built and tested by continuous integration',
      level: 1,
      category: 'delivery',
      type: 'attestation',
      evidence: 'Link to the CI pipeline.',
      validity: 'P6M',
      approval: 'optional',
      howToFix: 'Add the shared CI workflow.',
    },
    {
      id: 'critical-job-coverage',
      title: 'Critical jobs are covered by positive paging alerts',
      level: 1,
      category: 'operations',
      type: 'automatic',
      evaluator: 'critical-job-coverage',
      howToFix: 'Add a positive, paging **Alert** record.',
    },
    {
      id: 'paired-oncall-rota',
      title: 'Paired on-call rota',
      level: 2,
      category: 'operations',
      type: 'automatic',
      evaluator: 'pagerduty-paired-rota',
    },
  ],
};

export const squadScorecard: SquadScorecardResponse = {
  squad: {
    ref: 'group:default/ach-operations-squad',
    name: 'ach-operations-squad',
    title: 'ACH Operations Squad',
    domain: 'payments',
  },
  model,
  evaluatedAt: '2026-11-22T06:00:00.000Z',
  modelVersion: '2026.2',
  level: {
    level: 0,
    next: {
      level: 1,
      name: 'Foundational',
      blockers: [
        {
          checkId: 'continuous-integration',
          title: 'Every change is built and tested by continuous integration',
          level: 1,
          type: 'attestation',
          status: 'fail',
          summary: 'Not attested yet.',
          howToFix: 'Add the shared CI workflow.',
        },
        {
          checkId: 'critical-job-coverage',
          title: 'Critical jobs are covered by positive paging alerts',
          level: 1,
          type: 'automatic',
          status: 'fail',
          summary: '1 of 4 critical jobs have no positive paging alert.',
          howToFix: 'Add a positive, paging **Alert** record.',
        },
      ],
    },
  },
  results: [
    {
      checkId: 'continuous-integration',
      status: 'fail',
      summary: 'Not attested yet.',
      items: [],
    },
    {
      checkId: 'critical-job-coverage',
      status: 'fail',
      summary: '1 of 4 critical jobs have no positive paging alert.',
      items: [
        {
          title: 'Wire file',
          entityRef: 'component:default/wire-file',
          detail: 'no positive paging alert',
        },
      ],
    },
    {
      checkId: 'paired-oncall-rota',
      status: 'no-data',
      summary: 'The on-call backend answered 503.',
      items: [],
    },
  ],
  attestations: [],
  attestationsDue: [
    {
      checkId: 'continuous-integration',
      title: 'Every change is built and tested by continuous integration',
      level: 1,
      state: 'missing',
      evidence: 'Link to the CI pipeline.',
      validity: 'P6M',
      approval: 'optional',
    },
  ],
  waivers: [],
  viewer: {
    userRef: 'user:default/ada.engineer',
    canAttest: true,
    canApprove: false,
    canWaive: false,
    canEvaluate: true,
  },
  names: {},
};

/** Sam's attestation of a check that requires approval, waiting for leadership. */
export const pendingTechDebt: PendingAttestation = {
  squad: squadScorecard.squad,
  check: {
    id: 'tech-debt-time',
    title: 'About 20% of time goes to technical debt',
    level: 3,
    evidence: "Share of work items labelled tech-debt, from the squad's board.",
  },
  attestation: {
    squadRef: squadScorecard.squad.ref,
    checkId: 'tech-debt-time',
    evidenceUrl: 'https://board.example/ach/tech-debt',
    comment: '19% last quarter',
    attestedBy: 'user:default/sam.lead',
    attestedAt: '2026-11-21T09:00:00.000Z',
  },
};

export const approvalQueue: ApprovalQueueResponse = {
  canApprove: true,
  pending: [pendingTechDebt],
  names: { 'user:default/sam.lead': 'Sam Patel' },
};

export const scorecards: ScorecardsResponse = {
  model,
  evaluatedAt: '2026-11-22T06:00:00.000Z',
  distribution: { 0: 1, 1: 1, 2: 0 },
  failing: {
    'continuous-integration': 1,
    'critical-job-coverage': 1,
    'paired-oncall-rota': 1,
  },
  squads: {
    offset: 0,
    limit: 40,
    total: 2,
    items: [
      {
        ref: squadScorecard.squad.ref,
        title: squadScorecard.squad.title,
        domain: squadScorecard.squad.domain,
        level: 0,
        results: squadScorecard.results.map(({ checkId, status, summary }) => ({
          checkId,
          status,
          summary,
        })),
      },
      {
        ref: 'group:default/identity-squad',
        title: 'Identity Squad',
        domain: 'registration-signup',
        level: 1,
        results: [
          {
            checkId: 'continuous-integration',
            status: 'pass',
            summary: 'Attested.',
          },
          {
            checkId: 'critical-job-coverage',
            status: 'waived',
            summary: 'Waived until 2027-01-01.',
          },
          {
            checkId: 'paired-oncall-rota',
            status: 'fail',
            summary: 'Only one person.',
          },
        ],
      },
    ],
  },
};

export function mockScorecardsApi(
  overrides: Partial<jest.Mocked<ScorecardsApi>> = {},
): jest.Mocked<ScorecardsApi> {
  return {
    getScorecards: jest.fn().mockResolvedValue(scorecards),
    getSquadScorecard: jest.fn().mockResolvedValue(squadScorecard),
    getAuditTrail: jest.fn().mockResolvedValue({ entries: [], names: {} }),
    getApprovalQueue: jest.fn().mockResolvedValue(approvalQueue),
    getHistory: jest.fn(async ({ period }) => ({
      period,
      points: [
        { period: '2026-W46', squads: 0, distribution: { 0: 0, 1: 0, 2: 0 } },
        {
          period: '2026-W47',
          squads: 2,
          averageLevel: 0.5,
          distribution: { 0: 1, 1: 1, 2: 0 },
        },
      ],
    })),
    compare: jest.fn(async ({ from, to }) => ({
      from,
      to,
      distributionBefore: { 0: 2, 1: 0, 2: 0 },
      distributionAfter: { 0: 1, 1: 1, 2: 0 },
      changes: [
        {
          squadRef: 'group:default/identity-squad',
          title: 'Identity Squad',
          levelBefore: 0,
          levelAfter: 1,
          levelChange: 1,
          improved: ['continuous-integration'],
          regressed: [],
        },
      ],
    })),
    exportCsv: jest.fn().mockResolvedValue('Squad\r\n'),
    evaluate: jest.fn().mockResolvedValue({
      runId: 2,
      evaluatedAt: '2026-11-22T07:00:00.000Z',
      modelVersion: '2026.2',
      squads: 2,
      durationMs: 10,
    }),
    attest: jest.fn().mockResolvedValue(undefined),
    decide: jest.fn().mockResolvedValue(undefined),
    waive: jest.fn().mockResolvedValue(undefined),
    ...overrides,
  };
}

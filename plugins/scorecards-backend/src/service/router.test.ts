import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { mockCredentials } from '@backstage/backend-test-utils';
import { OncallUsersResponse } from '@readiness/plugin-oncall-common';
import express from 'express';
import request from 'supertest';
import { startDemoScorecardsBackend } from '../__testUtils__/demoBackend';

jest.setTimeout(60_000);

const ADA = 'user:default/ada.engineer'; // member of ach-operations-squad
const CATHERINE = 'user:default/catherine.wright'; // member of leadership
const PRIYA = 'user:default/priya.raman'; // member of onboarding-squad
// A member of leadership who also works in ach-operations-squad (in these tests only).
const RAHUL = 'user:default/rahul.verma';
const ach = 'group:default/ach-operations-squad';

const as = (userRef: string) => ({
  Authorization: mockCredentials.user.header(userRef),
});

/**
 * Where the stand-in on-call backend's PagerDuty users come from: no such route (404), a
 * synced snapshot, or none yet because every sync failed.
 */
type UsersSource = 'none' | 'synced' | 'never-synced';

/** A stand-in on-call backend that answers as the on-call API contract says, for services only. */
function fakeOnCallBackend(options: { users: UsersSource }) {
  return createBackendPlugin({
    pluginId: 'oncall',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          const router = express.Router();
          const status = {
            lastSuccessAt: '2026-11-22T00:00:00Z',
            stale: false,
          };
          router.get('/oncall/now', async (req, res) => {
            await httpAuth.credentials(req, { allow: ['service'] });
            res.json({
              status,
              items: [
                {
                  entityRef: ach,
                  title: 'ACH Operations Squad',
                  escalationPolicy: {
                    id: 'PACH',
                    name: 'ACH operations',
                    url: 'https://pd.example/PACH',
                  },
                  levels: [
                    {
                      level: 1,
                      now: [
                        {
                          userId: 'U1',
                          name: 'Ada Okafor',
                          userRef: ADA,
                          scheduleName: 'ACH primary',
                        },
                        {
                          userId: 'U2',
                          name: 'Sam Lead',
                          userRef: 'user:default/sam.lead',
                          scheduleName: 'ACH secondary',
                        },
                      ],
                    },
                    {
                      level: 2,
                      now: [
                        {
                          userId: 'U3',
                          name: 'Sam Lead',
                          userRef: 'user:default/sam.lead',
                        },
                      ],
                    },
                  ],
                },
              ],
            });
          });
          if (options.users !== 'none') {
            router.get('/users', async (req, res) => {
              await httpAuth.credentials(req, { allow: ['service'] });
              const answer: OncallUsersResponse =
                options.users === 'synced'
                  ? {
                      status: { ...status, source: 'sandbox', baseUrl: '' },
                      items: [
                        {
                          id: 'U1',
                          name: 'Ada Okafor',
                          email: 'ada.okafor@meridianpay.example',
                          userRef: ADA,
                        },
                      ],
                    }
                  : {
                      status: {
                        source: 'pagerduty',
                        baseUrl: 'https://api.pagerduty.com',
                        lastError: {
                          at: '2026-11-22T00:00:00Z',
                          message: 'PagerDuty rejected the token (401)',
                        },
                        stale: true,
                      },
                      items: [],
                    };
              res.json(answer);
            });
          }
          httpRouter.use(router);
        },
      });
    },
  });
}

/** The notifications the backend sent, in order. */
const sent: NotificationSendOptions[] = [];

const recordedNotifications = createServiceFactory({
  service: notificationService,
  deps: {},
  factory: () => ({
    send: async (notification: NotificationSendOptions) => {
      sent.push(notification);
    },
  }),
});

function startBackend(options: { users: UsersSource } = { users: 'none' }) {
  return startDemoScorecardsBackend(
    [fakeOnCallBackend(options), recordedNotifications],
    {
      [RAHUL]: [RAHUL, 'group:default/leadership', ach],
    },
  );
}

describe('the scorecards API', () => {
  let server: Awaited<ReturnType<typeof startBackend>>;

  beforeAll(async () => {
    server = await startBackend();
  });

  it('needs a signed-in user on every route (401), and refuses services (403)', async () => {
    const none = mockCredentials.none.header();
    const statuses: number[] = [];
    for (const path of [
      '/scorecards',
      '/export.csv',
      '/squads/default/ach-operations-squad',
      '/history',
      '/compare?from=2026-01-01&to=2026-02-01',
    ]) {
      statuses.push(
        (
          await request(server)
            .get(`/api/scorecards${path}`)
            .set('Authorization', none)
        ).status,
      );
    }
    for (const path of [
      '/evaluate',
      '/attestations',
      '/approvals',
      '/waivers',
    ]) {
      statuses.push(
        (
          await request(server)
            .post(`/api/scorecards${path}`)
            .set('Authorization', none)
            .send({})
        ).status,
      );
    }
    expect(statuses).toEqual(Array(9).fill(401));
    // Only people: a backend service's token is refused.
    const service = await request(server)
      .post('/api/scorecards/evaluate')
      .set('Authorization', mockCredentials.service.header());
    expect(service.status).toBe(403);
  });

  it('evaluates every squad on demand and serves the latest scorecards', async () => {
    const evaluated = await request(server)
      .post('/api/scorecards/evaluate')
      .set(as(ADA))
      .send({})
      .expect(200);
    expect(evaluated.body).toMatchObject({ squads: 8, modelVersion: '2026.2' });

    const { body } = await request(server)
      .get('/api/scorecards/scorecards')
      .set(as(ADA))
      .expect(200);
    expect(body.model.checks).toHaveLength(20);
    // The heat map heads a column with a check's id, title and level; the squad's own
    // scorecard has how to fix it and the rest.
    expect(
      body.model.checks.find(
        (c: { id: string }) => c.id === 'continuous-integration',
      ),
    ).toEqual({
      id: 'continuous-integration',
      title: expect.any(String),
      level: expect.any(Number),
    });
    expect(body.squads).toMatchObject({ total: 8, offset: 0, limit: 50 });
    expect(body.squads.items).toHaveLength(8);
    const squad = body.squads.items.find((s: { ref: string }) => s.ref === ach);
    expect(squad).toEqual({
      ref: ach,
      title: 'ACH Operations Squad',
      domain: expect.any(String),
      level: expect.any(Number),
      results: expect.any(Array),
    });
    expect(squad.results).toHaveLength(20);
    const byCheck = Object.fromEntries(
      squad.results.map((r: { checkId: string }) => [r.checkId, r]),
    );
    // The stand-in on-call backend has policies but no user list: escalation and rota are judged,
    // members have no data with the reason.
    expect(byCheck['escalation-policy-levels'].status).toBe('pass');
    expect(byCheck['paired-oncall-rota'].status).toBe('pass');
    expect(byCheck['pagerduty-members']).toMatchObject({
      status: 'no-data',
      summary:
        'The on-call backend answered 404 when asked for the PagerDuty users (GET /api/oncall/users).',
    });
    expect(byCheck['continuous-integration']).toMatchObject({
      status: 'fail',
      summary: 'Not attested yet.',
    });
    // No continuity backend runs here: the recovery check says so instead of guessing.
    expect(byCheck['critical-recovery-proven']).toMatchObject({
      status: 'no-data',
      summary: expect.stringMatching(
        /^The continuity backend (answered 404|could not be reached)/,
      ),
    });
    const levelTotal = Object.values(
      body.distribution as Record<string, number>,
    ).reduce((a, b) => a + b, 0);
    expect(levelTotal).toBe(8);
    expect(body.failing['continuous-integration']).toBe(8);

    // A page of the heat map: the summaries stay over every squad.
    const page = await request(server)
      .get('/api/scorecards/scorecards?offset=3&limit=2')
      .set(as(ADA))
      .expect(200);
    expect(page.body.squads).toMatchObject({ total: 8, offset: 3, limit: 2 });
    expect(page.body.squads.items.map((s: { ref: string }) => s.ref)).toEqual(
      body.squads.items.slice(3, 5).map((s: { ref: string }) => s.ref),
    );
    expect(page.body.distribution).toEqual(body.distribution);
    expect(page.body.failing).toEqual(body.failing);
    const domains = body.squads.items.map(
      (s: { domain?: string; title: string }) => `${s.domain} ${s.title}`,
    );
    expect(domains).toEqual(
      [...domains].sort((a: string, b: string) => a.localeCompare(b)),
    );

    const summaries = await request(server)
      .get(`/api/scorecards/scorecards?limit=0&filter[domain]=${squad.domain}`)
      .set(as(ADA))
      .expect(200);
    expect(summaries.body.squads.items).toEqual([]);
    expect(summaries.body.squads.total).toBe(
      body.squads.items.filter(
        (s: { domain?: string }) => s.domain === squad.domain,
      ).length,
    );

    const bad = await request(server)
      .get('/api/scorecards/scorecards?limit=many')
      .set(as(ADA))
      .expect(400);
    expect(bad.body.error.message).toBe(
      'limit must be a whole number of 0 or more (got "many")',
    );
  });

  it('lets a squad member attest a check, with evidence, and re-evaluates the squad', async () => {
    const response = await request(server)
      .post('/api/scorecards/attestations')
      .set(as(ADA))
      .send({
        squad: 'group:ach-operations-squad',
        checkId: 'continuous-integration',
        evidenceUrl: 'https://ci.meridianpay.example/ach',
        comment: 'Every pull request and main are built and tested',
      })
      .expect(201);
    expect(response.body.attestation).toMatchObject({
      squadRef: ach,
      attestedBy: ADA,
      expiresAt: expect.any(String),
    });

    const { body } = await request(server)
      .get('/api/scorecards/squads/default/ach-operations-squad')
      .set(as(ADA))
      .expect(200);
    expect(body.viewer).toEqual({
      userRef: ADA,
      canAttest: true,
      canApprove: false,
      canWaive: false,
      canEvaluate: true,
    });
    expect(
      body.results.find(
        (r: { checkId: string }) => r.checkId === 'continuous-integration',
      ),
    ).toMatchObject({
      status: 'pass',
      items: [
        {
          url: 'https://ci.meridianpay.example/ach',
          detail: 'Every pull request and main are built and tested',
        },
      ],
    });
    expect(
      body.attestationsDue.map((d: { checkId: string }) => d.checkId),
    ).not.toContain('continuous-integration');
    expect(
      body.level.next.blockers.every((b: { howToFix?: string }) => b.howToFix),
    ).toBe(true);

    const audit = await request(server)
      .get('/api/scorecards/squads/default/ach-operations-squad/audit')
      .set(as(ADA))
      .expect(200);
    expect(audit.body.entries[0]).toMatchObject({
      action: 'attested',
      actor: ADA,
      checkId: 'continuous-integration',
    });
  });

  it('refuses attestations from people outside the squad with 403', async () => {
    const response = await request(server)
      .post('/api/scorecards/attestations')
      .set(as(PRIYA))
      .send({
        squad: ach,
        checkId: 'continuous-integration',
        evidenceUrl: 'https://ci.meridianpay.example/ach',
        comment: 'x',
      })
      .expect(403);
    expect(response.body.error.message).toBe(
      'You may not attest checks for ach-operations-squad (permission readiness.scorecard.attest)',
    );
  });

  it('answers 400 naming the field for bad attestations', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [
        {
          squad: ach,
          checkId: 'continuous-integration',
          evidenceUrl: 'not a link',
          comment: 'x',
        },
        'evidenceUrl: must be an http or https link',
      ],
      [
        {
          squad: ach,
          checkId: 'continuous-integration',
          evidenceUrl: 'https://x.example',
        },
        'comment: must say what the evidence shows',
      ],
      [
        {
          squad: ach,
          checkId: 'no-such-check',
          evidenceUrl: 'https://x.example',
          comment: 'x',
        },
        'checkId: must be a check of engineering-capability-model',
      ],
      [
        {
          squad: ach,
          checkId: 'pagerduty-members',
          evidenceUrl: 'https://x.example',
          comment: 'x',
        },
        'checkId: pagerduty-members is an automatic check',
      ],
      [
        {
          squad: 'group:leadership',
          checkId: 'continuous-integration',
          evidenceUrl: 'https://x.example',
          comment: 'x',
        },
        'squad: must be the ref of a squad',
      ],
    ];
    for (const [body, message] of cases) {
      const response = await request(server)
        .post('/api/scorecards/attestations')
        .set(as(ADA))
        .send(body)
        .expect(400);
      expect(response.body.error.message).toContain(message);
    }
  });

  it('lets leadership grant waivers, and nobody else', async () => {
    const waiver = {
      squad: ach,
      checkId: 'recent-game-day',
      reason: 'Game day moved after the FedACH cut-over',
      expiresOn: '2099-01-01',
    };
    const refused = await request(server)
      .post('/api/scorecards/waivers')
      .set(as(ADA))
      .send({ ...waiver, expiresOn: nextMonth() })
      .expect(403);
    expect(refused.body.error.message).toBe(
      'You may not grant waivers (permission readiness.scorecard.approve)',
    );
    const tooLate = await request(server)
      .post('/api/scorecards/waivers')
      .set(as(CATHERINE))
      .send(waiver)
      .expect(400);
    expect(tooLate.body.error.message).toBe(
      'expiresOn: must be within 366 days',
    );

    await request(server)
      .post('/api/scorecards/waivers')
      .set(as(CATHERINE))
      .send({ ...waiver, expiresOn: nextMonth() })
      .expect(201);
    const { body } = await request(server)
      .get('/api/scorecards/squads/default/ach-operations-squad')
      .set(as(CATHERINE))
      .expect(200);
    // Leadership approves; attesting speaks for the squad, so only its members do it.
    expect(body.viewer).toMatchObject({
      canAttest: false,
      canApprove: true,
      canWaive: true,
    });
    const gameDay = body.results.find(
      (r: { checkId: string }) => r.checkId === 'recent-game-day',
    );
    expect(gameDay.status === 'waived' || gameDay.status === 'pass').toBe(true);
    expect(body.waivers).toEqual([
      expect.objectContaining({
        checkId: 'recent-game-day',
        approvedBy: CATHERINE,
        active: true,
      }),
    ]);
  });

  it('keeps an attestation that requires approval pending until another person approves or rejects it, and tells the people concerned', async () => {
    const techDebt = {
      squad: ach,
      checkId: 'tech-debt-time',
      evidenceUrl: 'https://board.meridianpay.example/ach/tech-debt',
      comment: '19% of the items done last quarter were tech debt',
    };
    const decide = (userRef: string, body: object) =>
      request(server)
        .post('/api/scorecards/decisions')
        .set(as(userRef))
        .send({ squad: ach, checkId: 'tech-debt-time', ...body });
    const scorecard = async () =>
      (
        await request(server)
          .get('/api/scorecards/squads/default/ach-operations-squad')
          .set(as(ADA))
          .expect(200)
      ).body;
    const techDebtResult = (body: {
      results: Array<{ checkId: string; status: string; summary: string }>;
    }) => body.results.find(r => r.checkId === 'tech-debt-time');

    const noAttestation = await decide(CATHERINE, {
      decision: 'approve',
      reason: 'Looks right',
    }).expect(400);
    expect(noAttestation.body.error.message).toBe(
      'checkId: ach-operations-squad has no attestation of tech-debt-time to approve or reject',
    );

    sent.length = 0;
    await request(server)
      .post('/api/scorecards/attestations')
      .set(as(ADA))
      .send(techDebt)
      .expect(201);
    expect(sent).toEqual([
      {
        recipients: {
          type: 'entity',
          entityRef: 'group:default/leadership',
          excludeEntityRef: ADA,
        },
        payload: expect.objectContaining({
          title:
            'ACH Operations Squad attested "About 20% of time goes to technical debt": awaiting your approval',
          description: `Ada Okafor: ${techDebt.comment}`,
          link: '/approvals',
        }),
      },
    ]);
    const pending = await scorecard();
    expect(techDebtResult(pending)).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('awaiting approval'),
    });
    expect(pending.names).toEqual({ [ADA]: 'Ada Okafor' });

    const memberQueue = await request(server)
      .get('/api/scorecards/approvals')
      .set(as(ADA))
      .expect(200);
    expect(memberQueue.body).toEqual({
      canApprove: false,
      pending: [],
      names: {},
    });
    const queue = await request(server)
      .get('/api/scorecards/approvals')
      .set(as(CATHERINE))
      .expect(200);
    expect(queue.body).toEqual({
      canApprove: true,
      pending: [
        {
          squad: expect.objectContaining({ ref: ach }),
          check: expect.objectContaining({ id: 'tech-debt-time', level: 3 }),
          attestation: expect.objectContaining({
            attestedBy: ADA,
            evidenceUrl: techDebt.evidenceUrl,
          }),
        },
      ],
      names: { [ADA]: 'Ada Okafor' },
    });

    const problems = await decide(CATHERINE, {
      decision: 'accept',
      reason: ' ',
    }).expect(400);
    expect(problems.body.error.message).toBe(
      'decision: must be one of approve, reject; reason: must say why the evidence does or does not show what the check asks',
    );
    const optional = await decide(CATHERINE, {
      checkId: 'continuous-integration',
      decision: 'approve',
      reason: 'Fine',
    }).expect(400);
    expect(optional.body.error.message).toBe(
      'checkId: continuous-integration takes effect without approval (approval: optional)',
    );

    sent.length = 0;
    await decide(CATHERINE, {
      decision: 'reject',
      reason: 'The board counts the wires squad too',
    }).expect(200);
    expect(techDebtResult(await scorecard())).toMatchObject({
      status: 'fail',
      summary: expect.stringMatching(
        /rejected by Catherine Wright on \d{4}-\d\d-\d\d: The board counts the wires squad too$/,
      ),
    });
    expect(sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: ADA },
        payload: expect.objectContaining({
          title:
            'Your attestation of "About 20% of time goes to technical debt" for ACH Operations Squad was rejected',
          description: 'Catherine Wright: The board counts the wires squad too',
          link: '/catalog/default/group/ach-operations-squad/scorecard',
        }),
      },
    ]);
    const twice = await decide(CATHERINE, {
      decision: 'approve',
      reason: 'On second thoughts',
    }).expect(409);
    expect(twice.body.error.message).toBe(
      "ach-operations-squad's attestation of tech-debt-time was already rejected by Catherine Wright",
    );

    // Attested again by a leader who works in the squad: someone else must decide.
    await request(server)
      .post('/api/scorecards/attestations')
      .set(as(RAHUL))
      .send(techDebt)
      .expect(201);
    const own = await decide(RAHUL, {
      decision: 'approve',
      reason: 'I checked my own board',
    }).expect(403);
    expect(own.body.error.message).toBe(
      'You attested tech-debt-time for ach-operations-squad yourself: another approver must approve or reject it',
    );
    const rahulsQueue = await request(server)
      .get('/api/scorecards/approvals')
      .set(as(RAHUL))
      .expect(200);
    expect(rahulsQueue.body.pending).toEqual([]);
    await decide(CATHERINE, {
      decision: 'approve',
      reason: 'The share is within the target',
    }).expect(200);
    expect(techDebtResult(await scorecard())).toMatchObject({
      status: 'pass',
    });

    const audit = await request(server)
      .get('/api/scorecards/squads/default/ach-operations-squad/audit')
      .set(as(ADA))
      .expect(200);
    expect(
      audit.body.entries
        .slice(0, 4)
        .map((e: { action: string; actor: string }) => [e.action, e.actor]),
    ).toEqual([
      ['approved', CATHERINE],
      ['attested', RAHUL],
      ['rejected', CATHERINE],
      ['attested', ADA],
    ]);
    expect(audit.body.names).toMatchObject({
      [ADA]: 'Ada Okafor',
      [CATHERINE]: 'Catherine Wright',
      [RAHUL]: 'Rahul Verma',
    });
  });

  it('serves the trend, a comparison of two dates and a CSV export, and checks their parameters', async () => {
    const trend = await request(server)
      .get('/api/scorecards/history?period=quarter&count=4')
      .set(as(ADA))
      .expect(200);
    expect(trend.body.points).toHaveLength(4);
    expect(trend.body.points[3].squads).toBe(8);
    const squadTrend = await request(server)
      .get(`/api/scorecards/history?period=week&count=2&squad=${ach}`)
      .set(as(ADA))
      .expect(200);
    expect(squadTrend.body.points[1].squads).toBe(1);
    expect(
      (
        await request(server)
          .get('/api/scorecards/history?period=month')
          .set(as(ADA))
          .expect(400)
      ).body.error.message,
    ).toBe('period: must be one of week, quarter');
    await request(server)
      .get('/api/scorecards/history?count=0')
      .set(as(ADA))
      .expect(400);

    const today = new Date().toISOString().slice(0, 10);
    const comparison = await request(server)
      .get(`/api/scorecards/compare?from=2020-01-01&to=${today}`)
      .set(as(ADA))
      .expect(200);
    expect(comparison.body.changes).toHaveLength(8);
    expect(comparison.body.changes[0].levelBefore).toBeUndefined();
    expect(comparison.body.changes[0].levelAfter).toEqual(expect.any(Number));
    expect(
      (
        await request(server)
          .get('/api/scorecards/compare?from=2026-13-01&to=2026-01-01')
          .set(as(ADA))
          .expect(400)
      ).body.error.message,
    ).toBe('from: must be a date YYYY-MM-DD');

    const csv = await request(server)
      .get('/api/scorecards/export.csv')
      .set(as(ADA))
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Squad,Squad ref,Domain,Squad level,Check,Check title,Check level,Category,Type,Status,Summary,Evaluated at,Model version',
    );
    expect(lines).toHaveLength(1 + 8 * 20);
  });
});

describe('with a PagerDuty user list', () => {
  /** The ACH squad's check results, evaluated against the on-call backend's users. */
  async function evaluatePagerDutyMembers(users: UsersSource) {
    const server = await startBackend({ users });
    await request(server)
      .post('/api/scorecards/evaluate')
      .set(as(ADA))
      .send({ squad: ach })
      .expect(200);
    const { body } = await request(server)
      .get('/api/scorecards/squads/default/ach-operations-squad')
      .set(as(ADA))
      .expect(200);
    return body.results as Array<{
      checkId: string;
      status: string;
      items: Array<{ entityRef: string }>;
    }>;
  }

  it('judges every squad member against the PagerDuty users', async () => {
    const results = await evaluatePagerDutyMembers('synced');
    const members = results.find(r => r.checkId === 'pagerduty-members')!;
    expect(members.status).toBe('fail');
    expect(members.items.map(i => i.entityRef)).not.toContain(ADA);
    expect(members.items.length).toBeGreaterThan(0);
  });

  it('has no data, never a pass, while PagerDuty has not been synced', async () => {
    const results = await evaluatePagerDutyMembers('never-synced');
    expect(results.find(r => r.checkId === 'pagerduty-members')).toMatchObject({
      status: 'no-data',
      summary:
        'PagerDuty has not been synced yet: PagerDuty rejected the token (401).',
    });
  });
});

function nextMonth(): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

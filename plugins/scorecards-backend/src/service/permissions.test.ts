import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startDemoScorecardsBackend } from '../__testUtils__/demoBackend';

jest.setTimeout(60_000);

const ach = 'group:default/ach-operations-squad';
const people = {
  engineer: 'user:default/ada.engineer',
  'squad lead': 'user:default/sam.lead',
  leader: 'user:default/lee.leader',
  auditor: 'user:default/alex.auditor',
};
type Role = keyof typeof people;

const as = (role: Role) => ({
  Authorization: mockCredentials.user.header(people[role]),
});

function nextMonth(): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

/** Each change route with a valid body, and what the permission policy lets each role do. */
const routes: Array<{
  path: string;
  body: () => object;
  refusal: string;
  allowed: Record<Role, boolean>;
}> = [
  {
    path: '/attestations',
    body: () => ({
      squad: ach,
      // Requires approval, so that the decision below has an attestation to decide.
      checkId: 'tech-debt-time',
      evidenceUrl: 'https://board.meridianpay.example/ach/tech-debt',
      comment: '19% of the items done last quarter were tech debt',
    }),
    refusal:
      'You may not attest checks for ach-operations-squad (permission readiness.scorecard.attest)',
    allowed: {
      engineer: true,
      'squad lead': true,
      leader: false,
      auditor: false,
    },
  },
  {
    path: '/decisions',
    body: () => ({
      squad: ach,
      checkId: 'tech-debt-time',
      decision: 'approve',
      reason: 'The board labels the work and the share is within target',
    }),
    refusal:
      'You may not approve or reject attestations (permission readiness.scorecard.attestation.approve)',
    allowed: {
      engineer: false,
      'squad lead': false,
      leader: true,
      auditor: false,
    },
  },
  {
    path: '/waivers',
    body: () => ({
      squad: ach,
      checkId: 'recent-game-day',
      reason: 'Game day moved after the FedACH cut-over',
      expiresOn: nextMonth(),
    }),
    refusal:
      'You may not grant waivers (permission readiness.scorecard.approve)',
    allowed: {
      engineer: false,
      'squad lead': false,
      leader: true,
      auditor: false,
    },
  },
  {
    path: '/evaluate',
    body: () => ({ squad: ach }),
    refusal:
      'You may not run a scorecard evaluation (permission readiness.scorecard.evaluate)',
    allowed: {
      engineer: true,
      'squad lead': true,
      leader: true,
      auditor: false,
    },
  },
];

describe('the scorecards API with the portal permission policy', () => {
  let server: Awaited<ReturnType<typeof startDemoScorecardsBackend>>;

  beforeAll(async () => {
    server = await startDemoScorecardsBackend();
  });

  describe.each(routes)('POST $path', ({ path, body, refusal, allowed }) => {
    it('answers 401 without credentials', async () => {
      const response = await request(server)
        .post(`/api/scorecards${path}`)
        .set('Authorization', mockCredentials.none.header())
        .send(body());
      expect(response.status).toBe(401);
    });

    it.each(Object.keys(people) as Role[])(
      'answers the %s as the policy decides',
      async role => {
        const response = await request(server)
          .post(`/api/scorecards${path}`)
          .set(as(role))
          .send(body());
        const outcome =
          response.status < 300
            ? 'done'
            : { status: response.status, error: response.body.error };
        expect(outcome).toEqual(
          allowed[role]
            ? 'done'
            : {
                status: 403,
                error: { name: 'NotAllowedError', message: refusal },
              },
        );
      },
    );
  });

  it("refuses an attestation for someone else's squad: the squad lead is no member of the onboarding squad", async () => {
    const response = await request(server)
      .post('/api/scorecards/attestations')
      .set(as('squad lead'))
      .send({ ...routes[0].body(), squad: 'group:default/onboarding-squad' })
      .expect(403);
    expect(response.body.error.message).toBe(
      'You may not attest checks for onboarding-squad (permission readiness.scorecard.attest)',
    );
  });

  // A member of the squad, engineer or lead, attests its checks and asks for an evaluation.
  const squadMemberRights = {
    canAttest: true,
    canApprove: false,
    canWaive: false,
    canEvaluate: true,
  };

  it.each([
    ['engineer', ach, squadMemberRights],
    ['squad lead', ach, squadMemberRights],
    [
      'squad lead',
      'group:default/onboarding-squad',
      {
        canAttest: false,
        canApprove: false,
        canWaive: false,
        canEvaluate: true,
      },
    ],
    [
      'leader',
      ach,
      { canAttest: false, canApprove: true, canWaive: true, canEvaluate: true },
    ],
    [
      'auditor',
      ach,
      {
        canAttest: false,
        canApprove: false,
        canWaive: false,
        canEvaluate: false,
      },
    ],
  ] as const)(
    "tells the %s on %s's page what they may do",
    async (role, squad, viewer) => {
      const { body } = await request(server)
        .get(`/api/scorecards/squads/${squad.split(':')[1]}`)
        .set(as(role))
        .expect(200);
      expect(body.viewer).toEqual({ userRef: people[role], ...viewer });
    },
  );
});

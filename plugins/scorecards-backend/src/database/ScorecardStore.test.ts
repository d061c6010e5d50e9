import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { SquadEvaluation } from '../evaluation/evaluateSquad';
import { Knex } from 'knex';
import { ScorecardStore } from './ScorecardStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

function storeOn(knex: Knex) {
  return ScorecardStore.create({ getClient: async () => knex });
}

function squad(
  squadRef: string,
  level: number,
  statuses: Record<string, 'pass' | 'fail'>,
): SquadEvaluation {
  return {
    squadRef,
    level: { level },
    results: Object.entries(statuses).map(([checkId, status]) => ({
      checkId,
      status,
      summary: `${checkId} is ${status}`,
      items:
        status === 'fail'
          ? [{ title: 'ACH file', entityRef: 'component:default/ach-file' }]
          : [],
    })),
  };
}

const ach = 'group:default/ach-operations-squad';
const wires = 'group:default/wires-squad';

describe.each(databases.eachSupportedId())(
  'ScorecardStore on %p',
  (databaseId: TestDatabaseId) => {
    let knex: Knex;
    let store: ScorecardStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await storeOn(knex);
    });

    async function run(at: string, squads: SquadEvaluation[]) {
      return store.saveEvaluation({
        evaluatedAt: new Date(at),
        modelRef: 'capabilitymodel:default/engineering-capability-model',
        modelVersion: '2026.2',
        trigger: 'schedule',
        squads,
      });
    }

    it('persists every result, serves each squad its latest run, and keeps history across a new store', async () => {
      await run('2026-07-01T06:00:00Z', [
        squad(ach, 0, { ci: 'fail', sops: 'pass' }),
        squad(wires, 1, { ci: 'pass', sops: 'pass' }),
      ]);
      await run('2026-10-01T06:00:00Z', [
        squad(ach, 1, { ci: 'pass', sops: 'pass' }),
        squad(wires, 1, { ci: 'pass', sops: 'fail' }),
      ]);
      // An on-demand run for one squad only.
      await run('2026-10-02T06:00:00Z', [
        squad(ach, 2, { ci: 'pass', sops: 'pass' }),
      ]);

      const restarted = await storeOn(knex);
      const latest = await restarted.scorecards();
      expect(latest.map(s => [s.squadRef, s.level, s.evaluatedAt])).toEqual([
        [ach, 2, '2026-10-02T06:00:00.000Z'],
        [wires, 1, '2026-10-01T06:00:00.000Z'],
      ]);
      expect(latest[1].results).toEqual([
        { checkId: 'ci', status: 'pass', summary: 'ci is pass', items: [] },
        {
          checkId: 'sops',
          status: 'fail',
          summary: 'sops is fail',
          items: [
            { title: 'ACH file', entityRef: 'component:default/ach-file' },
          ],
        },
      ]);

      const july = await restarted.snapshots(new Date('2026-07-31T00:00:00Z'));
      expect(july).toEqual([
        {
          squadRef: ach,
          level: 0,
          evaluatedAt: '2026-07-01T06:00:00.000Z',
          statuses: { ci: 'fail', sops: 'pass' },
        },
        {
          squadRef: wires,
          level: 1,
          evaluatedAt: '2026-07-01T06:00:00.000Z',
          statuses: { ci: 'pass', sops: 'pass' },
        },
      ]);
      expect(
        await restarted.scorecards({ asOf: new Date('2026-06-01T00:00:00Z') }),
      ).toEqual([]);
      expect(
        (await restarted.scorecards({ squadRef: wires })).map(s => s.squadRef),
      ).toEqual([wires]);

      const quarters = await restarted.levelsByPeriod('quarter', [
        '2026-Q3',
        '2026-Q4',
      ]);
      expect(
        quarters.sort((a, b) =>
          `${a.period}${a.squadRef}`.localeCompare(`${b.period}${b.squadRef}`),
        ),
      ).toEqual([
        { squadRef: ach, period: '2026-Q3', level: 0 },
        { squadRef: wires, period: '2026-Q3', level: 1 },
        { squadRef: ach, period: '2026-Q4', level: 2 },
        { squadRef: wires, period: '2026-Q4', level: 1 },
      ]);
      expect(await restarted.levelsByPeriod('week', ['2026-W40'], ach)).toEqual(
        [{ squadRef: ach, period: '2026-W40', level: 2 }],
      );
    });

    it('keeps one current attestation per squad and check, with approval and an audit trail', async () => {
      const attestation = {
        squadRef: ach,
        checkId: 'continuous-integration',
        evidenceUrl: 'https://ci.example/ach',
        comment: 'Every PR is built',
        attestedBy: 'user:default/ada.engineer',
        attestedAt: '2026-11-01T10:00:00.000Z',
        expiresAt: '2027-05-01T10:00:00.000Z',
      };
      await store.saveAttestation(attestation, '2026.2');
      expect(await store.undecidedAttestations()).toEqual([attestation]);
      const approval = {
        squadRef: ach,
        checkId: 'continuous-integration',
        decision: 'approve' as const,
        decidedBy: 'user:default/catherine.wright',
        decidedAt: '2026-11-02T10:00:00.000Z',
        reason: 'The pipeline builds every pull request',
      };
      const { decided: approved } = await store.decideAttestation(approval);
      expect(approved).toMatchObject({
        approvedBy: 'user:default/catherine.wright',
        approvedAt: '2026-11-02T10:00:00.000Z',
        decisionReason: 'The pipeline builds every pull request',
      });
      expect(await store.undecidedAttestations()).toEqual([]);
      // A decided attestation stays as decided: a second approver's rejection changes nothing.
      expect(
        await store.decideAttestation({
          ...approval,
          decision: 'reject',
          decidedBy: 'user:default/sam.lead',
          reason: 'Too late',
        }),
      ).toEqual({ current: approved });
      const renewed = {
        ...attestation,
        evidenceUrl: 'https://ci.example/ach-2',
        attestedAt: '2026-11-20T10:00:00.000Z',
      };
      await store.saveAttestation(renewed, '2026.2');

      // A new attestation replaces the previous one and needs approving again.
      expect(await (await storeOn(knex)).attestations(ach)).toEqual([
        { ...renewed, approvedBy: undefined, approvedAt: undefined },
      ]);
      expect(
        await store.decideAttestation({
          ...approval,
          squadRef: wires,
          checkId: 'x',
        }),
      ).toEqual({});

      const { decided: rejected } = await store.decideAttestation({
        ...approval,
        decision: 'reject',
        decidedAt: '2026-11-21T10:00:00.000Z',
        reason: 'The link shows the wires pipeline',
      });
      expect(await storeOn(knex).then(s => s.attestations(ach))).toEqual([
        {
          ...renewed,
          rejectedBy: 'user:default/catherine.wright',
          rejectedAt: '2026-11-21T10:00:00.000Z',
          decisionReason: 'The link shows the wires pipeline',
        },
      ]);
      expect(rejected?.approvedBy).toBeUndefined();

      const trail = await store.auditTrail(ach);
      expect(trail.map(e => [e.action, e.actor, e.at])).toEqual([
        [
          'rejected',
          'user:default/catherine.wright',
          '2026-11-21T10:00:00.000Z',
        ],
        ['attested', 'user:default/ada.engineer', '2026-11-20T10:00:00.000Z'],
        [
          'approved',
          'user:default/catherine.wright',
          '2026-11-02T10:00:00.000Z',
        ],
        ['attested', 'user:default/ada.engineer', '2026-11-01T10:00:00.000Z'],
      ]);
      expect(trail[3].previousValue).toBeUndefined();
      expect(trail[2].previousValue).not.toHaveProperty('approvedBy');
      expect(trail[2].newValue).toMatchObject({
        approvedBy: 'user:default/catherine.wright',
      });
      expect(trail[1].previousValue).toMatchObject({
        evidenceUrl: 'https://ci.example/ach',
        approvedBy: 'user:default/catherine.wright',
      });
    });

    it('keeps one current waiver per squad and check, audited with its previous value', async () => {
      const waiver = {
        squadRef: wires,
        checkId: 'recent-game-day',
        reason: 'Core migration',
        approvedBy: 'user:default/catherine.wright',
        createdAt: '2026-11-01T10:00:00.000Z',
        expiresAt: '2026-12-31T23:59:59.999Z',
      };
      await store.saveWaiver(waiver);
      await store.saveWaiver({
        ...waiver,
        expiresAt: '2027-01-31T23:59:59.999Z',
        createdAt: '2026-11-10T10:00:00.000Z',
      });
      expect(await store.waivers(wires)).toEqual([
        {
          ...waiver,
          expiresAt: '2027-01-31T23:59:59.999Z',
          createdAt: '2026-11-10T10:00:00.000Z',
        },
      ]);
      const trail = await store.auditTrail(wires);
      expect(trail.map(e => e.subject)).toEqual(['waiver', 'waiver']);
      expect(trail[0].previousValue).toEqual(waiver);
    });

    it('serves the latest scorecards from one read per set of runs, however they were added', async () => {
      const reader = await storeOn(knex);
      const read = jest.spyOn(reader, 'scorecards');
      const before = await reader.latestScorecards();
      expect(await reader.latestScorecards()).toBe(before);
      expect(read).toHaveBeenCalledTimes(1);

      // Another store (another replica) evaluates: the next read sees the new run.
      await run('2026-11-01T06:00:00Z', [
        squad(ach, 0, { ci: 'fail', sops: 'fail' }),
      ]);
      const after = await reader.latestScorecards();
      expect(read).toHaveBeenCalledTimes(2);
      expect(after.find(s => s.squadRef === ach)).toMatchObject({
        level: 0,
        evaluatedAt: '2026-11-01T06:00:00.000Z',
      });
      expect(await reader.latestScorecards()).toBe(after);
      expect(read).toHaveBeenCalledTimes(2);
    });
  },
);

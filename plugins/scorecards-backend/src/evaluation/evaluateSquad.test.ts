import { evaluateSquad } from './evaluateSquad';
import { indexScorecardRecords } from './recordIndex';
import {
  automaticCheck,
  testCapabilityModel,
} from '../__testUtils__/capabilityModel';
import { NOW, scorecardTestEntities } from '../__testUtils__/testRecords';

const model = testCapabilityModel(
  2,
  [
    {
      id: 'ci',
      title: 'CI',
      level: 1,
      category: 'delivery',
      type: 'attestation',
    },
    automaticCheck('jobs', 'Jobs', 1, 'operations', 'critical-job-coverage'),
    automaticCheck('game-day', 'Game day', 2, 'resilience', 'recent-game-day'),
  ],
  { attestationValidity: 'P3M' },
);
// Paul has a display name that differs from his entity name, as people in a real catalog do.
const records = indexScorecardRecords(
  scorecardTestEntities.map(entity =>
    entity.kind === 'User' && entity.metadata.name === 'paul'
      ? {
          ...entity,
          spec: { ...entity.spec, profile: { displayName: 'Paul Poor' } },
        }
      : entity,
  ),
  model.appliesTo,
  NOW,
);
const poor = records.squads.find(s => s.ref === 'group:default/poor-squad')!;
const pagerDuty = {
  users: { available: false as const, reason: 'n/a' },
  policies: { available: false as const, reason: 'n/a' },
};
const continuity = {
  criticalPlans: { available: false as const, reason: 'n/a' },
};

function evaluateAt(now: Date, attestedAt: string, waiverExpiresAt: string) {
  return evaluateSquad(
    model,
    { squad: poor, records, pagerDuty, continuity, now },
    [
      {
        squadRef: poor.ref,
        checkId: 'ci',
        evidenceUrl: 'https://ci.example',
        comment: 'green',
        attestedBy: 'user:default/paul',
        attestedAt,
        expiresAt: new Date(
          new Date(attestedAt).getTime() + 90 * 86_400_000,
        ).toISOString(),
      },
    ],
    [
      {
        squadRef: poor.ref,
        checkId: 'jobs',
        reason: 'Alerts being rebuilt',
        approvedBy: 'user:default/lee.leader',
        createdAt: '2026-11-01T00:00:00.000Z',
        expiresAt: waiverExpiresAt,
      },
    ],
  );
}

describe('evaluateSquad', () => {
  it('passes a valid attestation, waives a failing check and reaches the level they unlock', () => {
    const evaluation = evaluateAt(
      NOW,
      '2026-11-01T00:00:00.000Z',
      '2026-12-31T23:59:59.999Z',
    );
    expect(evaluation.results.map(r => [r.checkId, r.status])).toEqual([
      ['ci', 'pass'],
      ['jobs', 'waived'],
      ['game-day', 'fail'],
    ]);
    expect(evaluation.level.level).toBe(1);
    expect(evaluation.level.next?.blockers.map(b => b.checkId)).toEqual([
      'game-day',
    ]);
  });

  it('names people by their catalog display name, else by their entity name', () => {
    const [ci, jobs] = evaluateAt(
      NOW,
      '2026-11-01T00:00:00.000Z',
      '2026-12-31T23:59:59.999Z',
    ).results;
    expect(ci.summary).toBe(
      'Attested by Paul Poor on 2026-11-01, valid until 2027-01-30.',
    );
    // Lee is not in this catalog.
    expect(jobs.summary).toMatch(/^Waived by lee\.leader until 2026-12-31: /);
  });

  it('drops back to level 0 once the attestation has expired and the waiver has run out', () => {
    const evaluation = evaluateAt(
      NOW,
      '2026-08-01T00:00:00.000Z',
      '2026-11-21T23:59:59.999Z',
    );
    expect(evaluation.results.map(r => r.status)).toEqual([
      'fail',
      'fail',
      'fail',
    ]);
    expect(evaluation.level.level).toBe(0);
  });
});

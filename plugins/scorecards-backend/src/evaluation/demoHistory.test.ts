import {
  CapabilityModelEntity,
  isCapabilityModelEntity,
} from '@readiness/plugin-readiness-common';
import type {
  Attestation,
  CheckResult,
  Waiver,
} from '@readiness/plugin-scorecards-common';
import { loadDemoEntities } from '../__testUtils__/demoCatalog';
import { evaluateAttestation } from './attestations';
import { DEMO_LEVEL_PATHS, planDemoHistory } from './demoHistory';
import { computeSquadLevel } from './levels';
import { indexScorecardRecords } from './recordIndex';
import { applyWaiver } from './waivers';

const NOW = new Date('2026-11-22T12:00:00Z');
const entities = loadDemoEntities();
const model = entities.find(isCapabilityModelEntity) as CapabilityModelEntity;
const { squads } = indexScorecardRecords(entities, model.spec.appliesTo, NOW);
const APPROVER = 'user:default/lee.leader';

const plan = () =>
  planDemoHistory({ model: model.spec, squads, approver: APPROVER, now: NOW });

/**
 * The levels the plan reaches when every automatic check fails: the attestations and waivers in
 * force at each evaluation (each replacing the previous one for its squad and check) alone.
 */
function levelsPerQuarter(): Record<string, number[]> {
  const attestations = new Map<string, Attestation>();
  const waivers = new Map<string, Waiver>();
  const levels: Record<string, number[]> = {};
  for (const step of plan()) {
    for (const a of step.attestations) {
      attestations.set(`${a.squadRef} ${a.checkId}`, a);
    }
    for (const approval of step.approvals) {
      const key = `${approval.squadRef} ${approval.checkId}`;
      const { squadRef, checkId, approvedBy, approvedAt } = approval;
      attestations.set(key, {
        ...attestations.get(key)!,
        ...{ squadRef, checkId, approvedBy, approvedAt },
      });
    }
    for (const w of step.waivers) waivers.set(`${w.squadRef} ${w.checkId}`, w);
    for (const squad of squads) {
      const results: CheckResult[] = model.spec.checks.map(check => {
        const key = `${squad.ref} ${check.id}`;
        const outcome =
          check.type === 'attestation'
            ? evaluateAttestation(
                check,
                attestations.get(key),
                step.evaluatedAt,
                ref => ref,
              )
            : { status: 'fail' as const, summary: 'Failing', items: [] };
        return applyWaiver(
          check.id,
          outcome,
          waivers.get(key),
          step.evaluatedAt,
          ref => ref,
        );
      });
      (levels[squad.ref] ??= []).push(
        computeSquadLevel(model.spec, results).level,
      );
    }
  }
  return levels;
}

describe('planDemoHistory', () => {
  it('evaluates five quarters, a quarter apart, the last one now', () => {
    expect(plan().map(step => step.evaluatedAt.toISOString())).toEqual([
      '2025-11-22T12:00:00.000Z',
      '2026-02-22T12:00:00.000Z',
      '2026-05-22T12:00:00.000Z',
      '2026-08-22T12:00:00.000Z',
      '2026-11-22T12:00:00.000Z',
    ]);
  });

  it('brings each demo squad to its level each quarter, whatever the automatic checks say', () => {
    expect(levelsPerQuarter()).toEqual({
      'group:default/accounts-squad': [...DEMO_LEVEL_PATHS[0]],
      'group:default/ach-operations-squad': [3, 3, 2, 2, 1],
      'group:default/card-payments-squad': [...DEMO_LEVEL_PATHS[2]],
      'group:default/identity-squad': [...DEMO_LEVEL_PATHS[3]],
      'group:default/onboarding-squad': [0, 0, 0, 0, 0],
      'group:default/payments-core-squad': [...DEMO_LEVEL_PATHS[5]],
      'group:default/platform-sre-squad': [0, 1, 1, 2, 3],
      'group:default/wires-squad': [...DEMO_LEVEL_PATHS[7]],
    });
    const today = Object.values(levelsPerQuarter()).map(path => path[4]);
    expect(new Set(today)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('has squad members attest, a week before the evaluation, and leadership approve and waive', () => {
    const [first] = plan();
    const ach = first.attestations.filter(
      a => a.squadRef === 'group:default/ach-operations-squad',
    );
    expect(ach.map(a => a.checkId)).toEqual(
      model.spec.checks
        .filter(check => check.type === 'attestation')
        .map(check => check.id),
    );
    expect(ach[0]).toEqual({
      squadRef: 'group:default/ach-operations-squad',
      checkId: 'continuous-integration',
      evidenceUrl:
        'https://evidence.meridianpay.example/ach-operations-squad/continuous-integration',
      comment:
        'Quarterly review: every change is built and tested by continuous integration (demo history).',
      attestedBy: 'user:default/ada.engineer',
      attestedAt: '2025-11-15T12:00:00.000Z',
      expiresAt: '2026-05-15T12:00:00.000Z',
    });
    expect(
      first.approvals.filter(
        a => a.squadRef === 'group:default/ach-operations-squad',
      ),
    ).toEqual([
      expect.objectContaining({
        checkId: 'tech-debt-time',
        approvedBy: APPROVER,
        approvedAt: '2025-11-17T12:00:00.000Z',
      }),
      expect.objectContaining({ checkId: 'critical-fix-under-an-hour' }),
    ]);
    expect(
      first.waivers.find(
        w =>
          w.squadRef === 'group:default/ach-operations-squad' &&
          w.checkId === 'recent-game-day',
      ),
    ).toEqual({
      squadRef: 'group:default/ach-operations-squad',
      checkId: 'recent-game-day',
      reason:
        'Accepted for the quarter while the squad works on "A game day within the last 90 days" (demo history)',
      approvedBy: APPROVER,
      createdAt: '2025-11-15T12:00:00.000Z',
      expiresAt: '2026-02-15T12:00:00.000Z',
    });
  });

  it('plans the same history for the same day', () => {
    expect(plan()).toEqual(plan());
  });
});

import { DateTime } from 'luxon';
import type { CapabilityCheck } from '@readiness/plugin-readiness-common';
import type { Attestation, Waiver } from '@readiness/plugin-scorecards-common';
import { attestationExpiry, attestationValidity } from './attestations';
import type { CapabilityModelSpec } from './levels';
import type { ScorecardSquad } from './recordIndex';

/**
 * The level each demo squad is brought to at each quarterly evaluation, oldest first, assigned to
 * the squads in order of their refs (and again from the start past the eighth): one improves
 * from 0 to 3, one slips from 3 to 1, the others hold or move one step, and every level from 0 to
 * 3 is held by someone today.
 *
 * @public
 */
export const DEMO_LEVEL_PATHS: ReadonlyArray<ReadonlyArray<number>> = [
  [1, 1, 2, 2, 2],
  [3, 3, 2, 2, 1],
  [2, 2, 2, 3, 3],
  [0, 0, 1, 1, 1],
  [0, 0, 0, 0, 0],
  [1, 2, 2, 2, 2],
  [0, 1, 1, 2, 3],
  [1, 1, 1, 1, 2],
];

/** Months between two demo evaluations: one a quarter, five over the year to today. */
const QUARTER_MONTHS = 3;
/** Days before its evaluation that a quarter's attestations and waivers are made. */
const ATTESTED_DAYS_BEFORE = 7;
/** Days after the attestation that leadership approves it, where the check requires approval. */
const APPROVED_DAYS_AFTER = 2;

/** An approval of a squad's current attestation, with the approver's reason. @public */
export interface DemoApproval {
  squadRef: string;
  checkId: string;
  approvedBy: string;
  approvedAt: string;
  reason: string;
}

/**
 * One quarter of demo history: the attestations, approvals and waivers made before it, in the
 * order they are made, and the moment of the evaluation that follows them.
 *
 * @public
 */
export interface DemoHistoryStep {
  evaluatedAt: Date;
  attestations: Attestation[];
  approvals: DemoApproval[];
  waivers: Waiver[];
}

/**
 * A year of quarterly scorecard history for the demo squads, oldest first, the last evaluated
 * at `now`.
 *
 * Each quarter a member of the squad (the first by ref) attests every attestation check up to
 * the squad's level for that quarter, leadership (`approver`) approves those that need approval,
 * and grants waivers for the automatic checks up to that level, so that the level does not hang
 * on what the demo's records or the PagerDuty sandbox happen to hold: a waived check that passes
 * stays a pass. Checks above the level are left alone, so the squad stops there. Attestations and
 * waivers of a quarter lapse before the next unless renewed, which is how a squad slips.
 *
 * @public
 */
export function planDemoHistory(options: {
  model: CapabilityModelSpec;
  squads: ReadonlyArray<Pick<ScorecardSquad, 'ref' | 'members'>>;
  approver: string;
  now: Date;
}): DemoHistoryStep[] {
  const { model, approver, now } = options;
  const squads = [...options.squads].sort((a, b) => a.ref.localeCompare(b.ref));
  const quarters = DEMO_LEVEL_PATHS[0].length;
  const today = DateTime.fromJSDate(now, { zone: 'utc' });
  return Array.from({ length: quarters }, (_, quarter) => {
    const evaluatedAt = today.minus({
      months: (quarters - 1 - quarter) * QUARTER_MONTHS,
    });
    const attestedAt = evaluatedAt.minus({ days: ATTESTED_DAYS_BEFORE });
    const approvedAt = attestedAt.plus({ days: APPROVED_DAYS_AFTER });
    const step: DemoHistoryStep = {
      evaluatedAt: evaluatedAt.toJSDate(),
      attestations: [],
      approvals: [],
      waivers: [],
    };
    squads.forEach((squad, index) => {
      const level = DEMO_LEVEL_PATHS[index % DEMO_LEVEL_PATHS.length][quarter];
      const attester =
        [...squad.members].sort((a, b) => a.ref.localeCompare(b.ref))[0]?.ref ??
        approver;
      const checks = model.checks.filter(check => check.level <= level);
      for (const check of checks) {
        if (check.type === 'attestation') {
          step.attestations.push(
            demoAttestation(model, check, squad.ref, attester, attestedAt),
          );
          if (check.approval === 'required') {
            step.approvals.push({
              squadRef: squad.ref,
              checkId: check.id,
              approvedBy: approver,
              approvedAt: approvedAt.toISO()!,
              reason:
                'The evidence shows what the check asks for (demo history)',
            });
          }
        } else {
          step.waivers.push({
            squadRef: squad.ref,
            checkId: check.id,
            reason: `Accepted for the quarter while the squad works on "${check.title}" (demo history)`,
            approvedBy: approver,
            createdAt: attestedAt.toISO()!,
            // A quarter, like an attestation: it lapses before the next evaluation.
            expiresAt: attestedAt.plus({ months: QUARTER_MONTHS }).toISO()!,
          });
        }
      }
    });
    return step;
  });
}

function demoAttestation(
  model: CapabilityModelSpec,
  check: CapabilityCheck,
  squadRef: string,
  attestedBy: string,
  attestedAt: DateTime,
): Attestation {
  const squadName = squadRef.slice(squadRef.indexOf('/') + 1);
  return {
    squadRef,
    checkId: check.id,
    evidenceUrl: `https://evidence.meridianpay.example/${squadName}/${check.id}`,
    comment: `Quarterly review: ${check.title.toLowerCase()} (demo history).`,
    attestedBy,
    attestedAt: attestedAt.toISO()!,
    expiresAt: attestationExpiry(
      attestedAt.toJSDate(),
      attestationValidity(model, check),
    )?.toISOString(),
  };
}

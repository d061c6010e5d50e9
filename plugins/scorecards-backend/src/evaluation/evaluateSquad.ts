import type {
  Attestation,
  CheckResult,
  SquadLevel,
  Waiver,
} from '@readiness/plugin-scorecards-common';
import type { CapabilityModelSpec } from './levels';
import { computeSquadLevel } from './levels';
import { evaluateAttestation } from './attestations';
import { applyWaiver } from './waivers';
import { personName } from './recordIndex';
import type { ScorecardEvaluationContext } from './evaluators';
import { evaluateAutomaticCheck } from './evaluators';

/**
 * One squad's scorecard: every check's result and the level they reach.
 *
 * @public
 */
export interface SquadEvaluation {
  squadRef: string;
  results: CheckResult[];
  level: SquadLevel;
}

/**
 * Evaluates every check of the model for one squad: automatic checks through their evaluators,
 * attestation checks from the squad's current attestations, then waivers, then the level.
 *
 * @public
 */
export function evaluateSquad(
  model: CapabilityModelSpec,
  context: ScorecardEvaluationContext,
  attestations: ReadonlyArray<Attestation>,
  waivers: ReadonlyArray<Waiver>,
): SquadEvaluation {
  const attestationByCheck = new Map(attestations.map(a => [a.checkId, a]));
  const waiverByCheck = new Map(waivers.map(w => [w.checkId, w]));
  const nameOf = (ref: string) => personName(context.records, ref);
  const results = model.checks.map(check => {
    const outcome =
      check.type === 'automatic'
        ? evaluateAutomaticCheck(check, context)
        : evaluateAttestation(
            check,
            attestationByCheck.get(check.id),
            context.now,
            nameOf,
          );
    return applyWaiver(
      check.id,
      outcome,
      waiverByCheck.get(check.id),
      context.now,
      nameOf,
    );
  });
  return {
    squadRef: context.squad.ref,
    results,
    level: computeSquadLevel(model, results),
  };
}

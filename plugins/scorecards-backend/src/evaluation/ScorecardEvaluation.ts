import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { entityRefKey } from '@readiness/plugin-readiness-common';
import {
  Attestation,
  EvaluationSummary,
  Waiver,
} from '@readiness/plugin-scorecards-common';
import { EvaluationRun, ScorecardStore } from '../database/ScorecardStore';
import { CatalogRecords } from './catalogRecords';
import { evaluateSquad, SquadEvaluation } from './evaluateSquad';
import { ContinuityFacts, PagerDutyFacts } from './evaluators';

/** Recovery is judged as of today: a past moment has no recovery status to read. */
const NO_PAST_RECOVERY: ContinuityFacts = {
  criticalPlans: {
    available: false,
    reason:
      'Recovery is judged on the day of the evaluation only; past moments have no recovery status.',
  },
};
import { indexScorecardRecords } from './recordIndex';
import { RunPhases } from './runPhases';

function bySquad<T extends { squadRef: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.squadRef);
    if (list) list.push(row);
    else map.set(row.squadRef, [row]);
  }
  return map;
}

/**
 * Evaluates squads against the capability model: reads the catalog and PagerDuty facts once,
 * runs every check for every squad (or one), and persists the run.
 */
export class ScorecardEvaluation {
  constructor(
    private readonly options: {
      store: ScorecardStore;
      readCatalog: () => Promise<CatalogRecords>;
      readPagerDuty: () => Promise<PagerDutyFacts>;
      readContinuity: () => Promise<ContinuityFacts>;
      clock: () => Date;
      logger: LoggerService;
    },
  ) {}

  async run(request: {
    squadRef?: string;
    trigger: EvaluationRun['trigger'];
    triggeredBy?: string;
    /** The moment evaluated, when not now: the demo history evaluates past quarters. */
    at?: Date;
  }): Promise<EvaluationSummary> {
    const { store, readCatalog, readPagerDuty, readContinuity, clock, logger } =
      this.options;
    const started = Date.now();
    const phases = new RunPhases(Date.now);
    const [
      { model, entities },
      pagerDuty,
      continuity,
      [attestations, waivers],
    ] = await Promise.all([
      phases.time('catalog read', readCatalog),
      phases.time('PagerDuty facts', readPagerDuty),
      request.at
        ? NO_PAST_RECOVERY
        : phases.time('continuity facts', readContinuity),
      phases.time('attestations and waivers', () =>
        Promise.all([
          store.attestations(request.squadRef),
          store.waivers(request.squadRef),
        ]),
      ),
    ]);
    if (!model) {
      throw new NotFoundError(
        'There is no CapabilityModel in the catalog to evaluate squads against.',
      );
    }
    const now = request.at ?? clock();
    const evaluation = phases.start('evaluation');
    const records = indexScorecardRecords(entities, model.spec.appliesTo, now);
    const squads = request.squadRef
      ? records.squads.filter(squad => squad.ref === request.squadRef)
      : records.squads;
    if (request.squadRef && squads.length === 0) {
      throw new NotFoundError(
        `${request.squadRef} is not a squad the capability model applies to.`,
      );
    }
    const attestationsBySquad = bySquad<Attestation>(attestations);
    const waiversBySquad = bySquad<Waiver>(waivers);
    const evaluations: SquadEvaluation[] = squads.map(squad =>
      evaluateSquad(
        model.spec,
        { squad, records, pagerDuty, continuity, now },
        attestationsBySquad.get(squad.ref) ?? [],
        waiversBySquad.get(squad.ref) ?? [],
      ),
    );
    evaluation.end();
    const runId = await phases.time('save', () =>
      store.saveEvaluation({
        evaluatedAt: now,
        modelRef: entityRefKey(model)!,
        modelVersion: model.spec.version,
        trigger: request.trigger,
        triggeredBy: request.triggeredBy,
        squads: evaluations,
      }),
    );
    const durationMs = Date.now() - started;
    logger.info(
      `Evaluated ${evaluations.length} squads against ${model.metadata.name} ${model.spec.version} in ${durationMs} ms (${request.trigger}): ${phases}`,
    );
    return {
      runId,
      evaluatedAt: now.toISOString(),
      modelVersion: model.spec.version,
      squads: evaluations.length,
      durationMs,
    };
  }
}

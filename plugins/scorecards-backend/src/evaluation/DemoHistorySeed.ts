import { LoggerService } from '@backstage/backend-plugin-api';
import { entityRefKey } from '@readiness/plugin-readiness-common';
import { ScorecardStore } from '../database/ScorecardStore';
import { CatalogRecords } from './catalogRecords';
import { planDemoHistory } from './demoHistory';
import { indexScorecardRecords } from './recordIndex';
import { ScorecardEvaluation } from './ScorecardEvaluation';

/** The seed's name in the store, marked once it is written. */
export const DEMO_HISTORY_SEED = 'demo-history';

/**
 * Writes the demo's year of scorecard history once per database, through the same store calls
 * and evaluation that real attestations, approvals, waivers and scheduled runs use, so the audit
 * trail and the history read like real use.
 */
export class DemoHistorySeed {
  constructor(
    private readonly options: {
      store: ScorecardStore;
      evaluation: Pick<ScorecardEvaluation, 'run'>;
      readCatalog: () => Promise<CatalogRecords>;
      clock: () => Date;
      logger: LoggerService;
    },
  ) {}

  /**
   * Seeds unless already seeded. Waits (answers false) while the catalog has no model or squads
   * yet, so that the next attempt seeds once the catalog has ingested them.
   */
  async seedOnce(): Promise<boolean> {
    const { store, evaluation, readCatalog, clock, logger } = this.options;
    if (await store.hasSeed(DEMO_HISTORY_SEED)) return false;
    const { model, entities } = await readCatalog();
    if (!model) return false;
    const now = clock();
    const { squads } = indexScorecardRecords(
      entities,
      model.spec.appliesTo,
      now,
    );
    if (squads.length === 0) return false;
    if (!(await store.claimSeed(DEMO_HISTORY_SEED, now))) return false;

    const steps = planDemoHistory({
      model: model.spec,
      squads,
      approver: leadershipPerson(entities, model.spec.owner),
      now,
    });
    for (const step of steps) {
      for (const attestation of step.attestations) {
        await store.saveAttestation(attestation, model.spec.version);
      }
      for (const approval of step.approvals) {
        await store.decideAttestation({
          squadRef: approval.squadRef,
          checkId: approval.checkId,
          decision: 'approve',
          decidedBy: approval.approvedBy,
          decidedAt: approval.approvedAt,
          reason: approval.reason,
        });
      }
      for (const waiver of step.waivers) {
        await store.saveWaiver(waiver);
      }
      await evaluation.run({ trigger: 'schedule', at: step.evaluatedAt });
    }
    logger.info(
      `Seeded ${steps.length} quarterly scorecard evaluations of demo history for ${squads.length} squads`,
    );
    return true;
  }
}

/** Who approves and waives in the demo: the first member of the model's owning group. */
function leadershipPerson(
  entities: CatalogRecords['entities'],
  owner: string,
): string {
  const ownerRef = entityRefKey(owner, 'group');
  const members = entities
    .filter(
      entity =>
        entity.kind === 'User' &&
        ((entity.spec?.memberOf as string[] | undefined) ?? []).some(
          group => entityRefKey(group, 'group') === ownerRef,
        ),
    )
    .map(entity => entityRefKey(entity)!)
    .sort();
  return members[0] ?? ownerRef!;
}

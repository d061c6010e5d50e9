import {
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  CapabilityCheck,
  CapabilityModelEntity,
  entityRefKey,
} from '@readiness/plugin-readiness-common';
import {
  ApprovalQueueResponse,
  Attestation,
  ATTESTATION_DECISIONS,
  AttestationDecision,
  AttestationResponse,
  AuditResponse,
  ComparisonQuery,
  ComparisonResponse,
  EvaluationSummary,
  HistoryResponse,
  NewAttestation,
  NewAttestationDecision,
  NewWaiver,
  scorecardApprovePermission,
  scorecardAttestationApprovePermission,
  scorecardAttestPermission,
  scorecardEvaluatePermission,
  ScorecardsResponse,
  SquadScorecardResponse,
  SquadScorecardRow,
  SquadSummary,
  TrendPeriod,
  WaiverResponse,
} from '@readiness/plugin-scorecards-common';
import type { ListPage } from '@readiness/plugin-readiness-api-common';
import { applyListQuery, ListQuery } from '@readiness/plugin-readiness-node';
import {
  EvaluationRun,
  ScorecardStore,
  StoredScorecard,
} from '../database/ScorecardStore';
import {
  approvalRecipients,
  attestationExpiry,
  attestationState,
  attestationValidity,
  listAttestationsDue,
  validateAttestationInput,
} from '../evaluation/attestations';
import { computeSquadLevel } from '../evaluation/levels';
import {
  requiredTextProblem,
  ScorecardInputProblem,
} from '../evaluation/results';
import { ScorecardEvaluation } from '../evaluation/ScorecardEvaluation';
import {
  compareScorecards,
  levelDistribution,
  levelTrend,
  recentPeriodKeys,
} from '../evaluation/trend';
import { isWaiverActive, validateWaiverInput } from '../evaluation/waivers';
import { ScorecardCatalog, ScorecardCatalogRead } from './ScorecardCatalog';
import {
  modelView,
  scorecardsCsv,
  ScorecardsList,
  scorecardsView,
  SQUAD_ROW_FIELDS,
} from './views';

/** Who asks: their credentials for the permission policy, their ref for the record. */
export interface ScorecardsCaller {
  credentials: BackstageCredentials;
  userRef: string;
}

/** The people an attestation names: who attested it and who decided it. */
function attestationPeople(attestation: Partial<Attestation>): string[] {
  return [
    attestation.attestedBy,
    attestation.approvedBy,
    attestation.rejectedBy,
  ].flatMap(ref => (typeof ref === 'string' ? [ref] : []));
}

/** Where a squad's scorecard opens in the portal. */
function scorecardLink(squad: SquadSummary): string {
  const { namespace, name } = parseEntityRef(squad.ref);
  return `/catalog/${namespace}/group/${name}/scorecard`;
}

/** Where the approvers' queue opens in the portal. */
const APPROVAL_QUEUE_PATH = '/approvals';

/** A change request's body as it arrived: every field still unchecked. */
type Unchecked<T> = { [K in keyof T]?: unknown };

/** A 400 that names each bad field and why. */
export function inputProblems(problems: ScorecardInputProblem[]): InputError {
  return new InputError(
    problems.map(p => `${p.field}: ${p.message}`).join('; '),
  );
}

/**
 * What the scorecards API decides: which squads and checks exist, who may do what, the views it
 * answers with, and the changes (attestations, approvals, waivers) with the re-evaluation each
 * one triggers.
 */
export class ScorecardsService {
  // The list of one stored snapshot and catalog read, built once; each page's answer is kept
  // with its page so it is serialized, tagged and compressed once.
  private scorecardsList:
    | {
        stored: StoredScorecard[];
        read: ScorecardCatalogRead;
        list: ScorecardsList;
      }
    | undefined;
  private readonly pageAnswers = new WeakMap<
    ListPage<SquadScorecardRow>,
    ScorecardsResponse
  >();

  constructor(
    private readonly options: {
      permissions: PermissionsService;
      store: ScorecardStore;
      evaluation: Pick<ScorecardEvaluation, 'run'>;
      catalog: ScorecardCatalog;
      notifications: NotificationService;
      logger: LoggerService;
      clock: () => Date;
    },
  ) {}

  /**
   * The summaries over every squad and the page of squads the query asks for; the same object
   * for the same question while nothing changed.
   */
  async scorecards(query: ListQuery): Promise<ScorecardsResponse> {
    const [read, stored] = await Promise.all([
      this.requireModel(),
      this.options.store.latestScorecards(),
    ]);
    let cached = this.scorecardsList;
    if (cached?.stored !== stored || cached.read !== read) {
      cached = {
        stored,
        read,
        list: scorecardsView(read.model, read.squads, stored),
      };
      this.scorecardsList = cached;
    }
    const { summary, rows } = cached.list;
    const page = applyListQuery(rows, query, SQUAD_ROW_FIELDS);
    let answer = this.pageAnswers.get(page);
    if (!answer) {
      answer = { ...summary, squads: page };
      this.pageAnswers.set(page, answer);
    }
    return answer;
  }

  /** Every squad's latest scorecard, one line per check. */
  async scorecardsCsv(): Promise<string> {
    const { model, squads } = await this.requireModel();
    const stored = await this.options.store.latestScorecards();
    return scorecardsCsv(model, squads, stored);
  }

  /** One squad's full scorecard, and what the caller may do on it. */
  async squadScorecard(
    squadRef: string,
    caller: ScorecardsCaller,
  ): Promise<SquadScorecardResponse> {
    const { store, clock } = this.options;
    const { model, squads } = await this.requireModel(entityRefKey(squadRef));
    const squad = squads.find(s => s.ref === entityRefKey(squadRef));
    if (!squad) {
      throw new NotFoundError(
        `${squadRef} is not a squad the capability model applies to`,
      );
    }
    const now = clock();
    const [
      [scorecard],
      attestations,
      waivers,
      [canAttest, canApprove, canWaive, canEvaluate],
    ] = await Promise.all([
      store.scorecards({ squadRef: squad.ref }),
      store.attestations(squad.ref),
      store.waivers(squad.ref),
      this.allowed(caller.credentials, [
        { permission: scorecardAttestPermission, resourceRef: squad.ref },
        { permission: scorecardAttestationApprovePermission },
        { permission: scorecardApprovePermission },
        { permission: scorecardEvaluatePermission },
      ]),
    ]);
    return {
      squad,
      model: modelView(model),
      evaluatedAt: scorecard?.evaluatedAt,
      modelVersion: scorecard?.modelVersion,
      level: scorecard
        ? computeSquadLevel(model.spec, scorecard.results)
        : undefined,
      results: scorecard?.results ?? [],
      attestations,
      attestationsDue: listAttestationsDue(model.spec, attestations, now),
      waivers: waivers.map(waiver => ({
        ...waiver,
        active: isWaiverActive(waiver, now),
      })),
      viewer: {
        userRef: caller.userRef,
        canAttest,
        canApprove,
        canWaive,
        canEvaluate,
      },
      names: await this.options.catalog.peopleNames(
        attestations.flatMap(attestationPeople),
      ),
    };
  }

  /** Every change to the squad's attestations and waivers, with the names of the people. */
  async auditTrail(squadRef: string): Promise<AuditResponse> {
    const entries = await this.options.store.auditTrail(squadRef);
    const names = await this.options.catalog.peopleNames(
      entries.flatMap(entry => [
        entry.actor,
        ...[entry.previousValue, entry.newValue].flatMap(value =>
          value ? attestationPeople(value as Partial<Attestation>) : [],
        ),
      ]),
    );
    return { entries, names };
  }

  /**
   * The attestations awaiting the caller's approval: those of checks that require approval,
   * current and undecided, that someone else attested. Empty for someone who may not approve.
   */
  async approvalQueue(
    caller: ScorecardsCaller,
  ): Promise<ApprovalQueueResponse> {
    const [canApprove] = await this.allowed(caller.credentials, [
      { permission: scorecardAttestationApprovePermission },
    ]);
    if (!canApprove) return { canApprove, pending: [], names: {} };
    const { model, squads } = await this.requireModel();
    const now = this.options.clock();
    const squadsByRef = new Map(squads.map(squad => [squad.ref, squad]));
    const checksById = new Map(model.spec.checks.map(c => [c.id, c]));
    const pending = (await this.options.store.undecidedAttestations()).flatMap(
      attestation => {
        const squad = squadsByRef.get(attestation.squadRef);
        const check = checksById.get(attestation.checkId);
        if (
          !squad ||
          !check ||
          attestation.attestedBy === caller.userRef ||
          attestationState(check, attestation, now) !== 'awaiting-approval'
        ) {
          return [];
        }
        const { id, title, level, evidence } = check;
        return [{ squad, check: { id, title, level, evidence }, attestation }];
      },
    );
    return {
      canApprove,
      pending,
      names: await this.options.catalog.peopleNames(
        pending.map(p => p.attestation.attestedBy),
      ),
    };
  }

  /** Squads per level and average level over the last `count` periods. */
  async history(query: {
    period: TrendPeriod;
    count: number;
    squadRef?: string;
  }): Promise<HistoryResponse> {
    const { model } = await this.requireModel();
    const periods = recentPeriodKeys(
      this.options.clock(),
      query.period,
      query.count,
    );
    const points = await this.options.store.levelsByPeriod(
      query.period,
      periods,
      query.squadRef,
    );
    return {
      period: query.period,
      squad: query.squadRef,
      points: levelTrend(
        points,
        periods,
        model.spec.levels.map(l => l.level),
      ),
    };
  }

  /** How each squad changed between the ends of two days. */
  async compare({ from, to }: ComparisonQuery): Promise<ComparisonResponse> {
    const endOf = (day: string) => new Date(`${day}T23:59:59.999Z`);
    const { model, squads } = await this.requireModel();
    const [before, after] = await Promise.all([
      this.options.store.snapshots(endOf(from)),
      this.options.store.snapshots(endOf(to)),
    ]);
    const titles = new Map(squads.map(s => [s.ref, s]));
    const levels = model.spec.levels.map(l => l.level);
    return {
      from,
      to,
      distributionBefore: levelDistribution(
        before.map(s => s.level),
        levels,
      ),
      distributionAfter: levelDistribution(
        after.map(s => s.level),
        levels,
      ),
      changes: compareScorecards(before, after).map(change => ({
        ...change,
        title: titles.get(change.squadRef)?.title ?? change.squadRef,
        domain: titles.get(change.squadRef)?.domain,
      })),
    };
  }

  /** Evaluates every squad, or the one named. */
  async evaluate(
    squad: unknown,
    caller: ScorecardsCaller,
  ): Promise<EvaluationSummary> {
    await this.requirePermission(
      caller.credentials,
      { permission: scorecardEvaluatePermission },
      'run a scorecard evaluation',
    );
    const squadRef =
      squad === undefined
        ? undefined
        : this.requireSquad((await this.requireModel()).squads, squad).ref;
    return this.options.evaluation.run({
      squadRef,
      trigger: 'on-demand',
      triggeredBy: caller.userRef,
    });
  }

  /** Records a squad member's attestation and re-evaluates the squad. */
  async attest(
    input: Unchecked<NewAttestation>,
    caller: ScorecardsCaller,
  ): Promise<AttestationResponse> {
    const { model, squads } = await this.requireModel();
    const squad = this.requireSquad(squads, input.squad);
    await this.requirePermission(
      caller.credentials,
      { permission: scorecardAttestPermission, resourceRef: squad.ref },
      `attest checks for ${squad.name}`,
    );
    const check = this.requireCheck(model, input.checkId, 'attestation');
    const problems = validateAttestationInput(input);
    if (problems.length > 0) throw inputProblems(problems);
    const now = this.options.clock();
    const attestation = {
      squadRef: squad.ref,
      checkId: check.id,
      evidenceUrl: input.evidenceUrl as string,
      comment: (input.comment as string).trim(),
      attestedBy: caller.userRef,
      attestedAt: now.toISOString(),
      expiresAt: attestationExpiry(
        now,
        attestationValidity(model.spec, check),
      )?.toISOString(),
    };
    await this.options.store.saveAttestation(attestation, model.spec.version);
    const evaluation = await this.reevaluate(squad, 'attestation', caller);
    const approvers = approvalRecipients(model.spec, check, caller.userRef);
    if (approvers) {
      const names = await this.options.catalog.peopleNames([caller.userRef]);
      await this.notify({
        recipients: approvers,
        payload: {
          title: `${squad.title} attested "${check.title}": awaiting your approval`,
          description: `${names[caller.userRef] ?? caller.userRef}: ${
            attestation.comment
          }`,
          link: APPROVAL_QUEUE_PATH,
          topic: 'scorecard-attestation',
        },
      });
    }
    return { attestation, evaluation };
  }

  /**
   * An approver's decision on a squad's attestation of a check that requires approval: approved,
   * the check counts; rejected, it fails until attested again. Re-evaluates the squad and tells
   * the attester.
   */
  async decide(
    input: Unchecked<NewAttestationDecision>,
    caller: ScorecardsCaller,
  ): Promise<AttestationResponse> {
    await this.requirePermission(
      caller.credentials,
      { permission: scorecardAttestationApprovePermission },
      'approve or reject attestations',
    );
    const { model, squads } = await this.requireModel();
    const squad = this.requireSquad(squads, input.squad);
    const check = this.requireCheck(model, input.checkId, 'attestation');
    const problems: ScorecardInputProblem[] = [];
    if (check.approval !== 'required') {
      problems.push({
        field: 'checkId',
        message: `${check.id} takes effect without approval (approval: ${
          check.approval ?? 'none'
        })`,
      });
    }
    if (
      !ATTESTATION_DECISIONS.includes(input.decision as AttestationDecision)
    ) {
      problems.push({
        field: 'decision',
        message: `must be one of ${ATTESTATION_DECISIONS.join(', ')}`,
      });
    }
    const reasonProblem = requiredTextProblem(
      'reason',
      input.reason,
      'must say why the evidence does or does not show what the check asks',
    );
    if (reasonProblem) problems.push(reasonProblem);
    if (problems.length > 0) throw inputProblems(problems);

    const { store, clock } = this.options;
    const current = (await store.attestations(squad.ref)).find(
      a => a.checkId === check.id,
    );
    if (!current) {
      throw inputProblems([
        {
          field: 'checkId',
          message: `${squad.name} has no attestation of ${check.id} to approve or reject`,
        },
      ]);
    }
    if (current.attestedBy === caller.userRef) {
      throw new NotAllowedError(
        `You attested ${check.id} for ${squad.name} yourself: another approver must approve or reject it`,
      );
    }
    const decision = input.decision as AttestationDecision;
    const { decided, current: standing } = await store.decideAttestation({
      squadRef: squad.ref,
      checkId: check.id,
      decision,
      decidedBy: caller.userRef,
      decidedAt: clock().toISOString(),
      reason: (input.reason as string).trim(),
    });
    if (!decided) {
      const by = standing?.approvedBy ?? standing?.rejectedBy;
      const names = await this.options.catalog.peopleNames(by ? [by] : []);
      throw new ConflictError(
        `${squad.name}'s attestation of ${check.id} was already ${
          standing?.approvedBy ? 'approved' : 'rejected'
        } by ${by && (names[by] ?? by)}`,
      );
    }
    const evaluation = await this.reevaluate(squad, 'approval', caller);
    const names = await this.options.catalog.peopleNames([caller.userRef]);
    const outcome = decision === 'approve' ? 'approved' : 'rejected';
    await this.notify({
      recipients: { type: 'entity', entityRef: decided.attestedBy },
      payload: {
        title: `Your attestation of "${check.title}" for ${squad.title} was ${outcome}`,
        description: `${names[caller.userRef] ?? caller.userRef}: ${
          decided.decisionReason
        }`,
        link: scorecardLink(squad),
        topic: 'scorecard-attestation',
      },
    });
    return { attestation: decided, evaluation };
  }

  /** Waives a check for a squad until a day, and re-evaluates the squad. */
  async waive(
    input: Unchecked<NewWaiver>,
    caller: ScorecardsCaller,
  ): Promise<WaiverResponse> {
    await this.requirePermission(
      caller.credentials,
      { permission: scorecardApprovePermission },
      'grant waivers',
    );
    const { model, squads } = await this.requireModel();
    const squad = this.requireSquad(squads, input.squad);
    const check = this.requireCheck(model, input.checkId);
    const now = this.options.clock();
    const { problems, expiresAt } = validateWaiverInput(input, now);
    if (problems.length > 0) throw inputProblems(problems);
    const waiver = {
      squadRef: squad.ref,
      checkId: check.id,
      reason: (input.reason as string).trim(),
      approvedBy: caller.userRef,
      createdAt: now.toISOString(),
      expiresAt: expiresAt!,
    };
    await this.options.store.saveWaiver(waiver);
    const evaluation = await this.reevaluate(squad, 'waiver', caller);
    return { waiver, evaluation };
  }

  /** Sends a notification; a failure is logged, as the change it reports is already made. */
  private async notify(notification: NotificationSendOptions): Promise<void> {
    try {
      await this.options.notifications.send(notification);
    } catch (error) {
      this.options.logger.warn(
        `Could not send the notification "${notification.payload.title}": ${
          (error as Error).message
        }`,
      );
    }
  }

  /** Scores the squad again after a change to its attestations or waivers. */
  private reevaluate(
    squad: SquadSummary,
    trigger: EvaluationRun['trigger'],
    caller: ScorecardsCaller,
  ): Promise<EvaluationSummary> {
    return this.options.evaluation.run({
      squadRef: squad.ref,
      trigger,
      triggeredBy: caller.userRef,
    });
  }

  /**
   * The model and its squads (with `squadRef` if the catalog has it), read together; refused when
   * the catalog has no model.
   */
  private async requireModel(
    squadRef?: string,
  ): Promise<Required<ScorecardCatalogRead>> {
    const read = await this.options.catalog.read(squadRef);
    if (!read.model) {
      throw new NotFoundError('There is no CapabilityModel in the catalog.');
    }
    // The same object for as long as the catalog read stands, so answers can be kept by it.
    return read as Required<ScorecardCatalogRead>;
  }

  private requireSquad(squads: SquadSummary[], ref: unknown): SquadSummary {
    const squadRef =
      typeof ref === 'string' ? entityRefKey(ref, 'group') : undefined;
    const squad = squads.find(s => s.ref === squadRef);
    if (!squad) {
      throw inputProblems([
        {
          field: 'squad',
          message: `must be the ref of a squad the capability model applies to (got ${JSON.stringify(
            ref ?? null,
          )})`,
        },
      ]);
    }
    return squad;
  }

  private requireCheck(
    model: CapabilityModelEntity,
    checkId: unknown,
    type?: CapabilityCheck['type'],
  ): CapabilityCheck {
    const check = model.spec.checks.find(c => c.id === checkId);
    if (!check) {
      throw inputProblems([
        {
          field: 'checkId',
          message: `must be a check of ${
            model.metadata.name
          } (got ${JSON.stringify(checkId ?? null)})`,
        },
      ]);
    }
    if (type && check.type !== type) {
      throw inputProblems([
        {
          field: 'checkId',
          message: `${check.id} is an ${check.type} check, not an ${type} check`,
        },
      ]);
    }
    return check;
  }

  /** Whether the permission policy allows each request (conditions evaluated by their owner). */
  private async allowed(
    credentials: BackstageCredentials,
    requests: AuthorizePermissionRequest[],
  ): Promise<boolean[]> {
    const decisions = await this.options.permissions.authorize(requests, {
      credentials,
    });
    return decisions.map(d => d.result === AuthorizeResult.ALLOW);
  }

  private async requirePermission(
    credentials: BackstageCredentials,
    request: AuthorizePermissionRequest,
    what: string,
  ) {
    const [allow] = await this.allowed(credentials, [request]);
    if (!allow) {
      throw new NotAllowedError(
        `You may not ${what} (permission ${request.permission.name})`,
      );
    }
  }
}

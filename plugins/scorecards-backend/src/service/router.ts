import {
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import {
  CapabilityCheck,
  CapabilityModelEntity,
  entityRefKey,
  toCsv,
} from '@readiness/plugin-readiness-common';
import {
  scorecardApprovePermission,
  scorecardAttestPermission,
  scorecardEvaluatePermission,
  SquadSummary,
  TREND_PERIODS,
  TrendPeriod,
} from '@readiness/plugin-scorecards-common';
import { sendSharedJson } from '@readiness/plugin-readiness-node';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { ScorecardStore, StoredScorecard } from '../database/ScorecardStore';
import {
  attestationExpiry,
  attestationValidity,
  listAttestationsDue,
  validateAttestationInput,
} from '../evaluation/attestations';
import { computeSquadLevel } from '../evaluation/levels';
import { ScorecardInputProblem } from '../evaluation/results';
import { ScorecardEvaluation } from '../evaluation/ScorecardEvaluation';
import {
  compareScorecards,
  levelDistribution,
  levelTrend,
  recentPeriodKeys,
} from '../evaluation/trend';
import { isWaiverActive, validateWaiverInput } from '../evaluation/waivers';
import { ScorecardCatalog, ScorecardCatalogRead } from './ScorecardCatalog';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  store: ScorecardStore;
  evaluation: Pick<ScorecardEvaluation, 'run'>;
  catalog: ScorecardCatalog;
  clock: () => Date;
}

const MAX_TREND_PERIODS = 104;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function badInput(problems: ScorecardInputProblem[]): InputError {
  return new InputError(
    problems.map(p => `${p.field}: ${p.message}`).join('; '),
  );
}

function modelView(model: CapabilityModelEntity) {
  return {
    ref: entityRefKey(model)!,
    title: model.metadata.title ?? model.metadata.name,
    version: model.spec.version,
    owner: model.spec.owner,
    levels: model.spec.levels,
    checks: model.spec.checks.map(check => ({
      ...check,
      validity:
        check.type === 'attestation'
          ? attestationValidity(model.spec, check)
          : undefined,
    })),
  };
}

/** Every squad with its latest scorecard (statuses and summaries, without evidence). */
function scorecardsView(
  model: CapabilityModelEntity,
  squads: SquadSummary[],
  stored: StoredScorecard[],
) {
  const storedBySquad = new Map(stored.map(s => [s.squadRef, s]));
  const rows = squads.map(squad => {
    const scorecard = storedBySquad.get(squad.ref);
    return {
      ...squad,
      level: scorecard?.level,
      levelName: model.spec.levels.find(l => l.level === scorecard?.level)
        ?.name,
      evaluatedAt: scorecard?.evaluatedAt,
      results: (scorecard?.results ?? []).map(
        ({ checkId, status, summary }) => ({
          checkId,
          status,
          summary,
        }),
      ),
    };
  });
  const evaluated = rows.flatMap(row =>
    row.level === undefined ? [] : [row.level],
  );
  return {
    model: modelView(model),
    evaluatedAt: stored
      .map(s => s.evaluatedAt)
      .sort()
      .pop(),
    distribution: levelDistribution(
      evaluated,
      model.spec.levels.map(l => l.level),
    ),
    squads: rows,
  };
}

/** The scorecards API: see the README for each route. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, userInfo, permissions, store, evaluation, catalog, clock } =
    options;
  const router = Router();
  router.use(express.json());

  async function signedIn(
    req: Request,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    return httpAuth.credentials(req, { allow: ['user'] });
  }

  async function userRefOf(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ) {
    return (await userInfo.getUserInfo(credentials)).userEntityRef;
  }

  /** The model and its squads, read together; refused when the catalog has no model. */
  async function requireModel(): Promise<Required<ScorecardCatalogRead>> {
    const read = await catalog.read();
    if (!read.model) {
      throw new NotFoundError('There is no CapabilityModel in the catalog.');
    }
    // The same object for as long as the catalog read stands, so answers can be kept by it.
    return read as Required<ScorecardCatalogRead>;
  }

  async function requireSquad(
    squads: SquadSummary[],
    ref: unknown,
  ): Promise<SquadSummary> {
    const squadRef =
      typeof ref === 'string' ? entityRefKey(ref, 'group') : undefined;
    const squad = squads.find(s => s.ref === squadRef);
    if (!squad) {
      throw badInput([
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

  function requireCheck(
    model: CapabilityModelEntity,
    checkId: unknown,
    type?: CapabilityCheck['type'],
  ): CapabilityCheck {
    const check = model.spec.checks.find(c => c.id === checkId);
    if (!check) {
      throw badInput([
        {
          field: 'checkId',
          message: `must be a check of ${
            model.metadata.name
          } (got ${JSON.stringify(checkId ?? null)})`,
        },
      ]);
    }
    if (type && check.type !== type) {
      throw badInput([
        {
          field: 'checkId',
          message: `${check.id} is an ${check.type} check, not an ${type} check`,
        },
      ]);
    }
    return check;
  }

  /** Whether the permission policy allows each request (conditions evaluated by their owner). */
  async function allowed(
    credentials: BackstageCredentials,
    requests: AuthorizePermissionRequest[],
  ): Promise<boolean[]> {
    const decisions = await permissions.authorize(requests, { credentials });
    return decisions.map(d => d.result === AuthorizeResult.ALLOW);
  }

  async function requirePermission(
    credentials: BackstageCredentials,
    request: AuthorizePermissionRequest,
    what: string,
  ) {
    const [allow] = await allowed(credentials, [request]);
    if (!allow) {
      throw new NotAllowedError(
        `You may not ${what} (permission ${request.permission.name})`,
      );
    }
  }

  // The list's answer, one object per stored snapshot and catalog read, so it is serialized,
  // tagged and compressed once (hundreds of kilobytes at profile L).
  let scorecardsAnswer:
    | { stored: StoredScorecard[]; read: ScorecardCatalogRead; answer: object }
    | undefined;

  router.get('/scorecards', async (req, res) => {
    await signedIn(req);
    const [read, stored] = await Promise.all([
      requireModel(),
      store.latestScorecards(),
    ]);
    if (scorecardsAnswer?.stored !== stored || scorecardsAnswer.read !== read) {
      scorecardsAnswer = {
        stored,
        read,
        answer: scorecardsView(read.model, read.squads, stored),
      };
    }
    sendSharedJson(res, scorecardsAnswer.answer);
  });

  router.get('/export.csv', async (req, res) => {
    await signedIn(req);
    const { model, squads } = await requireModel();
    const stored = await store.latestScorecards();
    const bySquad = new Map(stored.map(s => [s.squadRef, s]));
    const rows = squads.flatMap(squad => {
      const scorecard = bySquad.get(squad.ref);
      return model.spec.checks.map(check => ({
        squad,
        scorecard,
        check,
        result: scorecard?.results.find(r => r.checkId === check.id),
      }));
    });
    const csv = toCsv(rows, [
      { header: 'Squad', value: r => r.squad.title },
      { header: 'Squad ref', value: r => r.squad.ref },
      { header: 'Domain', value: r => r.squad.domain },
      { header: 'Squad level', value: r => r.scorecard?.level },
      { header: 'Check', value: r => r.check.id },
      { header: 'Check title', value: r => r.check.title },
      { header: 'Check level', value: r => r.check.level },
      { header: 'Category', value: r => r.check.category },
      { header: 'Type', value: r => r.check.type },
      { header: 'Status', value: r => r.result?.status ?? 'not evaluated' },
      { header: 'Summary', value: r => r.result?.summary },
      { header: 'Evaluated at', value: r => r.scorecard?.evaluatedAt },
      { header: 'Model version', value: r => r.scorecard?.modelVersion },
    ]);
    res
      .type('text/csv')
      .attachment(`scorecards-${clock().toISOString().slice(0, 10)}.csv`)
      .send(csv);
  });

  router.get('/squads/:namespace/:name', async (req, res) => {
    const credentials = await signedIn(req);
    const userRef = await userRefOf(credentials);
    const { model, squads } = await requireModel();
    const squad = squads.find(
      s =>
        s.ref ===
        entityRefKey(`group:${req.params.namespace}/${req.params.name}`),
    );
    if (!squad) {
      throw new NotFoundError(
        `group:${req.params.namespace}/${req.params.name} is not a squad the capability model applies to`,
      );
    }
    const now = clock();
    const [
      [scorecard],
      attestations,
      waivers,
      [canAttest, canApprove, canEvaluate],
    ] = await Promise.all([
      store.scorecards({ squadRef: squad.ref }),
      store.attestations(squad.ref),
      store.waivers(squad.ref),
      allowed(credentials, [
        { permission: scorecardAttestPermission, resourceRef: squad.ref },
        { permission: scorecardApprovePermission },
        { permission: scorecardEvaluatePermission },
      ]),
    ]);
    res.json({
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
      viewer: { userRef, canAttest, canApprove, canEvaluate },
    });
  });

  router.get('/squads/:namespace/:name/audit', async (req, res) => {
    await signedIn(req);
    const squadRef = entityRefKey(
      `group:${req.params.namespace}/${req.params.name}`,
    )!;
    res.json({ entries: await store.auditTrail(squadRef) });
  });

  router.get('/history', async (req, res) => {
    await signedIn(req);
    const period = (req.query.period ?? 'week') as TrendPeriod;
    if (!TREND_PERIODS.includes(period)) {
      throw badInput([
        {
          field: 'period',
          message: `must be one of ${TREND_PERIODS.join(', ')}`,
        },
      ]);
    }
    const count = Number(req.query.count ?? (period === 'week' ? 12 : 8));
    if (!Number.isInteger(count) || count < 1 || count > MAX_TREND_PERIODS) {
      throw badInput([
        {
          field: 'count',
          message: `must be a whole number from 1 to ${MAX_TREND_PERIODS}`,
        },
      ]);
    }
    const squadRef = req.query.squad
      ? entityRefKey(String(req.query.squad), 'group')
      : undefined;
    if (req.query.squad && !squadRef) {
      throw badInput([{ field: 'squad', message: 'must be a group ref' }]);
    }
    const { model } = await requireModel();
    const periods = recentPeriodKeys(clock(), period, count);
    const points = await store.levelsByPeriod(period, periods, squadRef);
    res.json({
      period,
      squad: squadRef,
      points: levelTrend(
        points,
        periods,
        model.spec.levels.map(l => l.level),
      ),
    });
  });

  router.get('/compare', async (req, res) => {
    await signedIn(req);
    const problems: ScorecardInputProblem[] = [];
    for (const field of ['from', 'to'] as const) {
      const value = req.query[field];
      if (
        typeof value !== 'string' ||
        !DATE.test(value) ||
        Number.isNaN(Date.parse(value))
      ) {
        problems.push({ field, message: 'must be a date YYYY-MM-DD' });
      }
    }
    if (
      problems.length === 0 &&
      String(req.query.from) > String(req.query.to)
    ) {
      problems.push({ field: 'from', message: 'must not be after to' });
    }
    if (problems.length > 0) throw badInput(problems);
    const endOf = (day: string) => new Date(`${day}T23:59:59.999Z`);
    const { model, squads } = await requireModel();
    const [before, after] = await Promise.all([
      store.snapshots(endOf(String(req.query.from))),
      store.snapshots(endOf(String(req.query.to))),
    ]);
    const titles = new Map(squads.map(s => [s.ref, s]));
    const levels = model.spec.levels.map(l => l.level);
    res.json({
      from: req.query.from,
      to: req.query.to,
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
    });
  });

  router.post('/evaluate', async (req, res) => {
    const credentials = await signedIn(req);
    await requirePermission(
      credentials,
      { permission: scorecardEvaluatePermission },
      'run a scorecard evaluation',
    );
    const triggeredBy = await userRefOf(credentials);
    let squadRef: string | undefined;
    if (req.body?.squad !== undefined) {
      squadRef = (
        await requireSquad((await requireModel()).squads, req.body.squad)
      ).ref;
    }
    res.json(
      await evaluation.run({ squadRef, trigger: 'on-demand', triggeredBy }),
    );
  });

  router.post('/attestations', async (req, res) => {
    const credentials = await signedIn(req);
    const userRef = await userRefOf(credentials);
    const { model, squads } = await requireModel();
    const body = req.body ?? {};
    const squad = await requireSquad(squads, body.squad);
    await requirePermission(
      credentials,
      { permission: scorecardAttestPermission, resourceRef: squad.ref },
      `attest checks for ${squad.name}`,
    );
    const check = requireCheck(model, body.checkId, 'attestation');
    const problems = validateAttestationInput(body);
    if (problems.length > 0) throw badInput(problems);
    const now = clock();
    const attestation = {
      squadRef: squad.ref,
      checkId: check.id,
      evidenceUrl: body.evidenceUrl as string,
      comment: (body.comment as string).trim(),
      attestedBy: userRef,
      attestedAt: now.toISOString(),
      expiresAt: attestationExpiry(
        now,
        attestationValidity(model.spec, check),
      )?.toISOString(),
    };
    await store.saveAttestation(attestation, model.spec.version);
    const summary = await evaluation.run({
      squadRef: squad.ref,
      trigger: 'attestation',
      triggeredBy: userRef,
    });
    res.status(201).json({ attestation, evaluation: summary });
  });

  router.post('/approvals', async (req, res) => {
    const credentials = await signedIn(req);
    await requirePermission(
      credentials,
      { permission: scorecardApprovePermission },
      'approve attestations',
    );
    const userRef = await userRefOf(credentials);
    const { model, squads } = await requireModel();
    const body = req.body ?? {};
    const squad = await requireSquad(squads, body.squad);
    const check = requireCheck(model, body.checkId, 'attestation');
    if (check.approval === 'none') {
      throw badInput([
        { field: 'checkId', message: `${check.id} takes no approval` },
      ]);
    }
    const attestation = await store.approveAttestation({
      squadRef: squad.ref,
      checkId: check.id,
      approvedBy: userRef,
      approvedAt: clock().toISOString(),
    });
    if (!attestation) {
      throw badInput([
        {
          field: 'checkId',
          message: `${squad.name} has no attestation of ${check.id} to approve`,
        },
      ]);
    }
    const summary = await evaluation.run({
      squadRef: squad.ref,
      trigger: 'approval',
      triggeredBy: userRef,
    });
    res.json({ attestation, evaluation: summary });
  });

  router.post('/waivers', async (req, res) => {
    const credentials = await signedIn(req);
    await requirePermission(
      credentials,
      { permission: scorecardApprovePermission },
      'grant waivers',
    );
    const userRef = await userRefOf(credentials);
    const { model, squads } = await requireModel();
    const body = req.body ?? {};
    const squad = await requireSquad(squads, body.squad);
    const check = requireCheck(model, body.checkId);
    const now = clock();
    const { problems, expiresAt } = validateWaiverInput(body, now);
    if (problems.length > 0) throw badInput(problems);
    const waiver = {
      squadRef: squad.ref,
      checkId: check.id,
      reason: (body.reason as string).trim(),
      approvedBy: userRef,
      createdAt: now.toISOString(),
      expiresAt: expiresAt!,
    };
    await store.saveWaiver(waiver);
    const summary = await evaluation.run({
      squadRef: squad.ref,
      trigger: 'waiver',
      triggeredBy: userRef,
    });
    res.status(201).json({ waiver, evaluation: summary });
  });

  return router;
}

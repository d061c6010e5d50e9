import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { entityRefKey } from '@readiness/plugin-readiness-common';
import {
  TREND_PERIODS,
  TrendPeriod,
} from '@readiness/plugin-scorecards-common';
import {
  parseListQuery,
  sendSharedJson,
} from '@readiness/plugin-readiness-node';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { ScorecardInputProblem } from '../evaluation/results';
import {
  inputProblems,
  ScorecardsCaller,
  ScorecardsService,
} from './ScorecardsService';
import { SQUAD_ROW_FIELDS } from './views';

/** What the scorecards router needs. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  service: ScorecardsService;
  clock: () => Date;
}

const MAX_TREND_PERIODS = 104;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The squad a route's `:namespace/:name` names. */
function squadRefOf(req: Request): string {
  return `group:${req.params.namespace}/${req.params.name}`;
}

/** The `/history` query: a known period, a whole number of periods, a group ref. */
function parseHistoryQuery(query: Request['query']) {
  const period = (query.period ?? 'week') as TrendPeriod;
  if (!TREND_PERIODS.includes(period)) {
    throw inputProblems([
      {
        field: 'period',
        message: `must be one of ${TREND_PERIODS.join(', ')}`,
      },
    ]);
  }
  const count = Number(query.count ?? (period === 'week' ? 12 : 8));
  if (!Number.isInteger(count) || count < 1 || count > MAX_TREND_PERIODS) {
    throw inputProblems([
      {
        field: 'count',
        message: `must be a whole number from 1 to ${MAX_TREND_PERIODS}`,
      },
    ]);
  }
  const squadRef = query.squad
    ? entityRefKey(String(query.squad), 'group')
    : undefined;
  if (query.squad && !squadRef) {
    throw inputProblems([{ field: 'squad', message: 'must be a group ref' }]);
  }
  return { period, count, squadRef };
}

/** The `/compare` query: two days, `from` not after `to`. */
function parseComparisonQuery(query: Request['query']) {
  const problems: ScorecardInputProblem[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (
      typeof value !== 'string' ||
      !DATE.test(value) ||
      Number.isNaN(Date.parse(value))
    ) {
      problems.push({ field, message: 'must be a date YYYY-MM-DD' });
    }
  }
  if (problems.length === 0 && String(query.from) > String(query.to)) {
    problems.push({ field: 'from', message: 'must not be after to' });
  }
  if (problems.length > 0) throw inputProblems(problems);
  return { from: String(query.from), to: String(query.to) };
}

/** The scorecards API (see the README for each route): HTTP in, the service's answer out. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, userInfo, service, clock } = options;
  const router = Router();
  router.use(express.json());

  /** Every route needs a signed-in user. */
  async function signedIn(req: Request): Promise<void> {
    await httpAuth.credentials(req, { allow: ['user'] });
  }

  async function caller(req: Request): Promise<ScorecardsCaller> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { userEntityRef } = await userInfo.getUserInfo(credentials);
    return { credentials, userRef: userEntityRef };
  }

  router.get('/scorecards', async (req, res) => {
    await signedIn(req);
    sendSharedJson(
      res,
      await service.scorecards(parseListQuery(req, SQUAD_ROW_FIELDS)),
    );
  });

  router.get('/export.csv', async (req, res) => {
    await signedIn(req);
    const csv = await service.scorecardsCsv();
    res
      .type('text/csv')
      .attachment(`scorecards-${clock().toISOString().slice(0, 10)}.csv`)
      .send(csv);
  });

  router.get('/squads/:namespace/:name', async (req, res) => {
    res.json(await service.squadScorecard(squadRefOf(req), await caller(req)));
  });

  router.get('/squads/:namespace/:name/audit', async (req, res) => {
    await signedIn(req);
    res.json(await service.auditTrail(entityRefKey(squadRefOf(req))!));
  });

  router.get('/history', async (req, res) => {
    await signedIn(req);
    res.json(await service.history(parseHistoryQuery(req.query)));
  });

  router.get('/compare', async (req, res) => {
    await signedIn(req);
    res.json(await service.compare(parseComparisonQuery(req.query)));
  });

  router.post('/evaluate', async (req, res) => {
    res.json(await service.evaluate(req.body?.squad, await caller(req)));
  });

  router.post('/attestations', async (req, res) => {
    res
      .status(201)
      .json(await service.attest(req.body ?? {}, await caller(req)));
  });

  router.get('/approvals', async (req, res) => {
    res.json(await service.approvalQueue(await caller(req)));
  });

  router.post('/decisions', async (req, res) => {
    res.json(await service.decide(req.body ?? {}, await caller(req)));
  });

  router.post('/waivers', async (req, res) => {
    res
      .status(201)
      .json(await service.waive(req.body ?? {}, await caller(req)));
  });

  return router;
}

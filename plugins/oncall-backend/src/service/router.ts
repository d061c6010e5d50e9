import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InputError,
  NotAllowedError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  incidentTriggerPermission,
  OncallSyncStatus,
} from '@readiness/plugin-oncall-common';
import { sendSharedJson } from '@readiness/plugin-readiness-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { OncallService } from './OncallService';
import { TooManyIncidentsError } from './TooManyIncidentsError';

const MAX_PAGE_SIZE = 500;

/** The card reads `<base>/pagerduty/...`, `<base>` being this plugin's URL. */
const PAGERDUTY_CARD_PATH = '/pagerduty';

const entityRefSchema = z.string().transform((value, ctx) => {
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch (error) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `must be a full entity ref such as component:default/payment-gateway (${
        (error as Error).message
      })`,
    });
    return z.NEVER;
  }
});

const isoDateSchema = z
  .string()
  .refine(value => !Number.isNaN(Date.parse(value)), {
    message: 'must be an ISO-8601 date or date-time',
  })
  .transform(value => new Date(value).toISOString());

const integerSchema = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { message: `must be at least ${min}` })
        .max(max, { message: `must be at most ${max}` }),
    );

const incidentsQuerySchema = z.object({
  entityRef: entityRefSchema.optional(),
  since: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
  status: z.enum(['triggered', 'acknowledged', 'resolved']).optional(),
  limit: integerSchema(1, MAX_PAGE_SIZE).optional(),
  offset: integerSchema(0, Number.MAX_SAFE_INTEGER).optional(),
});

const analyticsQuerySchema = z.object({
  entityRef: entityRefSchema.optional(),
  months: integerSchema(1, 36).optional(),
});

// PagerDuty ids are short runs of capitals and digits.
const incidentIdSchema = z.object({
  id: z.string().regex(/^[A-Z0-9]{1,32}$/, {
    message: 'must be a PagerDuty incident id such as Q1ACH1400LAG',
  }),
});

const onCallNowQuerySchema = z.object({
  q: z.string().max(200).optional(),
  limit: integerSchema(1, MAX_PAGE_SIZE).optional(),
  offset: integerSchema(0, Number.MAX_SAFE_INTEGER).optional(),
});

/** The `/oncall/shifts` query: whose shifts, a user ref (`user:` and `default` may be left out). */
const shiftsQuerySchema = z.object({
  user: z.string().min(1).max(300),
});

function normalizeUserRef(ref: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind: 'user', defaultNamespace: 'default' }),
    );
  } catch (error) {
    throw new InputError(`user: ${(error as Error).message}`);
  }
}

/** PagerDuty object ids: the card's path parameters go to PagerDuty as they are. */
const PAGERDUTY_ID = '[A-Z0-9]{1,32}';

/**
 * The reads of the third-party PagerDuty card (\@backstage/plugin-pagerduty
 * 0.6.8), whose client the frontend gives this plugin's URL in place of the
 * proxy's. Only these reach PagerDuty, with the plugin's token and rate limit;
 * nothing is written, and no routing key is answered.
 */
const CARD_READS = [
  '/services',
  `/services/:serviceId(${PAGERDUTY_ID})`,
  `/services/:serviceId(${PAGERDUTY_ID})/change_events`,
  '/incidents',
  '/oncalls',
].map(path => `${PAGERDUTY_CARD_PATH}${path}`);

const triggerBodySchema = z.object({
  entityRef: entityRefSchema,
  title: z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(1024, { message: 'must be at most 1024 characters' }),
  description: z
    .string()
    .max(10_000, { message: 'must be at most 10000 characters' })
    .optional(),
});

/** Parses input or throws a 400 naming each bad field and why. */
function parse<T extends z.ZodTypeAny>(
  schema: T,
  input: unknown,
  where: string,
): z.output<T> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    const problems = result.error.issues
      .map(issue => `${issue.path.join('.') || where}: ${issue.message}`)
      .join('; ');
    throw new InputError(problems);
  }
  return result.data;
}

/**
 * A route's answer, `{ status, ...content }`, kept as the same object while its content (a shared
 * array or page, such as everyone on call) and the sync status stay the same, so
 * `sendSharedJson` serializes and compresses it once per sync (the status carries the sync's
 * time, not an age) rather than once per request.
 */
function answerWithStatus<Content extends object>(
  shape: (content: Content) => object,
) {
  const answers = new WeakMap<Content, { statusJson: string; answer: object }>();
  return (status: OncallSyncStatus, content: Content) => {
    const statusJson = JSON.stringify(status);
    let last = answers.get(content);
    if (last?.statusJson !== statusJson) {
      last = { statusJson, answer: { status, ...shape(content) } };
      answers.set(content, last);
    }
    return last.answer;
  };
}

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  oncall: OncallService;
}): Promise<express.Router> {
  const { httpAuth, permissions, oncall } = options;
  const router = Router();
  const pageAnswer = answerWithStatus((page: object) => page);
  const usersAnswer = answerWithStatus((items: object[]) => ({ items }));
  router.use(express.json());

  // Every route needs a signed-in user; backends may read too.
  const readers = { allow: ['user', 'service'] as Array<'user' | 'service'> };

  router.get('/status', async (req, res) => {
    await httpAuth.credentials(req, readers);
    res.json(await oncall.getStatus());
  });

  router.get('/oncall/now', async (req, res) => {
    await httpAuth.credentials(req, readers);
    const query = parse(onCallNowQuerySchema, req.query, 'query');
    const [status, page] = await Promise.all([
      oncall.getStatus(),
      oncall.onCallNow(query),
    ]);
    sendSharedJson(res, pageAnswer(status, page));
  });

  router.get('/oncall/shifts', async (req, res) => {
    await httpAuth.credentials(req, readers);
    const { user } = parse(shiftsQuerySchema, req.query, 'query');
    const [status, items] = await Promise.all([
      oncall.getStatus(),
      oncall.shiftsOf(normalizeUserRef(user)),
    ]);
    res.json({ status, items });
  });

  router.get('/oncall/entity/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, readers);
    const entityRef = stringifyEntityRef({
      kind: req.params.kind,
      namespace: req.params.namespace,
      name: req.params.name,
    });
    const [status, items] = await Promise.all([
      oncall.getStatus(),
      oncall.onCallForEntity(entityRef, credentials),
    ]);
    res.json({ status, items });
  });

  router.get('/incidents', async (req, res) => {
    await httpAuth.credentials(req, readers);
    const query = parse(incidentsQuerySchema, req.query, 'query');
    if (query.since && query.until && query.since >= query.until) {
      throw new InputError('until: must be after since');
    }
    const [status, page] = await Promise.all([
      oncall.getStatus(),
      oncall.listIncidents({
        ...query,
        limit: query.limit ?? 100,
        offset: query.offset ?? 0,
      }),
    ]);
    sendSharedJson(res, pageAnswer(status, page));
  });

  router.get('/incidents/analytics', async (req, res) => {
    await httpAuth.credentials(req, readers);
    const query = parse(analyticsQuerySchema, req.query, 'query');
    const [status, analytics] = await Promise.all([
      oncall.getStatus(),
      oncall.incidentAnalytics({
        entityRef: query.entityRef,
        months: query.months ?? 12,
      }),
    ]);
    res.json({ status, ...analytics });
  });

  router.get('/incidents/:id/log-entries', async (req, res) => {
    await httpAuth.credentials(req, readers);
    const { id } = parse(incidentIdSchema, req.params, 'id');
    const [status, log] = await Promise.all([
      oncall.getStatus(),
      oncall.incidentLogEntries(id),
    ]);
    res.json({ status, ...log });
  });

  router.get('/users', async (req, res) => {
    await httpAuth.credentials(req, readers);
    const [status, items] = await Promise.all([
      oncall.getStatus(),
      oncall.users(),
    ]);
    sendSharedJson(res, usersAnswer(status, items));
  });

  router.get('/mapping', async (req, res) => {
    await httpAuth.credentials(req, readers);
    sendSharedJson(res, await oncall.mapping());
  });

  router.get(CARD_READS, async (req, res) => {
    await httpAuth.credentials(req, readers);
    const url = new URL(req.url, 'http://card');
    try {
      res.json(
        await oncall.readForCard(
          url.pathname.slice(PAGERDUTY_CARD_PATH.length),
          url.search,
        ),
      );
    } catch (error) {
      if (!(error instanceof ServiceUnavailableError)) {
        throw error;
      }
      // PagerDuty's error shape, which the card shows; Backstage's beside it.
      res.status(503).json({
        error: { name: error.name, message: error.message },
        errors: [error.message],
      });
    }
  });

  router.post('/incidents', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [decision] = await permissions.authorize(
      [{ permission: incidentTriggerPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You may not raise incidents (permission ${incidentTriggerPermission.name})`,
      );
    }
    const body = parse(triggerBodySchema, req.body, 'body');
    try {
      const incident = await oncall.triggerIncident(body, {
        userRef: credentials.principal.userEntityRef,
        credentials,
      });
      res.status(201).json(incident);
    } catch (error) {
      if (error instanceof TooManyIncidentsError) {
        res
          .status(429)
          .set('Retry-After', String(error.retryAfterSeconds))
          .json({
            error: { name: error.name, message: error.message },
            request: { method: req.method, url: req.originalUrl },
            response: { statusCode: 429 },
          });
        return;
      }
      throw error;
    }
  });

  return router;
}

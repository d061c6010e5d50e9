import express, { NextFunction, Request, Response } from 'express';
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { resolve } from 'path';
import { PagerDutyAccount } from './account/PagerDutyAccount';
import {
  PagerDutyError,
  invalidEvent,
  notFound,
  serverError,
} from './api/errors';
import { createEventsApi } from './api/eventsApi';
import { createRestApi } from './api/restApi';
import {
  LoggedRequest,
  PAGERDUTY_REST_REQUESTS_PER_MINUTE,
  PagerDutySandboxControls,
  SandboxSwitches,
} from './api/switches';
import { readSandboxAccount } from './seed/accountFile';
import { readDemoOrganisation } from './seed/catalog';
import { IdFactory } from './seed/random';
import { DemoAccountFacts, buildDemoAccount } from './seed/demoAccount';
import {
  SyntheticAccountScale,
  buildSyntheticAccount,
} from './seed/syntheticAccount';

export const DEFAULT_SEED = 20261122;

/**
 * How a sandbox is seeded and how strict its REST API is.
 *
 * @public
 */
export interface PagerDutySandboxOptions {
  /** The REST API token clients must send as `Authorization: Token token=<token>`. */
  token: string;
  /** The demo organisation's catalog folder (catalog-info/); read at start. */
  catalogDir?: string;
  /**
   * A sandbox account file (the scale profile's pagerduty-account.json) to
   * load instead of the demo organisation; the PAGERDUTY_SANDBOX_ACCOUNT
   * environment variable names one too, and wins over `catalogDir` and `scale`.
   */
  accountFile?: string;
  /** A synthetic account of this size instead of the demo organisation. */
  scale?: SyntheticAccountScale;
  /** "Now" for the seed and for on-call answers; tests fix it. */
  clock?: () => Date;
  /** Same seed and clock, same account. */
  seed?: number;
  /** REST requests per token and minute before 429; PagerDuty's documented 960 by default. */
  requestsPerMinute?: number;
  /** The account's web address is https://<subdomain>.pagerduty.com (for `html_url`s). */
  subdomain?: string;
}

/**
 * Where the router serves Events API v2, relative to its REST root: the
 * sandbox's `pagerDuty.eventsBaseUrl` is its base URL + this path, and events
 * are posted to that + `/enqueue`, as on events.pagerduty.com/v2.
 */
export const EVENTS_API_PATH = '/v2';

/**
 * A sandbox ready to be mounted: its router, the switches that make it fail, the requests it
 * answered and its account.
 *
 * @public
 */
export interface PagerDutySandbox {
  /** Serves the REST API at its root and the Events API under `/v2`. */
  router: express.Router;
  controls: PagerDutySandboxControls;
  requestLog: LoggedRequest[];
  account: PagerDutyAccount;
  /** What the seed chose for the demo organisation (absent for a synthetic account). */
  facts?: DemoAccountFacts;
}

async function buildAccount(
  options: PagerDutySandboxOptions,
  now: Date,
  seed: number,
): Promise<{
  account: PagerDutyAccount;
  ids: IdFactory;
  facts?: DemoAccountFacts;
}> {
  const subdomain = options.subdomain ?? 'meridianpay-sandbox';
  const accountFile =
    options.accountFile ?? process.env.PAGERDUTY_SANDBOX_ACCOUNT;
  if (accountFile) {
    const { organisation, onCall } = await readSandboxAccount(
      resolve(accountFile),
    );
    return buildDemoAccount(organisation, { seed, now, subdomain, onCall });
  }
  if (options.scale) {
    return buildSyntheticAccount(options.scale, { seed, now, subdomain });
  }
  if (!options.catalogDir) {
    throw new Error(
      'The PagerDuty sandbox needs a catalogDir (the demo organisation), an accountFile or a scale',
    );
  }
  const org = await readDemoOrganisation(resolve(options.catalogDir));
  return buildDemoAccount(org, { seed, now, subdomain });
}

function allowBrowsers(
  request: Request,
  response: Response,
  next: NextFunction,
) {
  response.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Accept',
  });
  if (request.method === 'OPTIONS') {
    response.sendStatus(204);
    return;
  }
  next();
}

/** PagerDuty-shaped errors; anything unexpected is a 500, logged. */
function answerErrors(
  error: any,
  request: Request,
  response: Response,
  _next: NextFunction,
) {
  const events = request.path.startsWith(`${EVENTS_API_PATH}/`);
  let answer: PagerDutyError;
  if (error instanceof PagerDutyError) {
    answer = error;
  } else if (error?.type === 'entity.parse.failed') {
    answer = invalidEvent('Event object format is unrecognized');
  } else {
    // eslint-disable-next-line no-console
    console.error(
      'PagerDuty sandbox failed to answer',
      request.method,
      request.originalUrl,
      error,
    );
    answer = serverError(500, events);
  }
  response.status(answer.status).set(answer.headers).json(answer.body);
}

interface AssembledSandbox extends PagerDutySandbox {
  switches: SandboxSwitches;
}

async function assembleSandbox(
  options: PagerDutySandboxOptions,
): Promise<AssembledSandbox> {
  const clock = options.clock ?? (() => new Date());
  const seed = options.seed ?? DEFAULT_SEED;
  const built = await buildAccount(options, clock(), seed);
  const switches = new SandboxSwitches(
    options.token,
    options.requestsPerMinute ?? PAGERDUTY_REST_REQUESTS_PER_MINUTE,
    seed,
  );
  const router = express.Router();
  router.use(EVENTS_API_PATH, allowBrowsers);
  router.use(switches.middleware);
  router.use(
    EVENTS_API_PATH,
    createEventsApi({ account: built.account, ids: built.ids, clock }),
  );
  router.use(createRestApi({ account: built.account, clock }));
  router.use((request: Request, _response: Response, next: NextFunction) => {
    next(
      request.path.startsWith(`${EVENTS_API_PATH}/`)
        ? invalidEvent('Unknown endpoint')
        : notFound(),
    );
  });
  router.use(answerErrors);
  return {
    router,
    switches,
    controls: switches.controls,
    requestLog: switches.requestLog,
    account: built.account,
    facts: built.facts,
  };
}

/**
 * A PagerDuty stand-in to mount in any express app: REST API v2 at the mount
 * point, Events API v2 under `/v2`, with its controls and request log.
 *
 * @public
 */
export async function createPagerDutySandbox(
  options: PagerDutySandboxOptions,
): Promise<PagerDutySandbox> {
  const { router, controls, requestLog, account, facts } =
    await assembleSandbox(options);
  return { router, controls, requestLog, account, facts };
}

/**
 * Options of a sandbox that listens on its own port.
 *
 * @public
 */
export interface StartPagerDutySandboxOptions extends PagerDutySandboxOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/**
 * A sandbox listening on its own port, with the addresses of its two APIs.
 *
 * @public
 */
export interface RunningPagerDutySandbox
  extends Omit<PagerDutySandbox, 'router'> {
  /** REST API root, e.g. http://127.0.0.1:7079 */
  url: string;
  /** Events API root: POST `${eventsUrl}/enqueue`. */
  eventsUrl: string;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise(resolveClose => {
    if (!server.listening) {
      resolveClose();
      return;
    }
    server.close(() => resolveClose());
    server.closeAllConnections();
  });
}

/**
 * Starts the sandbox on its own HTTP server.
 *
 * @public
 */
export async function startPagerDutySandbox(
  options: StartPagerDutySandboxOptions,
): Promise<RunningPagerDutySandbox> {
  const sandbox = await assembleSandbox(options);
  const host = options.host ?? '127.0.0.1';
  const app = express();
  app.disable('x-powered-by');
  app.use(sandbox.router);
  const server = createServer(app);
  await listen(server, options.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;
  // A refused connection needs the port closed; it opens again when the outage ends.
  sandbox.switches.onOutageChange = async mode => {
    if (mode === 'connection-refused') await close(server);
    else if (!server.listening) await listen(server, port, host);
  };
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    eventsUrl: `${url}${EVENTS_API_PATH}`,
    controls: sandbox.controls,
    requestLog: sandbox.requestLog,
    account: sandbox.account,
    facts: sandbox.facts,
    stop: async () => {
      sandbox.switches.onOutageChange = undefined;
      await close(server);
    },
  };
}

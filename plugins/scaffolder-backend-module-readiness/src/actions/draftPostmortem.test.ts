import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { OncallLogEntriesResponse } from '@readiness/plugin-oncall-common';
import { parse, parseAllDocuments } from 'yaml';
import { squad, squadComponent } from '../__testUtils__/catalog';
import { dryRunTemplate } from '../__testUtils__/dryRun';
import { createDraftPostmortemAction } from './draftPostmortem';
import { OncallLogEntriesReader } from './oncallLogEntries';

const catalog: Entity[] = [
  squad,
  squadComponent('ach-origination-service', 'service', {
    'pagerduty.com/service-id': 'PY8XS2A',
  }),
];

/** A resolved incident as GET /api/oncall/incidents lists it. */
const incident = {
  id: 'Q1ACH1400LAG',
  number: 4182,
  title: 'ACH same-day window 2 file not built by 13:45',
  status: 'resolved',
  urgency: 'high',
  serviceId: 'PY8XS2A',
  createdAt: '2026-11-12T19:09:00Z',
  acknowledgedAt: '2026-11-12T19:12:00Z',
  resolvedAt: '2026-11-12T21:15:00Z',
};

/** Its steps, as GET /api/oncall/incidents/:id/log-entries answers them. */
const logEntriesAnswer: OncallLogEntriesResponse = {
  status: {
    source: 'sandbox',
    baseUrl: 'http://localhost:7007/api/oncall/pagerduty-sandbox',
    lastSuccessAt: '2026-11-13T00:00:00Z',
    stale: false,
  },
  incident: { ...incident, status: 'resolved' },
  source: 'snapshot',
  items: [
    {
      id: 'R1',
      type: 'triggered',
      at: '2026-11-12T19:09:00.000Z',
      agent: { type: 'service', id: 'PY8XS2A', name: 'ACH origination' },
      recipients: [],
    },
    {
      id: 'R2',
      type: 'notified',
      at: '2026-11-12T19:09:00.000Z',
      recipients: [{ type: 'user', id: 'PADA', name: 'Ada Okafor' }],
      channel: 'push',
    },
    {
      id: 'R3',
      type: 'acknowledged',
      at: '2026-11-12T19:12:00.000Z',
      agent: { type: 'user', id: 'PADA', name: 'Ada Okafor' },
      recipients: [],
    },
    {
      id: 'R4',
      type: 'resolved',
      at: '2026-11-12T21:15:00.000Z',
      agent: { type: 'user', id: 'PADA', name: 'Ada Okafor' },
      recipients: [],
    },
  ],
};

/** A refusal as the on-call backend answers it: Backstage's error body. */
function errorAnswer(status: number, name: string, message: string) {
  return {
    status,
    body: { error: { name, message }, response: { statusCode: status } },
  };
}

/**
 * How the on-call API's log-entries route answers a path for the incident above: the steps, or
 * a 503 when PagerDuty is unavailable.
 */
function answerLogEntries(
  path: string,
  oncall: 'ok' | 'unavailable',
): { status: number; body: unknown } {
  if (path !== `/incidents/${incident.id}/log-entries`) {
    return errorAnswer(404, 'NotFoundError', 'not in the snapshot');
  }
  if (oncall === 'unavailable') {
    return errorAnswer(
      503,
      'ServiceUnavailableError',
      `Could not read the log entries of incident ${incident.id} from PagerDuty: PagerDuty answered 503 Service Unavailable`,
    );
  }
  return { status: 200, body: logEntriesAnswer };
}

const PATH =
  'catalog-info/postmortems/self-serve/2026-11-12-ach-same-day-window-2-file-not-built-by-13-45.yaml';

describe('readiness:postmortem:draft', () => {
  const workspace = createMockDirectory();
  let oncall: 'ok' | 'unavailable' = 'ok';
  let server: Server;
  let baseUrl = '';
  const action = createDraftPostmortemAction({
    catalog: catalogServiceMock({ entities: catalog }),
    logEntries: new OncallLogEntriesReader({
      discovery: {
        getBaseUrl: async () => baseUrl,
        getExternalBaseUrl: async () => baseUrl,
      },
      auth: mockServices.auth(),
    }),
  });

  beforeAll(async () => {
    server = createServer((req, res) => {
      const { status, body } = req.headers.authorization?.startsWith('Bearer ')
        ? answerLogEntries(req.url ?? '', oncall)
        : errorAnswer(401, 'AuthenticationError', 'no token');
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    server.listen(0);
    await new Promise(done => server.once('listening', done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise(done => server.close(done)));
  const run = (input: Record<string, unknown>) => {
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: input as any,
    });
    return { ctx, done: action.handler(ctx) };
  };

  beforeEach(() => {
    workspace.clear();
    oncall = 'ok';
  });

  it('maps the PagerDuty service to its catalog service and squad, and writes the draft', async () => {
    const { ctx, done } = run({ incident, customerImpact: '10-25%' });
    await done;
    expect(ctx.output).toHaveBeenCalledWith('path', PATH);
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'postmortem:default/2026-11-12-ach-same-day-window-2-file-not-built-by-13-45',
    );
    const record = parse(readFileSync(join(workspace.path, PATH), 'utf8'));
    expect(record.spec).toMatchObject({
      owner: 'group:default/ach-operations-squad',
      services: ['component:default/ach-origination-service'],
      severity: 'high',
      customerImpact: '10-25%',
      startedAt: incident.createdAt,
      resolvedAt: incident.resolvedAt,
    });
    expect(ctx.output).toHaveBeenCalledWith('timelineSource', 'log-entries');
    expect(record.spec.timeline).toEqual([
      {
        at: '2026-11-12T19:09:00.000Z',
        event:
          'PagerDuty incident #4182 triggered by ACH origination: ACH same-day window 2 file not built by 13:45',
      },
      { at: '2026-11-12T19:09:00.000Z', event: 'Ada Okafor notified (push)' },
      {
        at: '2026-11-12T19:12:00.000Z',
        event: 'PagerDuty incident #4182 acknowledged by Ada Okafor',
      },
      {
        at: '2026-11-12T21:15:00.000Z',
        event: 'PagerDuty incident #4182 resolved by Ada Okafor',
      },
    ]);
  });

  it("drafts the timeline from the incident's times, with a note, when the log entries are unavailable", async () => {
    oncall = 'unavailable';
    const { ctx, done } = run({ incident, customerImpact: '10-25%' });
    await done;
    expect(ctx.output).toHaveBeenCalledWith('timelineSource', 'incident-times');
    const record = parse(readFileSync(join(workspace.path, PATH), 'utf8'));
    expect(record.spec.timeline.map((t: { at: string }) => t.at)).toEqual([
      incident.createdAt,
      incident.acknowledgedAt,
      incident.resolvedAt,
    ]);
    expect(record.spec.details).toContain(
      "> The timeline has only the incident's trigger, acknowledgement and resolution times: its PagerDuty log entries could not be read (The on-call backend answered 503 when asked for the log entries of incident Q1ACH1400LAG (GET /api/oncall/incidents/Q1ACH1400LAG/log-entries): Could not read the log entries of incident Q1ACH1400LAG from PagerDuty: PagerDuty answered 503 Service Unavailable).",
    );
  });

  it('says the on-call backend could not be reached when it is down', async () => {
    const reader = new OncallLogEntriesReader({
      discovery: {
        getBaseUrl: async () => 'http://127.0.0.1:1/api/oncall',
        getExternalBaseUrl: async () => 'http://127.0.0.1:1/api/oncall',
      },
      auth: mockServices.auth(),
    });
    expect(await reader.read(incident.id, mockCredentials.user())).toEqual({
      available: false,
      reason: expect.stringMatching(
        /^The on-call backend could not be reached for the log entries of incident Q1ACH1400LAG \(GET \/api\/oncall\/incidents\/Q1ACH1400LAG\/log-entries\): /,
      ),
    });
  });

  it('uses the on-call mapping when the incident names a component', async () => {
    const { ctx, done } = run({
      incident: {
        ...incident,
        serviceId: 'PUNKNOWN',
        entityRef: 'component:default/ach-origination-service',
      },
      customerImpact: 'none',
    });
    await done;
    expect(ctx.output).toHaveBeenCalledWith('path', PATH);
  });

  it('refuses an unresolved incident and one no catalog service maps to', async () => {
    await expect(
      run({
        incident: {
          ...incident,
          status: 'acknowledged',
          resolvedAt: undefined,
        },
        customerImpact: 'none',
      }).done,
    ).rejects.toThrow(
      'incident: Q1ACH1400LAG is acknowledged; post-mortems start from resolved incidents',
    );
    await expect(
      run({
        incident: { ...incident, serviceId: 'PUNKNOWN' },
        customerImpact: 'none',
      }).done,
    ).rejects.toThrow(
      'incident: no catalog service maps to PagerDuty service PUNKNOWN of incident Q1ACH1400LAG',
    );
  });
});

describe('the "Start a post-mortem" template', () => {
  jest.setTimeout(60_000);
  const templateFile = resolve(
    __dirname,
    '../../../../catalog-info/templates/start-postmortem.yaml',
  );
  const [template] = parseAllDocuments(readFileSync(templateFile, 'utf8')).map(
    document => document.toJS(),
  );

  /** The on-call backend's log-entries route, reached through discovery with the user's token. */
  const fakeOnCallBackend = createBackendPlugin({
    pluginId: 'oncall',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          httpRouter.use(async (req, res, next) => {
            try {
              await httpAuth.credentials(req, { allow: ['user'] });
              const { status, body } = answerLogEntries(req.path, 'ok');
              res.status(status).json(body);
            } catch (error) {
              next(error);
            }
          });
        },
      });
    },
  });

  function dryRun(environment?: Record<string, string>) {
    return dryRunTemplate({
      catalog,
      environment,
      features: [fakeOnCallBackend],
      body: {
        template,
        values: {
          incident,
          customerImpact: '10-25%',
          summary: 'Window 2 missed.',
        },
        directoryContents: [],
      },
    });
  }

  it('drafts, validates and previews the post-mortem in the embedded default', async () => {
    const response = await dryRun();
    expect(response.status).toBe(200);
    const file = response.body.directoryContents.find(
      (f: { path: string }) => f.path === PATH,
    );
    const record = parse(
      Buffer.from(file.base64Content, 'base64').toString('utf8'),
    );
    expect(record).toMatchObject({
      kind: 'Postmortem',
      spec: {
        status: 'draft',
        summary: 'Window 2 missed.',
        incidents: ['Q1ACH1400LAG'],
      },
    });
    expect(record.spec.timeline).toHaveLength(logEntriesAnswer.items.length);
    const [text] = response.body.output.text;
    expect(text.title).toBe('Draft post-mortem (not published)');
    expect(text.content).toContain(
      '# Draft post-mortem made with the "Start a post-mortem" template',
    );
  });

  it('opens a pull request when a records repository is configured', async () => {
    const response = await dryRun({
      recordsRepoUrl: 'github.com?owner=meridian-pay&repo=readiness-records',
    });
    expect(response.status).toBe(200);
    expect(response.body.output.links[0]).toMatchObject({
      title: 'Pull request',
    });
    expect(response.body.output.text).toEqual([]);
    const log = response.body.log
      .map((line: { body: { message: string } }) => line.body.message)
      .join('\n');
    expect(log).toContain('Performing dry run of creating pull request');
  });
});

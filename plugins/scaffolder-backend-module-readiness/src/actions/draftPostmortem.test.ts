import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderModuleGithub from '@backstage/plugin-scaffolder-backend-module-github';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import request from 'supertest';
import { parse, parseAllDocuments } from 'yaml';
import { scaffolderModuleReadiness } from '../module';
import { createDraftPostmortemAction } from './draftPostmortem';

const catalog: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ach-operations-squad', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'ach-origination-service',
      namespace: 'default',
      annotations: { 'pagerduty.com/service-id': 'PY8XS2A' },
    },
    spec: { type: 'service', owner: 'group:ach-operations-squad' },
  },
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

const PATH =
  'catalog-info/postmortems/self-serve/2026-11-12-ach-same-day-window-2-file-not-built-by-13-45.yaml';

describe('readiness:postmortem:draft', () => {
  const workspace = createMockDirectory();
  const action = createDraftPostmortemAction({
    catalog: catalogServiceMock({ entities: catalog }),
  });
  const run = (input: Record<string, unknown>) => {
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: input as any,
    });
    return { ctx, done: action.handler(ctx) };
  };

  beforeEach(() => workspace.clear());

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
    expect(record.spec.timeline).toHaveLength(3);
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

  async function dryRun(environment: Record<string, string> = {}) {
    const { server } = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleGithub,
        scaffolderModuleReadiness,
        catalogServiceMock.factory({ entities: catalog }),
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            integrations: {
              github: [{ host: 'github.com', token: 'not-used-in-a-dry-run' }],
            },
            scaffolder: { defaultEnvironment: { parameters: environment } },
          },
        }),
      ],
    });
    return request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header())
      .send({
        template,
        values: {
          incident,
          customerImpact: '10-25%',
          summary: 'Window 2 missed.',
        },
        directoryContents: [],
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

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { parse, parseAllDocuments } from 'yaml';
import { squad, squadComponent } from './__testUtils__/catalog';
import { dryRunTemplate } from './__testUtils__/dryRun';

const templates = resolve(__dirname, '../../../catalog-info/templates');

const catalog: Entity[] = [
  squad,
  squadComponent('ach-return-entries-file', 'job', {
    'readiness.dev/schedule': '0 7 * * 1-5',
    'readiness.dev/cutoff': '07:30',
    'readiness.dev/timezone': 'America/New_York',
  }),
  squadComponent('ach-returns-service', 'service', {
    'pagerduty.com/service-id': 'P2PG47S',
  }),
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Procedure',
    metadata: { name: 'ach-inbound-file-missing-sop', namespace: 'default' },
    spec: {},
  },
];

/** The template's own folder, as the template editor uploads it for a dry run. */
function templateFolder(name: string) {
  const folder = join(templates, name);
  return {
    template: parse(readFileSync(join(folder, 'template.yaml'), 'utf8')),
    directoryContents: readdirSync(folder).map(file => ({
      path: file,
      base64Content: readFileSync(join(folder, file)).toString('base64'),
    })),
  };
}

function dryRun(
  name: string,
  values: Record<string, unknown>,
  environment?: Record<string, string>,
) {
  return dryRunTemplate({
    catalog,
    environment,
    body: { ...templateFolder(name), values },
  });
}

const jobAlert = {
  job: 'component:default/ach-return-entries-file',
  name: 'ach-return-entries-file-not-received',
  title: 'ACH return entries file not received by 07:30',
  severity: 'critical',
  paging: true,
  journey: 'ach-payments',
  meaning: 'FedACH has not delivered the "returns" file: returns go unposted.',
  errorCodes: [
    { code: 'ACH-RT-001', class: 'system', meaning: 'SFTP drop empty' },
  ],
  procedure: 'procedure:default/ach-inbound-file-missing-sop',
  pagerDutyServiceId: 'P2PG47S',
};

function generatedRecord(
  body: { directoryContents: Array<{ path: string; base64Content: string }> },
  path: string,
) {
  const file = body.directoryContents.find(f => f.path === path);
  expect(file).toBeDefined();
  return parseAllDocuments(
    Buffer.from(file!.base64Content, 'base64').toString('utf8'),
  )
    .map(document => document.toJS())
    .filter(Boolean);
}

function logOf(body: { log: Array<{ body: { message: string } }> }) {
  return body.log.map(line => line.body.message).join('\n');
}

describe('the self-serve templates', () => {
  jest.setTimeout(60_000);

  it('"Add a job alert" writes a valid alert with the job\'s schedule and cutoff and previews it', async () => {
    const response = await dryRun('add-job-alert', jobAlert);
    expect(response.status).toBe(200);
    const [alert] = generatedRecord(
      response.body,
      'catalog-info/alerts/self-serve/ach-return-entries-file-not-received.yaml',
    );
    expect(alert).toEqual({
      apiVersion: 'readiness.dev/v1alpha1',
      kind: 'Alert',
      metadata: {
        name: 'ach-return-entries-file-not-received',
        title: 'ACH return entries file not received by 07:30',
      },
      spec: {
        type: 'positive',
        source: 'job',
        severity: 'critical',
        paging: true,
        owner: 'group:ach-operations-squad',
        monitors: 'component:default/ach-return-entries-file',
        journey: 'ach-payments',
        schedule: '0 7 * * 1-5',
        cutoff: '07:30',
        timezone: 'America/New_York',
        meaning:
          'FedACH has not delivered the "returns" file: returns go unposted.',
        errorCodes: [
          { code: 'ACH-RT-001', class: 'system', meaning: 'SFTP drop empty' },
        ],
        procedure: 'procedure:default/ach-inbound-file-missing-sop',
        pagerduty: { serviceId: 'P2PG47S' },
      },
    });
    const [text] = response.body.output.text;
    expect(text.title).toBe('Alert record (not published)');
    expect(text.content).toContain(
      '```yaml\n# Added with the "Add a job alert" template.',
    );
    expect(
      response.body.output.links.map((l: { title: string }) => l.title),
    ).toEqual(['The job']);
    expect(logOf(response.body)).toContain(
      'Skipping step publish because its if condition was false',
    );
  });

  it('"Add a job alert" fails the task naming the field when the record is not valid', async () => {
    const response = await dryRun('add-job-alert', {
      ...jobAlert,
      procedure: 'procedure:default/no-such-sop',
    });
    // The task fails at the validation step, before anything is previewed or published.
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'The generated records are not valid:\n' +
        'catalog-info/alerts/self-serve/ach-return-entries-file-not-received.yaml: ' +
        'spec.procedure: procedure:default/no-such-sop does not exist',
    );
  });

  it('"Add a job alert" refuses values the form does not allow', async () => {
    const response = await dryRun('add-job-alert', {
      ...jobAlert,
      cutoff: '7.30pm',
    });
    expect(response.status).toBe(400);
  });

  it('"Add a job alert" opens a pull request when a records repository is configured', async () => {
    const response = await dryRun('add-job-alert', jobAlert, {
      recordsRepoUrl: 'github.com?owner=meridian-pay&repo=readiness-records',
    });
    expect(response.status).toBe(200);
    expect(
      response.body.output.links.map((l: { title: string }) => l.title),
    ).toEqual(['Pull request', 'The job']);
    expect(response.body.output.links[0].url).toBe(
      'github.com?owner=meridian-pay&repo=readiness-records',
    );
    expect(response.body.output.text).toEqual([]);
    expect(logOf(response.body)).toContain(
      'Skipping step preview because its if condition was false',
    );
    expect(logOf(response.body)).toContain(
      'Performing dry run of creating pull request',
    );
  });

  it('"Add an SOP" writes a valid procedure and previews it', async () => {
    const response = await dryRun('add-procedure', {
      name: 'ach-return-file-late-sop',
      title: 'ACH return entries file not received',
      type: 'sop',
      owner: 'group:default/ach-operations-squad',
      appliesTo: [
        'component:default/ach-return-entries-file',
        'component:default/ach-returns-service',
      ],
      body: 'Check the **FedLine** drop first.',
      steps: ['List the drop with `sftp fedline-ach`.', 'Call FedACH support.'],
      lastReviewed: '2026-11-20',
      reviewInterval: 'P6M',
    });
    expect(response.status).toBe(200);
    const [procedure] = generatedRecord(
      response.body,
      'catalog-info/procedures/self-serve/ach-return-file-late-sop.yaml',
    );
    expect(procedure.spec).toEqual({
      type: 'sop',
      owner: 'group:default/ach-operations-squad',
      appliesTo: [
        'component:default/ach-return-entries-file',
        'component:default/ach-returns-service',
      ],
      lastReviewed: '2026-11-20',
      reviewInterval: 'P6M',
      body: 'Check the **FedLine** drop first.',
      steps: ['List the drop with `sftp fedline-ach`.', 'Call FedACH support.'],
    });
    expect(response.body.output.text[0].content).toContain(
      'ach-return-file-late-sop.yaml',
    );
  });
});

import { resolve } from 'node:path';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import request from 'supertest';
import { READINESS_KINDS } from '@readiness/plugin-readiness-common';
import { catalogModuleReadiness } from './module';

const demoRecords = resolve(__dirname, '../../../catalog-info');

const allKinds = [
  'Location',
  'Domain',
  'System',
  'Group',
  'User',
  'Component',
  'API',
  'Resource',
  'Template',
  ...READINESS_KINDS,
];

type Item = {
  kind: string;
  metadata: { name: string };
  relations?: { type: string; targetRef: string }[];
};

async function startCatalog(locationFile: string, taxonomyFile?: string) {
  const { server } = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleReadiness,
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            rules: [{ allow: allKinds }],
            locations: [{ type: 'file', target: locationFile }],
          },
          readiness: taxonomyFile ? { taxonomyFile } : {},
        },
      }),
    ],
  });
  const api = request(server);
  const query = async (filter: string): Promise<Item[]> => {
    const response = await api
      .get(`/api/catalog/entities/by-query?filter=${filter}&limit=1000`)
      .set('Authorization', mockCredentials.user.header());
    return response.body.items;
  };
  /** Waits until the query returns at least `count` entities; processing is asynchronous. */
  const waitFor = async (filter: string, count: number) => {
    const deadline = Date.now() + 150_000;
    let items = await query(filter);
    while (items.length < count && Date.now() < deadline) {
      await new Promise(done => setTimeout(done, 500));
      items = await query(filter);
    }
    return items;
  };
  return { query, waitFor };
}

const relation = (type: string, targetRef: string) =>
  expect.objectContaining({ type, targetRef });

describe('catalogModuleReadiness', () => {
  it('ingests the whole demo catalog, every kind with its relations both ways', async () => {
    const catalog = await startCatalog(
      `${demoRecords}/all.yaml`,
      `${demoRecords}/taxonomy.yaml`,
    );
    expect(await catalog.waitFor('kind=postmortem', 31)).toHaveLength(31);
    const counts = Object.fromEntries(
      await Promise.all(
        [
          'alert',
          'procedure',
          'vendor',
          'continuityplan',
          'exercise',
          'capabilitymodel',
        ].map(async kind => [
          kind,
          (await catalog.waitFor(`kind=${kind}`, 1)).length,
        ]),
      ),
    );
    expect(counts).toEqual({
      alert: 148,
      procedure: 50,
      vendor: 18,
      continuityplan: 6,
      exercise: 12,
      capabilitymodel: 1,
    });

    const [alert] = await catalog.query(
      'kind=alert,metadata.name=ach-origination-file-0600-not-acknowledged',
    );
    expect(alert.relations).toEqual(
      expect.arrayContaining([
        relation('monitors', 'component:default/ach-origination-file-0600'),
        relation('ownedBy', 'group:default/ach-operations-squad'),
        relation(
          'hasProcedure',
          'procedure:default/ach-file-not-acknowledged-sop',
        ),
      ]),
    );
    const [job] = await catalog.query(
      'kind=component,metadata.name=ach-origination-file-0600',
    );
    expect(job.relations).toEqual(
      expect.arrayContaining([
        relation(
          'monitoredBy',
          'alert:default/ach-origination-file-0600-not-acknowledged',
        ),
      ]),
    );

    // A vendor's `supports` makes the supported system depend on it.
    const [fedach] = await catalog.query('kind=vendor,metadata.name=fedach');
    const [ach] = await catalog.query('kind=system,metadata.name=ach');
    expect(fedach.relations).toEqual(
      expect.arrayContaining([relation('dependencyOf', 'system:default/ach')]),
    );
    expect(ach.relations).toEqual(
      expect.arrayContaining([relation('dependsOn', 'vendor:default/fedach')]),
    );

    const [plan] = await catalog.query(
      'kind=continuityplan,metadata.name=ach-payments-continuity',
    );
    expect(plan.relations).toEqual(
      expect.arrayContaining([
        relation('exercisedBy', expect.stringMatching(/^exercise:/)),
      ]),
    );
    const [postmortem] = await catalog.query(
      'kind=postmortem,metadata.name=2025-05-22-ach-0600-file-sftp-certificate-expired',
    );
    expect(postmortem.relations).toEqual(
      expect.arrayContaining([
        relation('postmortemOf', expect.stringMatching(/^component:/)),
      ]),
    );
  }, 240_000);

  it('rejects an invalid record, or an entity with a script link, alone and ingests the rest', async () => {
    const directory = createMockDirectory({
      content: {
        'records.yaml': `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: ach-operations-squad }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: ach-origination-file-0600 }
spec: { type: job, lifecycle: production, owner: group:ach-operations-squad }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payment-gateway
  links: [{ url: 'javascript:alert(document.cookie)', title: Runbook }]
spec: { type: service, lifecycle: production, owner: group:ach-operations-squad }
---
apiVersion: readiness.dev/v1alpha1
kind: Alert
metadata: { name: file-late }
spec:
  type: positive
  source: metric
  severity: critical
  paging: true
  owner: group:ach-operations-squad
  monitors: component:ach-origination-file-0600
---
apiVersion: readiness.dev/v1alpha1
kind: Alert
metadata: { name: file-missing }
spec:
  type: positive
  source: metric
  severity: urgent
  paging: true
  owner: group:ach-operations-squad
  monitors: component:ach-origination-file-0600
`,
      },
    });
    const catalog = await startCatalog(directory.resolve('records.yaml'));
    await catalog.waitFor('kind=alert', 1);
    // Siblings from one file are processed together; give the invalid one time to show up.
    await new Promise(done => setTimeout(done, 3000));
    const alerts = await catalog.query('kind=alert');
    expect(alerts.map(alert => alert.metadata.name)).toEqual(['file-late']);
    expect(
      (await catalog.waitFor('kind=component', 1)).map(
        item => item.metadata.name,
      ),
    ).toEqual(['ach-origination-file-0600']);
  }, 60_000);
});

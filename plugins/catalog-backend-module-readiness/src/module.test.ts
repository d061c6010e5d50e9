import { resolve } from 'node:path';
import { mockCredentials, startTestBackend } from '@backstage/backend-test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { catalogModuleReadiness } from './module';

const records = resolve(__dirname, '../../../catalog-info');

type Item = {
  kind: string;
  metadata: { name: string };
  relations?: { type: string; targetRef: string }[];
};

describe('catalogModuleReadiness', () => {
  it('ingests the whole demo catalog with the readiness kinds and their relations', async () => {
    const { server } = await startTestBackend({
      features: [
        import('@backstage/plugin-catalog-backend'),
        catalogModuleReadiness,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['*'] }],
              processingInterval: { seconds: 1 },
              locations: [{ type: 'file', target: `${records}/all.yaml` }],
            },
            readiness: { taxonomyFile: `${records}/taxonomy.yaml` },
          },
        }),
      ],
    });
    const api = request(server);
    const query = async (filter: string) => {
      const response = await api
        .get(`/api/catalog/entities/by-query?filter=${filter}&limit=1000`)
        .set('Authorization', mockCredentials.user.header());
      return response.body.items as Item[];
    };

    // Processing is asynchronous; the demo catalog is complete once post-mortems appear.
    const deadline = Date.now() + 120_000;
    let postmortems: Item[] = [];
    while (Date.now() < deadline) {
      postmortems = await query('kind=postmortem');
      if (postmortems.length >= 25) break;
      await new Promise(done => setTimeout(done, 1000));
    }
    expect(postmortems.length).toBeGreaterThanOrEqual(25);

    for (const kind of [
      'alert',
      'procedure',
      'vendor',
      'continuityplan',
      'exercise',
      'capabilitymodel',
    ]) {
      expect((await query(`kind=${kind}`)).length).toBeGreaterThan(0);
    }

    const [alert] = await query(
      'kind=alert,spec.monitors=component:ach-origination-file-0600',
    );
    expect(alert.relations).toEqual(
      expect.arrayContaining([
        { type: 'monitors', targetRef: 'component:default/ach-origination-file-0600', target: expect.anything() },
      ]),
    );
  }, 180_000);
});

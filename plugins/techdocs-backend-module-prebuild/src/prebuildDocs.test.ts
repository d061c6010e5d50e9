import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { prebuildDocs } from './prebuildDocs';

describe('prebuildDocs', () => {
  it('syncs the docs of every entity with a techdocs-ref and reports failures', async () => {
    const catalog = catalogServiceMock({
      entities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: {
            name: 'readiness-portal',
            annotations: { 'backstage.io/techdocs-ref': 'dir:..' },
          },
        },
        {
          apiVersion: 'readiness.dev/v1alpha1',
          kind: 'Procedure',
          metadata: {
            name: 'ach-file-not-acknowledged-sop',
            annotations: { 'backstage.io/techdocs-ref': 'dir:./docs/x' },
          },
        },
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'no-docs' },
        },
      ],
    });
    const fetch = jest.fn(async (url: string) =>
      url.endsWith('/procedure/ach-file-not-acknowledged-sop')
        ? new Response('event: error\ndata: "mkdocs failed"\n\n', { status: 200 })
        : new Response('event: finish\ndata: {"updated":true}\n\n', { status: 200 }),
    );
    const logger = mockServices.logger.mock();

    const result = await prebuildDocs({
      catalog,
      auth: mockServices.auth(),
      discovery: mockServices.discovery(),
      logger,
      fetch: fetch as unknown as typeof globalThis.fetch,
    });

    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'http://localhost:0/api/techdocs/sync/default/component/readiness-portal',
      'http://localhost:0/api/techdocs/sync/default/procedure/ach-file-not-acknowledged-sop',
    ]);
    expect(result).toEqual({ built: 1, failed: 1 });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('mkdocs failed'));
  });
});

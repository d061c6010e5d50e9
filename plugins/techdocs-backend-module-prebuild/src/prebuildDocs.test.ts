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

  it('skips sites that were built already when asked for missing ones only', async () => {
    const catalog = catalogServiceMock({
      entities: ['built', 'missing'].map(name => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name, annotations: { 'backstage.io/techdocs-ref': 'dir:.' } },
      })),
    });
    const fetch = jest.fn(async (url: string) =>
      new Response('event: finish\n\n', {
        status: url.endsWith('/metadata/techdocs/default/component/missing') ? 404 : 200,
      }),
    );
    const result = await prebuildDocs({
      catalog,
      auth: mockServices.auth(),
      discovery: mockServices.discovery(),
      logger: mockServices.logger.mock(),
      onlyMissing: true,
      fetch: fetch as unknown as typeof globalThis.fetch,
    });
    expect(result).toEqual({ built: 1, failed: 0 });
    expect(fetch.mock.calls.map(([url]) => url)).toContain(
      'http://localhost:0/api/techdocs/sync/default/component/missing',
    );
    expect(fetch.mock.calls.map(([url]) => url)).not.toContain(
      'http://localhost:0/api/techdocs/sync/default/component/built',
    );
  });
});

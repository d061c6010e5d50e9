import {
  authHeaders,
  expect,
  test,
  waitForDocsAndSearch,
  waitForEntity,
} from './portal';

/** One record of each kind in the demo catalog, with a text its page must show. */
const records = [
  { kind: 'alert', name: 'ach-origination-file-0600-not-acknowledged', text: 'positive' },
  { kind: 'procedure', name: 'ach-file-not-acknowledged-sop', text: 'sop' },
  { kind: 'vendor', name: 'fedach', text: 'Federal Reserve' },
  { kind: 'continuityplan', name: 'ach-payments-continuity', text: 'ACH payments' },
  { kind: 'exercise', name: '2025-08-aws-region-failover-dr-test', text: 'dr-test' },
  { kind: 'postmortem', name: '2025-05-22-ach-0600-file-sftp-certificate-expired', text: 'Five whys' },
  { kind: 'capabilitymodel', name: 'engineering-capability-model', text: 'Foundational' },
];

test.describe('the readiness record kinds', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForDocsAndSearch(request);
    for (const { kind, name } of records) {
      await waitForEntity(request, { kind, name });
    }
  });

  test('each kind is listed in the catalog and has an entity page with its record', async ({
    portal,
  }) => {
    for (const { kind, name, text } of records) {
      await portal.visit(
        `/catalog?filters[kind]=${kind}&filters[user]=all`,
        `catalog-${kind}`,
        /\(\d+\)/,
      );
      await portal.visit(`/catalog/default/${kind}/${name}`, `record-${kind}`, text);
      await expect(portal.page.getByText(/record$/).first()).toBeVisible();
    }
  });

  test('a service page lists its operational records, and the graph shows record relations', async ({
    portal,
  }) => {
    await portal.visit(
      '/catalog/default/component/ach-origination-file-0600',
      'job-operational-records',
      'Operational records',
    );
    // A job's alerts and procedures are counted on its Operations tab only, so counts agree.
    await expect(
      portal.page.getByRole('link', { name: 'Operations tab' }),
    ).toBeVisible();
    await portal.visit(
      '/catalog-graph?rootEntityRefs%5B%5D=alert%3Adefault%2Fach-origination-file-0600-not-acknowledged&maxDepth=1&unidirectional=false',
      'catalog-graph-alert',
      'ach-origination-file-0600',
    );
  });

  test('search finds records', async ({ portal, request }) => {
    const headers = await authHeaders(request);
    // The catalog collator indexes on a schedule; wait for the first index that has records.
    await expect
      .poll(
        async () => {
          const response = await request.get(
            '/api/search/query?term=acknowledged&types%5B0%5D=software-catalog',
            { headers },
          );
          const body = await response.json();
          return (body.results ?? []).map(
            (result: { document: { kind: string } }) => result.document.kind,
          );
        },
        { timeout: 180_000, intervals: [5000] },
      )
      .toContain('Alert');
    await portal.visit('/search?query=acknowledged', 'search-records', /not acknowledged/i);
  });
});

import { ContinuityClient } from './ContinuityClient';

function clientAnswering(response: Response) {
  const fetch = jest.fn(async (_url: string) => response);
  const client = new ContinuityClient({
    discoveryApi: {
      getBaseUrl: async (plugin: string) => `http://backend/api/${plugin}`,
    },
    fetchApi: { fetch } as any,
  });
  return { client, fetch };
}

describe('ContinuityClient', () => {
  it('reads who is on call for a squad from the on-call backend', async () => {
    const { client, fetch } = clientAnswering(
      new Response(
        JSON.stringify({
          status: {},
          items: [{ entityRef: 'group:default/wires-squad', levels: [] }],
        }),
      ),
    );
    expect(await client.onCallNow('group:wires-squad')).toEqual([
      { entityRef: 'group:default/wires-squad', levels: [] },
    ]);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/oncall/oncall/entity/group/default/wires-squad',
    );
  });

  it('fails with the backend error when a request is refused', async () => {
    const { client, fetch } = clientAnswering(
      new Response(
        JSON.stringify({
          error: {
            name: 'InputError',
            message: 'limit must be at most 500 (got 5000)',
          },
          request: { method: 'GET', url: '/vendors?limit=5000' },
          response: { statusCode: 400 },
        }),
        {
          status: 400,
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    );
    await expect(client.listVendors({ limit: 5000 })).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
      cause: { message: 'limit must be at most 500 (got 5000)' },
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/continuity/vendors?limit=5000',
    );
  });

  it('downloads a DORA table with its code in the path', async () => {
    const { client, fetch } = clientAnswering(
      new Response('B_05.01.0010 Identification code\r\n'),
    );
    expect(await client.exportCsv('dora/B_05.01')).toBe(
      'B_05.01.0010 Identification code\r\n',
    );
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/continuity/dora/B_05.01.csv',
    );
  });

  it('asks for the register, its CSV and its difference as of the days given', async () => {
    const { client, fetch } = clientAnswering(
      new Response(JSON.stringify({ asOf: { date: '2025-12-31' }, tables: [] })),
    );
    expect(await client.getDoraRegister({ asOf: '2025-12-31' })).toEqual({
      asOf: { date: '2025-12-31' },
      tables: [],
    });
    expect(fetch).toHaveBeenLastCalledWith(
      'http://backend/api/continuity/dora?asOf=2025-12-31',
    );

    const csv = clientAnswering(new Response('B_05.01.0010\r\n'));
    await csv.client.exportCsv('dora/B_05.01', { asOf: '2025-12-31' });
    expect(csv.fetch).toHaveBeenCalledWith(
      'http://backend/api/continuity/dora/B_05.01.csv?asOf=2025-12-31',
    );

    const diff = clientAnswering(new Response(JSON.stringify({ providers: [] })));
    await diff.client.diffDoraRegister({ from: '2025-12-31', to: '2026-11-22' });
    expect(diff.fetch).toHaveBeenCalledWith(
      'http://backend/api/continuity/dora/diff?from=2025-12-31&to=2026-11-22',
    );
  });

  it("pages a rule's DORA findings with the filters and the day asked for", async () => {
    const page = { items: [], total: 0, offset: 50, limit: 50 };
    const { client, fetch } = clientAnswering(new Response(JSON.stringify(page)));
    expect(
      await client.listDoraFindings({
        filters: { rule: ['DORA-MANDATORY'], severity: ['error'] },
        offset: 50,
        asOf: '2025-12-31',
      }),
    ).toEqual(page);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/continuity/dora/findings?filter%5Brule%5D=DORA-MANDATORY&filter%5Bseverity%5D=error&offset=50&asOf=2025-12-31',
    );
  });

  it('names the report package as the backend named it', async () => {
    const fileName = '5493001MERIDIANPAY22.IND_IE_DORA010100_DORA_2026-11-22_20261122093015042.zip';
    const { client, fetch } = clientAnswering(
      new Response('PK', { headers: { 'Content-Disposition': `attachment; filename="${fileName}"` } }),
    );
    const file = await client.downloadDoraPackage({ asOf: '2025-12-31' });
    expect(file.fileName).toBe(fileName);
    expect(await file.content.text()).toBe('PK');
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/continuity/dora/package?asOf=2025-12-31',
    );

    const unnamed = clientAnswering(new Response('PK'));
    await expect(unnamed.client.downloadDoraPackage()).rejects.toThrow(
      'The report package came without a file name (Content-Disposition)',
    );
  });

  it("asks for a plan's recovery evidence over the chosen period", async () => {
    const { client, fetch } = clientAnswering(
      new Response(JSON.stringify({ status: 'breached' })),
    );
    expect(
      await client.getRecovery(
        { namespace: 'default', name: 'card-payments-continuity' },
        { months: 24 },
      ),
    ).toEqual({ status: 'breached' });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/continuity/plans/default/card-payments-continuity/recovery?months=24',
    );
  });
});

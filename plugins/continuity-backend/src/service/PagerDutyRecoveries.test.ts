import { mockServices } from '@backstage/backend-test-utils';
import { PagerDutyRecoveries } from './PagerDutyRecoveries';

const status = { lastSuccessAt: '2026-11-22T00:00:00Z', stale: false };
const incident = (id: string) => ({
  id,
  number: 1,
  title: id,
  status: 'resolved',
  serviceId: 'PSERVICE',
  entityRef: 'component:default/payment-gateway',
  createdAt: '2026-06-01T10:00:00Z',
  resolvedAt: '2026-06-01T10:30:00Z',
});
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json' },
  });

describe('PagerDutyRecoveries', () => {
  let fetchSpy: jest.SpyInstance;
  afterEach(() => fetchSpy.mockRestore());

  const reader = (now: () => number = () => 0) =>
    new PagerDutyRecoveries({
      discovery: mockServices.discovery(),
      auth: mockServices.auth(),
      now,
    });
  const asked = () => fetchSpy.mock.calls.map(([url]) => String(url));

  it('reads every page of resolved incidents since the day, with a service token, and reuses the answer', async () => {
    const items = Array.from({ length: 501 }, (_, i) => incident(`P${i}`));
    fetchSpy = jest.spyOn(global, 'fetch').mockImplementation(async input => {
      const offset = Number(new URL(String(input)).searchParams.get('offset'));
      return json({
        status,
        items: items.slice(offset, offset + 500),
        total: items.length,
      });
    });
    let now = 0;
    const pagerDuty = reader(() => now);
    const answer = await pagerDuty.resolvedSince('2025-11-22');
    expect(answer.available && answer.items.map(item => item.id)).toEqual(
      items.map(item => item.id),
    );
    expect(asked()).toHaveLength(2);
    const query = new URL(asked()[0]).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      status: 'resolved',
      since: '2025-11-22T00:00:00Z',
      limit: '500',
      offset: '0',
    });
    expect(
      new Headers(fetchSpy.mock.calls[0][1]?.headers).get('Authorization'),
    ).toMatch(/^Bearer /);

    expect(await pagerDuty.resolvedSince('2025-11-22')).toBe(answer);
    now = 5 * 60_000;
    await pagerDuty.resolvedSince('2025-11-22');
    expect(asked()).toHaveLength(4);
  });

  it('keeps the pages in order when it asks for several at once, and stops at twenty pages', async () => {
    const items = Array.from({ length: 10_600 }, (_, i) => incident(`P${i}`));
    fetchSpy = jest.spyOn(global, 'fetch').mockImplementation(async input => {
      const offset = Number(new URL(String(input)).searchParams.get('offset'));
      // Later pages answer sooner, so answers arrive out of order.
      await new Promise(resolve => setTimeout(resolve, 20 - offset / 1000));
      return json({
        status,
        items: items.slice(offset, offset + 500),
        total: items.length,
      });
    });
    const answer = await reader().resolvedSince('2025-11-22');
    expect(answer.available && answer.items.map(item => item.id)).toEqual(
      items.slice(0, 10_000).map(item => item.id),
    );
    expect(asked()).toHaveLength(20);
  });

  it('says why, and asks again next time, when the on-call backend refuses or never synced', async () => {
    fetchSpy = jest
      .spyOn(global, 'fetch')
      .mockResolvedValueOnce(
        json(
          {
            error: { name: 'Error', message: 'PagerDuty is down' },
            response: { statusCode: 503 },
          },
          { status: 503 },
        ),
      )
      .mockResolvedValueOnce(json({ status: {}, items: [], total: 0 }));
    const pagerDuty = reader();
    expect(await pagerDuty.resolvedSince('2025-11-22')).toEqual({
      available: false,
      reason:
        'The on-call backend answered 503 when asked for the resolved incidents (GET /api/oncall/incidents): PagerDuty is down',
    });
    expect(await pagerDuty.resolvedSince('2025-11-22')).toEqual({
      available: false,
      reason: 'PagerDuty has not been synced yet',
    });
    expect(asked()).toHaveLength(2);
  });
});

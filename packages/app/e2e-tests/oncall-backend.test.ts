import {
  authHeaders,
  expect,
  test,
  waitForEntity,
  waitForFirstPagerDutySync,
} from './portal';

// The on-call backend's API in the built portal, against the PagerDuty sandbox it
// starts without a token; the on-call pages have their own suite (oncall.test.ts).

test.describe('on-call backend (PagerDuty sandbox)', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForEntity(request, { kind: 'component', name: 'signup-service' });
  });

  test('syncs the sandbox and maps its services to the catalog', async ({
    request,
  }) => {
    await waitForFirstPagerDutySync(request, 120_000);
    const headers = await authHeaders(request);
    const status = await (
      await request.get('/api/oncall/status', { headers })
    ).json();
    expect(status).toMatchObject({
      source: 'sandbox',
      stale: false,
      // The sandbox module's server, on loopback for the backend alone.
      baseUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });

    // The catalog view is cached for a minute; a fresh portal may have cached it empty.
    await expect
      .poll(
        async () =>
          (
            await (await request.get('/api/oncall/mapping', { headers })).json()
          ).mapped.length,
        { timeout: 120_000, intervals: [2000] },
      )
      .toBeGreaterThanOrEqual(24);

    const squad = await request.get(
      '/api/oncall/oncall/entity/group/default/onboarding-squad',
      { headers },
    );
    expect(squad.status()).toBe(200);
    const { items } = await squad.json();
    expect(items[0].levels[0].now.length).toBeGreaterThan(0);

    const analytics = await request.get(
      '/api/oncall/incidents/analytics?entityRef=group:default/onboarding-squad',
      { headers },
    );
    expect((await analytics.json()).months).toHaveLength(12);
  });

  test("the PagerDuty card's reads reach the sandbox through the on-call backend, and the token stays there", async ({
    request,
  }) => {
    const headers = await authHeaders(request);
    const services = await request.get(
      '/api/oncall/pagerduty/services?limit=5',
      {
        headers: {
          ...headers,
          Accept: 'application/vnd.pagerduty+json;version=2',
        },
      },
    );
    expect(services.status()).toBe(200);
    expect((await services.json()).services.length).toBe(5);

    // Only signed-in people read through it; the backend no longer serves the sandbox itself.
    expect(
      (await request.get('/api/oncall/pagerduty/services?limit=5')).status(),
    ).toBe(401);
    const direct = await request.get('/api/oncall/pagerduty-sandbox/services', {
      headers,
    });
    expect(direct.status()).toBe(404);

    const token = process.env.PAGERDUTY_SANDBOX_TOKEN!;
    const page = await request.get('/');
    expect(await page.text()).not.toContain(token);
    const status = await request.get('/api/oncall/status', { headers });
    expect(await status.text()).not.toContain(token);
  });

  test('raises an incident that PagerDuty then shows, and refuses an entity without an integration', async ({
    request,
  }) => {
    const headers = await authHeaders(request);
    const raised = await request.post('/api/oncall/incidents', {
      headers,
      data: {
        entityRef: 'component:default/signup-service',
        title: 'e2e: sign-up form does not submit',
      },
    });
    expect(raised.status()).toBe(201);
    const incident = await raised.json();
    expect(incident).toMatchObject({
      incidentNumber: expect.any(Number),
      serviceName: expect.any(String),
    });

    const listed = await request.get(
      `/api/oncall/pagerduty/incidents?incident_key=${encodeURIComponent(
        incident.dedupKey,
      )}&date_range=all`,
      {
        headers: {
          ...headers,
          Accept: 'application/vnd.pagerduty+json;version=2',
        },
      },
    );
    expect((await listed.json()).incidents[0].incident_number).toBe(
      incident.incidentNumber,
    );

    const refused = await request.post('/api/oncall/incidents', {
      headers,
      data: { entityRef: 'component:default/referral-service', title: 'Down' },
    });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.message).toContain(
      'has no PagerDuty integration',
    );
  });
});

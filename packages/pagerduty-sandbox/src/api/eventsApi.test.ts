import { RunningPagerDutySandbox, startPagerDutySandbox } from '../sandbox';
import {
  CATALOG_DIR,
  TEST_NOW,
  TEST_TOKEN,
  contractClient,
} from '../testing/contractClient';

describe('PagerDuty sandbox Events API v2', () => {
  let sandbox: RunningPagerDutySandbox;
  let pd: ReturnType<typeof contractClient>;
  let now = TEST_NOW;
  // The routing keys of payment-gateway's and statements-service's Events API v2 integrations.
  let PAYMENT_GATEWAY_KEY: string;
  let STATEMENTS_KEY: string;

  beforeAll(async () => {
    sandbox = await startPagerDutySandbox({
      token: TEST_TOKEN,
      catalogDir: CATALOG_DIR,
      clock: () => now,
    });
    pd = contractClient(sandbox.url);
    const keyOf = (name: string) =>
      [...sandbox.account.services.values()].find(s => s.name === name)!
        .integrations[0].key;
    PAYMENT_GATEWAY_KEY = keyOf('payment-gateway');
    STATEMENTS_KEY = keyOf('statements-service');
  });
  afterAll(() => sandbox.stop());

  it('opens an incident on a trigger, visible over REST at once', async () => {
    const accepted = await pd.post('/v2/enqueue', {
      routing_key: PAYMENT_GATEWAY_KEY,
      event_action: 'trigger',
      dedup_key: 'panic-button/1',
      client: 'Readiness Portal',
      payload: {
        summary: 'Card payments failing at checkout',
        source: 'portal',
        severity: 'critical',
      },
    });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({
      status: 'success',
      message: 'Event processed',
      dedup_key: 'panic-button/1',
    });
    const found = await pd.get(
      '/incidents?date_range=all&incident_key=panic-button/1&include[]=assignees',
    );
    expect(found.body.incidents).toHaveLength(1);
    const incident = found.body.incidents[0];
    expect(incident).toMatchObject({
      title: 'Card payments failing at checkout',
      status: 'triggered',
      urgency: 'high',
      service: { id: 'PXA6126' },
      created_at: TEST_NOW.toISOString().replace('.000Z', 'Z'),
    });
    expect(incident.assignments[0].assignee.type).toBe('user');
    const numbers = [...sandbox.account.incidents.values()].map(i => i.number);
    expect(incident.incident_number).toBe(Math.max(...numbers));
    const log = await pd.get(`/incidents/${incident.id}/log_entries`);
    // Newest first: the on-call person is notified as the incident triggers.
    expect(log.body.log_entries.map((e: any) => e.type)).toEqual([
      'notify_log_entry',
      'trigger_log_entry',
    ]);
    expect(log.body.log_entries[0]).toMatchObject({
      created_at: log.body.log_entries[1].created_at,
      user: { id: incident.assignments[0].assignee.id, type: 'user_reference' },
      channel: { notification: { type: 'push_notification' } },
    });
    const overview = await pd.get(
      `/incidents/${incident.id}/log_entries?is_overview=true`,
    );
    expect(overview.body.log_entries.map((e: any) => e.type)).toEqual([
      'trigger_log_entry',
    ]);
    const service = await pd.get('/services/PXA6126');
    expect(service.body.service.status).toBe('critical');
  });

  it('groups a repeated trigger with the same dedup key into the open incident', async () => {
    const before = sandbox.account.incidents.size;
    await pd.post('/v2/enqueue', {
      routing_key: PAYMENT_GATEWAY_KEY,
      event_action: 'trigger',
      dedup_key: 'panic-button/1',
      payload: {
        summary: 'Still failing',
        source: 'portal',
        severity: 'critical',
      },
    });
    expect(sandbox.account.incidents.size).toBe(before);
    const found = await pd.get(
      '/incidents?date_range=all&incident_key=panic-button/1',
    );
    expect(found.body.incidents[0].alert_counts).toEqual({
      all: 2,
      triggered: 2,
      resolved: 0,
    });
  });

  it('acknowledges and resolves by dedup key', async () => {
    now = new Date(TEST_NOW.getTime() + 5 * 60_000);
    await pd.post('/v2/enqueue', {
      routing_key: PAYMENT_GATEWAY_KEY,
      event_action: 'acknowledge',
      dedup_key: 'panic-button/1',
    });
    let incident = (
      await pd.get('/incidents?date_range=all&incident_key=panic-button/1')
    ).body.incidents[0];
    expect(incident.status).toBe('acknowledged');
    now = new Date(TEST_NOW.getTime() + 20 * 60_000);
    await pd.post('/v2/enqueue', {
      routing_key: PAYMENT_GATEWAY_KEY,
      event_action: 'resolve',
      dedup_key: 'panic-button/1',
    });
    incident = (
      await pd.get('/incidents?date_range=all&incident_key=panic-button/1')
    ).body.incidents[0];
    expect(incident.status).toBe('resolved');
    expect(incident.resolved_at).toBe(now.toISOString().replace('.000Z', 'Z'));
    const log = await pd.get(`/incidents/${incident.id}/log_entries`);
    expect(log.body.log_entries.map((e: any) => e.type)).toEqual([
      'resolve_log_entry',
      'acknowledge_log_entry',
      'notify_log_entry',
      'trigger_log_entry',
    ]);
  });

  it('gives a low urgency to a warning on a service with severity-based urgency', async () => {
    const accepted = await pd.post('/v2/enqueue', {
      routing_key: STATEMENTS_KEY,
      event_action: 'trigger',
      payload: {
        summary: 'Statement run slower than usual',
        source: 'monitor',
        severity: 'warning',
      },
    });
    const found = await pd.get(
      `/incidents?date_range=all&incident_key=${accepted.body.dedup_key}`,
    );
    expect(accepted.body.dedup_key).toMatch(/^[0-9a-f]{32}$/);
    expect(found.body.incidents[0].urgency).toBe('low');
  });

  it('refuses an unknown routing key, a bad action and a payload without summary', async () => {
    const unknown = await pd.post('/v2/enqueue', {
      routing_key: 'ffffffffffffffffffffffffffffffff',
      event_action: 'trigger',
      payload: { summary: 'x', source: 'y', severity: 'info' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      status: 'invalid event',
      message: 'Event object is invalid',
    });
    const shortKey = await pd.post('/v2/enqueue', {
      routing_key: 'abc',
      event_action: 'trigger',
      payload: { summary: 'x', source: 'y', severity: 'info' },
    });
    expect(shortKey.body.errors[0]).toContain('32 characters');
    const response = await fetch(`${sandbox.eventsUrl}/enqueue`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        routing_key: PAYMENT_GATEWAY_KEY,
        event_action: 'trigger',
        payload: { source: 'y', severity: 'loud' },
      }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([
      "'payload.summary' is missing or blank",
      "'payload.severity' must be one of critical, error, warning, info",
    ]);
    const notJson = await fetch(`${sandbox.eventsUrl}/enqueue`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
  });

  it('lets browsers post events (CORS)', async () => {
    const preflight = await fetch(`${sandbox.eventsUrl}/enqueue`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain(
      'POST',
    );
  });

  it('records change events sent to /v2/change/enqueue', async () => {
    const accepted = await pd.post('/v2/change/enqueue', {
      routing_key: PAYMENT_GATEWAY_KEY,
      payload: {
        summary: 'Deployed payment-gateway v9.9.9',
        source: 'ci',
        timestamp: now.toISOString(),
      },
      links: [{ href: 'https://ci.example/run/1', text: 'Build' }],
    });
    expect(accepted.status).toBe(202);
    const events = await pd.get('/services/PXA6126/change_events?limit=1');
    expect(events.body.change_events[0]).toMatchObject({
      summary: 'Deployed payment-gateway v9.9.9',
      links: [{ href: 'https://ci.example/run/1', text: 'Build' }],
    });
  });
});

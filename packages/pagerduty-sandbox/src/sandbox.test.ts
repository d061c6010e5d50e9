import {
  PagerDutySandboxOptions,
  RunningPagerDutySandbox,
  startPagerDutySandbox,
} from './sandbox';
import {
  CATALOG_DIR,
  TEST_NOW,
  TEST_TOKEN,
  contractClient,
} from './testing/contractClient';

const options: PagerDutySandboxOptions = {
  token: TEST_TOKEN,
  catalogDir: CATALOG_DIR,
  clock: () => TEST_NOW,
  seed: 7,
};

/** A sandbox seeded for these tests, and a client that checks each exchange against the contract. */
async function startWithContractClient() {
  const sandbox = await startPagerDutySandbox(options);
  return { sandbox, pd: contractClient(sandbox.url) };
}

describe('PagerDuty sandbox REST API', () => {
  let sandbox: RunningPagerDutySandbox;
  let pd: ReturnType<typeof contractClient>;

  beforeAll(async () => {
    ({ sandbox, pd } = await startWithContractClient());
  });
  afterAll(() => sandbox.stop());
  afterEach(() => sandbox.controls.reset());

  it('pages services 25 at a time by default, with total only on request', async () => {
    const first = await pd.get('/services');
    expect(first.body).toMatchObject({
      limit: 25,
      offset: 0,
      more: true,
      total: null,
    });
    expect(first.body.services).toHaveLength(25);
    const rest = await pd.get('/services?offset=25&total=true');
    expect(rest.body).toMatchObject({ offset: 25, more: false, total: 26 });
    const names = [...first.body.services, ...rest.body.services].map(
      (s: any) => s.name,
    );
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(26);
  });

  it('caps limit at 100 and rejects a negative offset', async () => {
    const capped = await pd.get('/incidents?date_range=all&limit=500');
    expect(capped.body.limit).toBe(100);
    expect(capped.body.incidents).toHaveLength(100);
    const invalid = await pd.get('/services?offset=-1');
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({
      message: 'Invalid Input Provided',
      code: 2001,
    });
  });

  it('expands integrations and escalation policies only when included', async () => {
    const plain = await pd.get('/services/PXA6126');
    expect(plain.body.service.integrations[0].type).toBe(
      'events_api_v2_inbound_integration_reference',
    );
    expect(plain.body.service.escalation_policy.type).toBe(
      'escalation_policy_reference',
    );
    const full = await pd.get(
      '/services/PXA6126?include[]=integrations&include[]=escalation_policies&include[]=teams',
    );
    const service = full.body.service;
    expect(service.integrations[0]).toMatchObject({
      type: 'events_api_v2_inbound_integration',
      integration_key: sandbox.account.services.get('PXA6126')!.integrations[0]
        .key,
    });
    expect(service.escalation_policy.type).toBe('escalation_policy');
    expect(service.escalation_policy.escalation_rules.length).toBeGreaterThan(
      0,
    );
    expect(service.teams[0]).toMatchObject({
      type: 'team',
      name: 'Payments Core Squad',
    });
  });

  it('rejects an include[] the operation does not document', async () => {
    const response = await pd.get('/services?include[]=users', {
      documentedRequest: false,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.errors[0]).toContain('include[]');
  });

  it('answers 404 in PagerDuty shape for unknown ids', async () => {
    const response = await pd.get('/incidents/QNOTANINCIDENT');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { message: 'Not Found', code: 2100 },
    });
  });

  it('filters services by team', async () => {
    const teams = await pd.get('/teams?query=wires');
    const wires = teams.body.teams[0];
    const services = await pd.get(`/services?team_ids[]=${wires.id}`);
    expect(services.body.services.map((s: any) => s.name)).toEqual(
      expect.arrayContaining(['swift-connector', 'wire-transfer-service']),
    );
    expect(
      services.body.services.every((s: any) => s.teams[0].id === wires.id),
    ).toBe(true);
  });

  it('lists escalation policies with their levels and services', async () => {
    const response = await pd.get(
      '/escalation_policies?include[]=services&total=true',
    );
    expect(response.body.total).toBe(8);
    for (const policy of response.body.escalation_policies) {
      expect(policy.escalation_rules.length).toBeGreaterThanOrEqual(1);
      expect(policy.escalation_rules.length).toBeLessThanOrEqual(3);
      expect(policy.services.every((s: any) => s.type === 'service')).toBe(
        true,
      );
    }
    const one = await pd.get(
      `/escalation_policies/${response.body.escalation_policies[0].id}`,
    );
    expect(one.body.escalation_policy.id).toBe(
      response.body.escalation_policies[0].id,
    );
  });

  it('renders a schedule with layers and the final schedule over since/until', async () => {
    const list = await pd.get('/schedules?query=primary&limit=100');
    const schedule = list.body.schedules[0];
    const detail = await pd.get(
      `/schedules/${schedule.id}?since=2026-11-02T00:00:00Z&until=2026-11-30T00:00:00Z&time_zone=UTC`,
    );
    const { final_schedule, schedule_layers } = detail.body.schedule;
    const entries = final_schedule.rendered_schedule_entries;
    expect(final_schedule.rendered_coverage_percentage).toBe(100);
    expect(entries[0].start).toBe('2026-11-02T00:00:00Z');
    expect(entries[entries.length - 1].end).toBe('2026-11-30T00:00:00Z');
    for (let i = 1; i < entries.length; i++) {
      expect(entries[i].start).toBe(entries[i - 1].end);
    }
    expect(schedule_layers[0].rendered_schedule_entries).toEqual(entries);
    const overflow = await pd.get(
      `/schedules/${schedule.id}?since=2026-11-02T00:00:00Z&until=2026-11-30T00:00:00Z&overflow=true`,
    );
    const whole =
      overflow.body.schedule.final_schedule.rendered_schedule_entries;
    expect(new Date(whole[0].start).getTime()).toBeLessThanOrEqual(
      new Date('2026-11-02T00:00:00Z').getTime(),
    );
  });

  it('honours time_zone in timestamps', async () => {
    const utc = await pd.get('/incidents?date_range=all&limit=1');
    const newYork = await pd.get(
      '/incidents?date_range=all&limit=1&time_zone=America/New_York',
    );
    expect(utc.body.incidents[0].created_at).toMatch(/Z$/);
    expect(newYork.body.incidents[0].created_at).toMatch(/-0[45]:00$/);
    expect(new Date(newYork.body.incidents[0].created_at).getTime()).toBe(
      new Date(utc.body.incidents[0].created_at).getTime(),
    );
    const invalid = await pd.get('/incidents?time_zone=Mars/Olympus', {
      documentedRequest: false,
    });
    expect(invalid.status).toBe(400);
  });

  it('says who is on call now, per escalation level, and next with earliest', async () => {
    const now = await pd.get('/oncalls?limit=100');
    expect(now.body.oncalls.length).toBeGreaterThanOrEqual(8);
    // Shifts from schedules cover now; users paged directly have no bounds.
    const shifts = now.body.oncalls.filter((o: any) => o.schedule);
    expect(shifts.length).toBeGreaterThanOrEqual(8);
    expect(
      shifts.every(
        (o: any) =>
          Date.parse(o.start) <= TEST_NOW.getTime() &&
          Date.parse(o.end) > TEST_NOW.getTime(),
      ),
    ).toBe(true);
    const direct = now.body.oncalls.filter((o: any) => !o.schedule);
    expect(direct.every((o: any) => !o.start && !o.end)).toBe(true);
    const policy = now.body.oncalls[0].escalation_policy.id;
    const week = await pd.get(
      `/oncalls?escalation_policy_ids[]=${policy}&since=2026-11-20T00:00:00Z&until=2026-12-20T00:00:00Z&earliest=true`,
    );
    const keys = week.body.oncalls.map(
      (o: any) => `${o.escalation_level}/${o.user.id}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    const bySchedule = await pd.get(
      `/oncalls?schedule_ids[]=${now.body.oncalls[0].schedule.id}`,
    );
    expect(bySchedule.body.oncalls.every((o: any) => o.schedule)).toBe(true);
  });

  it('lists users, teams and members', async () => {
    const users = await pd.get(
      '/users?query=meridianpay.example&total=true&limit=100',
    );
    const withoutPagerDuty = sandbox.facts!.usersWithoutPagerDuty;
    expect(users.body.total).toBe(43 - withoutPagerDuty.length);
    const emails = users.body.users.map((u: any) => u.email);
    for (const name of withoutPagerDuty) {
      expect(emails).not.toContain(`${name}@meridianpay.example`);
    }
    const user = await pd.get(
      `/users/${users.body.users[0].id}?include[]=teams`,
    );
    expect(user.body.user.email).toMatch(/@meridianpay\.example$/);
    const teams = await pd.get('/teams?total=true');
    expect(teams.body.total).toBe(8);
    const team = await pd.get(`/teams/${teams.body.teams[0].id}`);
    expect(team.body.team.name).toBe(teams.body.teams[0].name);
    const members = await pd.get(
      `/teams/${team.body.team.id}/members?include[]=users`,
    );
    expect(members.body.members.some((m: any) => m.role === 'manager')).toBe(
      true,
    );
    expect(members.body.members[0].user.type).toBe('user');
  });

  it('filters incidents by status, service, team, key and window', async () => {
    const open = await pd.get(
      '/incidents?statuses[]=triggered&statuses[]=acknowledged',
    );
    expect(open.body.incidents.length).toBeGreaterThanOrEqual(1);
    expect(open.body.incidents.every((i: any) => i.status !== 'resolved')).toBe(
      true,
    );
    const incident = open.body.incidents[0];
    const byKey = await pd.get(
      `/incidents?date_range=all&incident_key=${incident.incident_key}`,
    );
    expect(byKey.body.incidents.map((i: any) => i.id)).toEqual([incident.id]);
    const window = await pd.get(
      '/incidents?since=2026-03-01T00:00:00Z&until=2026-03-31T23:59:59Z&sort_by=created_at:desc&total=true',
    );
    const created = window.body.incidents.map((i: any) =>
      new Date(i.created_at).getTime(),
    );
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(
      created.every(
        (t: number) =>
          t >= Date.parse('2026-03-01T00:00:00Z') &&
          t <= Date.parse('2026-03-31T23:59:59Z'),
      ),
    ).toBe(true);
    const tooWide = await pd.get(
      '/incidents?since=2025-01-01T00:00:00Z&until=2026-01-01T00:00:00Z',
    );
    expect(tooWide.status).toBe(400);
    expect(tooWide.body.error.code).toBe(2005);
  });

  it('includes assignees, services and first trigger log entries on incidents', async () => {
    const response = await pd.get(
      '/incidents?statuses[]=triggered&statuses[]=acknowledged&include[]=assignees&include[]=services&include[]=first_trigger_log_entries',
    );
    const incident = response.body.incidents[0];
    expect(incident.assignments[0].assignee.type).toBe('user');
    expect(incident.service.type).toBe('service');
    expect(incident.first_trigger_log_entry.type).toBe('trigger_log_entry');
  });

  it('gives an incident its log entries, newest first, with notes', async () => {
    const incident = await pd.get('/incidents/Q8WRPV58CP664P');
    expect(incident.body.incident.status).toBe('resolved');
    const entries = await pd.get(
      '/incidents/Q8WRPV58CP664P/log_entries?limit=100',
    );
    const types = entries.body.log_entries.map((e: any) => e.type);
    expect(types[0]).toBe('resolve_log_entry');
    expect(types[types.length - 1]).toBe('trigger_log_entry');
    expect(types).toContain('acknowledge_log_entry');
    expect(types).toContain('annotate_log_entry');
    const overview = await pd.get(
      '/incidents/Q8WRPV58CP664P/log_entries?is_overview=true',
    );
    expect(overview.body.log_entries.map((e: any) => e.type)).not.toContain(
      'annotate_log_entry',
    );
  });

  it('lists change events newest first and wants UTC bounds', async () => {
    const events = await pd.get('/services/PXA6126/change_events?limit=100');
    expect(events.body.change_events.length).toBeGreaterThan(0);
    const times = events.body.change_events.map((e: any) =>
      Date.parse(e.timestamp),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const notUtc = await pd.get(
      '/services/PXA6126/change_events?since=2026-11-01T00:00:00-05:00',
    );
    expect(notUtc.status).toBe(400);
  });

  it('reports its abilities', async () => {
    const response = await pd.get('/abilities');
    expect(response.body.abilities).toContain('teams');
  });
});

describe('PagerDuty sandbox as the Backstage PagerDuty card (0.6.8) calls it', () => {
  let sandbox: RunningPagerDutySandbox;
  let pd: ReturnType<typeof contractClient>;

  beforeAll(async () => {
    ({ sandbox, pd } = await startWithContractClient());
  });
  afterAll(() => sandbox.stop());

  it('reads the service of a pagerduty.com/service-id, with policy and integrations (time_zone, which PagerDuty does not document there, ignored)', async () => {
    const response = await pd.get(
      '/services/PXA6126?time_zone=UTC&include[]=integrations&include[]=escalation_policies',
      { documentedRequest: false },
    );
    expect(response.body.service).toMatchObject({
      id: 'PXA6126',
      name: 'payment-gateway',
      escalation_policy: { type: 'escalation_policy' },
      integrations: [{ type: 'events_api_v2_inbound_integration' }],
    });
  });

  it('finds the service by its integration key, for an entity annotated with one', async () => {
    const [integration] = sandbox.account.services.get('PXA6126')!.integrations;
    const response = await pd.get(
      `/services?time_zone=UTC&include[]=integrations&include[]=escalation_policies&query=${integration.key}`,
    );
    expect(response.body.services).toHaveLength(1);
    expect(response.body.services[0]).toMatchObject({
      id: 'PXA6126',
      name: 'payment-gateway',
      integrations: [{ integration_key: integration.key }],
    });
  });

  it('lists the open incidents of the service, oldest first', async () => {
    const open = [...sandbox.account.incidents.values()].find(
      i => i.status !== 'resolved',
    )!;
    const response = await pd.get(
      `/incidents?time_zone=UTC&sort_by=created_at&statuses[]=triggered&statuses[]=acknowledged&service_ids[]=${open.serviceId}`,
    );
    expect(response.body.incidents.map((i: any) => i.id)).toContain(open.id);
    expect(response.body.incidents[0].assignments[0].assignee).toMatchObject({
      type: 'user_reference',
      summary: expect.any(String),
      html_url: expect.stringMatching(/^https:\/\//),
    });
  });

  it('shows who is on call for the policy, with names and e-mails', async () => {
    const service = await pd.get('/services/PXA6126');
    const policyId = service.body.service.escalation_policy.id;
    const response = await pd.get(
      `/oncalls?time_zone=UTC&include[]=users&escalation_policy_ids[]=${policyId}`,
    );
    expect(response.body.oncalls.length).toBeGreaterThan(0);
    for (const onCall of response.body.oncalls) {
      expect(onCall.escalation_policy.id).toBe(policyId);
      expect(onCall.user).toMatchObject({
        type: 'user',
        email: expect.stringContaining('@'),
      });
    }
  });

  it('answers its change-events call, whose sort_by and time_zone PagerDuty does not document', async () => {
    const path =
      '/services/PXA6126/change_events?limit=5&time_zone=UTC&sort_by=timestamp';
    const response = await pd.get(path, { documentedRequest: false });
    expect(response.body.change_events.length).toBeLessThanOrEqual(5);
    expect(response.body.change_events.length).toBeGreaterThan(0);
  });
});

import {
  startPagerDutySandbox,
  validatePagerDutyRequest,
  validatePagerDutyResponse,
  RunningPagerDutySandbox,
} from '@readiness/pagerduty-sandbox';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  ScaleProfileOutput,
  generateScaleProfile,
} from './generateScaleProfile';

// Profile L is generated in full: seconds, not milliseconds.
jest.setTimeout(180_000);

const TOKEN = 'scale-token';

describe('the PagerDuty sandbox serving the profile-L account', () => {
  let dir: string;
  let output: ScaleProfileOutput;
  let sandbox: RunningPagerDutySandbox;

  /** A GET whose request and response are checked against PagerDuty's OpenAPI documents. */
  async function get(path: string): Promise<any> {
    const request = validatePagerDutyRequest('GET', path);
    expect(request.errors).toEqual([]);
    const response = await fetch(`${sandbox.url}${path}`, {
      headers: { Authorization: `Token token=${TOKEN}` },
    });
    const body = await response.json();
    expect(response.status).toBe(200);
    const check = validatePagerDutyResponse('GET', path, response.status, body);
    expect(check.errors.slice(0, 5)).toEqual([]);
    return body;
  }

  /** Every item of a list, page by page with limit and offset. */
  async function pageThrough(resource: string): Promise<any[]> {
    const items: any[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await get(
        `/${resource}?limit=100&offset=${offset}&total=true`,
      );
      items.push(...page[resource]);
      if (!page.more) {
        expect(page.total).toBe(items.length);
        return items;
      }
    }
  }

  beforeAll(async () => {
    output = generateScaleProfile({ profile: 'L', seed: 42 });
    dir = mkdtempSync(join(tmpdir(), 'scale-account-'));
    const accountFile = join(dir, 'pagerduty-account.json');
    writeFileSync(accountFile, JSON.stringify(output.pagerDuty));
    sandbox = await startPagerDutySandbox({
      token: TOKEN,
      accountFile,
      clock: () => new Date('2026-11-20T20:30:00Z'),
    });
  });

  afterAll(async () => {
    await sandbox?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the 1,000 services of the catalog, with their integration keys', async () => {
    const services = await pageThrough('services');
    expect(services).toHaveLength(1000);
    const ids = services.map(service => service.id).sort();
    expect(ids).toEqual(
      output.entities
        .map(e => e.metadata.annotations?.['pagerduty.com/service-id'])
        .filter(Boolean)
        .sort(),
    );
    const [component] = output.entities.filter(
      e => e.metadata.annotations?.['pagerduty.com/integration-key'],
    );
    const key =
      component.metadata.annotations!['pagerduty.com/integration-key'];
    const found = await get(`/services?query=${key}&include[]=integrations`);
    expect(found.services.map((s: any) => s.name)).toEqual([
      component.metadata.name,
    ]);
  });

  it('serves 300 schedules and escalation policies of one to three levels', async () => {
    const schedules = await pageThrough('schedules');
    expect(schedules).toHaveLength(300);
    const policies = await pageThrough('escalation_policies');
    expect(policies).toHaveLength(200);
    expect(
      new Set(policies.map(policy => policy.escalation_rules.length)),
    ).toEqual(new Set([1, 2, 3]));
    const oncalls = await get(
      `/oncalls?schedule_ids[]=${schedules[0].id}&include[]=users`,
    );
    expect(oncalls.oncalls.length).toBeGreaterThan(0);
  });

  it('holds the incidents the post-mortems name', async () => {
    const incidentIds = output.pagerDuty.organisation.postmortems.flatMap(
      postmortem => postmortem.incidentIds,
    );
    expect(incidentIds.every(id => sandbox.account.incidents.has(id))).toBe(
      true,
    );
    const { incident } = await get(`/incidents/${incidentIds[0]}`);
    expect(incident.status).toBe('resolved');
    const users = await get('/users?total=true&limit=1');
    expect(users.total).toBe(
      output.pagerDuty.organisation.users.length -
        output.pagerDuty.onCall.usersWithoutPagerDuty.length,
    );
  });
});

describe('the PagerDuty account of a slice of profile L', () => {
  it('holds the services, squads and post-mortems of the slice only, and the sandbox serves it', async () => {
    const { entities, pagerDuty } = generateScaleProfile({
      profile: 'L',
      seed: 42,
      slice: 10_000,
    });
    const serviceIds = entities
      .map(e => e.metadata.annotations?.['pagerduty.com/service-id'])
      .filter(Boolean)
      .sort();
    expect(
      pagerDuty.organisation.services.map(s => s.serviceId).sort(),
    ).toEqual(serviceIds);
    // A slice of 10,000 of profile L's 63,925 records: about a sixth of its 1,000 services.
    expect(serviceIds.length).toBeGreaterThan(100);
    expect(serviceIds.length).toBeLessThan(250);
    const groups = new Set(
      entities.filter(e => e.kind === 'Group').map(e => e.metadata.name),
    );
    expect(pagerDuty.onCall.squads.length).toBeGreaterThan(0);
    for (const { squad } of pagerDuty.onCall.squads) {
      expect(groups).toContain(squad);
    }

    const dir = mkdtempSync(join(tmpdir(), 'scale-slice-account-'));
    const accountFile = join(dir, 'pagerduty-account.json');
    writeFileSync(accountFile, JSON.stringify(pagerDuty));
    const sandbox = await startPagerDutySandbox({
      token: TOKEN,
      accountFile,
      clock: () => new Date('2026-11-20T20:30:00Z'),
    });
    try {
      const response = await fetch(
        `${sandbox.url}/services?limit=1&total=true`,
        { headers: { Authorization: `Token token=${TOKEN}` } },
      );
      expect((await response.json()).total).toBe(serviceIds.length);
    } finally {
      await sandbox.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { PagerDutyAccount } from '../account/PagerDutyAccount';
import { finalShifts } from '../account/oncall';
import { CATALOG_DIR, TEST_NOW } from '../testing/contractClient';
import {
  DemoOrganisation,
  demoOrganisationFromEntities,
  readDemoOrganisation,
} from './catalog';
import { buildDemoAccount } from './demoAccount';

const MONTH = 30 * 86_400_000;

function snapshot(account: PagerDutyAccount) {
  return JSON.stringify({
    users: [...account.users.values()],
    teams: [...account.teams.values()],
    schedules: [...account.schedules.values()],
    policies: [...account.escalationPolicies.values()],
    services: [...account.services.values()],
    incidents: account.incidentsByCreation(),
    changeEvents: account.changeEvents,
  });
}

describe('the demo PagerDuty account', () => {
  let org: DemoOrganisation;
  const build = (seed: number, now = TEST_NOW) =>
    buildDemoAccount(org, { seed, now, subdomain: 'meridianpay-sandbox' });

  beforeAll(async () => {
    org = await readDemoOrganisation(CATALOG_DIR);
  });

  it('reads the demo organisation', () => {
    expect(org.squads).toHaveLength(8);
    expect(org.services).toHaveLength(24);
    expect(org.users).toHaveLength(43);
    expect(org.postmortems.length).toBeGreaterThanOrEqual(29);
  });

  it('is empty for an organisation without squads, such as a catalog of plain Components', () => {
    const service = (name: string, annotations?: Record<string, string>) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, annotations },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'payments-squad',
      },
    });
    const plain = demoOrganisationFromEntities([
      service('plain-component'),
      // Annotated, but its squad is not in the catalog: no policy can page for it.
      service('payments-api', { 'pagerduty.com/service-id': 'PABC123' }),
    ]);
    expect(plain.services).toHaveLength(1);
    const { account } = buildDemoAccount(plain, {
      seed: 1,
      now: TEST_NOW,
      subdomain: 'empty-sandbox',
    });
    expect(account.services.size).toBe(0);
    expect(account.users.size).toBe(0);
    expect(account.incidentsByCreation()).toEqual([]);
  });

  it('is the same for the same seed and clock, and differs for another seed', () => {
    expect(snapshot(build(1).account)).toEqual(snapshot(build(1).account));
    expect(snapshot(build(1).account)).not.toEqual(snapshot(build(2).account));
  });

  it('has a service for every annotated component, with its id, name and an Events API v2 integration', () => {
    const { account } = build(1);
    const keys = new Set<string>();
    for (const component of org.services) {
      const service = account.services.get(component.serviceId);
      expect(service?.name).toBe(component.name);
      expect(service?.integrations).toHaveLength(1);
      keys.add(service!.integrations[0].key);
      const team = account.teams.get(service!.teamIds[0])!;
      expect(team.description).toContain(
        `group:default/${component.ownerName}`,
      );
    }
    expect([...keys].every(key => /^[0-9a-f]{32}$/.test(key))).toBe(true);
    expect(keys.size).toBe(org.services.length);
  });

  it('derives the routing keys the catalog leaves out from the seed, and keeps one the catalog gives', () => {
    const keysOf = (account: PagerDutyAccount) =>
      [...account.services.values()].map(s => s.integrations[0].key);
    expect(org.services.some(s => s.integrationKey)).toBe(false);
    expect(keysOf(build(1).account)).toEqual(keysOf(build(1).account));
    expect(keysOf(build(2).account)).not.toEqual(keysOf(build(1).account));

    const [first, ...rest] = org.services;
    const annotated = buildDemoAccount(
      {
        ...org,
        services: [{ ...first, integrationKey: 'f'.repeat(32) }, ...rest],
      },
      { seed: 1, now: TEST_NOW, subdomain: 'meridianpay-sandbox' },
    );
    expect(
      annotated.account.services.get(first.serviceId)!.integrations[0].key,
    ).toBe('f'.repeat(32));
    // Deriving a key draws nothing from the seed's sequence: the rest of the account is unchanged.
    const withoutKeys = (account: PagerDutyAccount) =>
      snapshot(account).replace(/"key":"[0-9a-f]{32}"/g, '');
    expect(withoutKeys(annotated.account)).toEqual(
      withoutKeys(build(1).account),
    );
  });

  it('holds every post-mortem incident on the post-mortem’s services and times', () => {
    const { account } = build(1);
    const ownerOfService = new Map(
      org.services.map(s => [s.name, s.ownerName]),
    );
    for (const postmortem of org.postmortems) {
      postmortem.incidentIds.forEach((id, index) => {
        const incident = account.incidents.get(id);
        expect(incident).toBeDefined();
        const serviceName = account.services.get(incident!.serviceId)!.name;
        const onNamedService = postmortem.serviceNames.includes(serviceName);
        const onOwnersService =
          ownerOfService.get(serviceName) === postmortem.ownerName;
        expect(onNamedService || onOwnersService).toBe(true);
        expect(incident!.createdAt.getTime()).toBe(
          postmortem.detectedAt.getTime() + index * 120_000,
        );
        expect(incident!.resolvedAt).toEqual(postmortem.resolvedAt);
        expect(incident!.acknowledgedAt!.getTime()).toBeLessThanOrEqual(
          (postmortem.mitigatedAt ?? postmortem.resolvedAt).getTime(),
        );
      });
    }
  });

  it('resolves every incident no post-mortem reviews within two hours, so only reviewed outages outlast an RTO', () => {
    const { account } = build(1);
    const reviewed = new Set(org.postmortems.flatMap(p => p.incidentIds));
    const routine = account
      .incidentsByCreation()
      .filter(incident => !reviewed.has(incident.id) && incident.resolvedAt);
    expect(routine.length).toBeGreaterThan(100);
    const longest = Math.max(
      ...routine.map(
        incident =>
          incident.resolvedAt!.getTime() - incident.createdAt.getTime(),
      ),
    );
    expect(longest).toBeLessThanOrEqual(2 * 3_600_000);
    expect(longest).toBeGreaterThan(3_600_000);
  });

  it('leaves out post-mortem incidents that come after its clock, and keeps late ones open', () => {
    const { account } = build(1, new Date('2026-11-12T20:00:00Z'));
    expect(account.incidents.has('Q8WRPV58CP664P')).toBe(true);
    const late = account.incidents.get('DAG8595XUN6SL9')!;
    expect(late.status).toBe('acknowledged');
    expect(late.resolvedAt).toBeUndefined();
  });

  it('leaves two to four squad members, never leads, without a PagerDuty user', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { account, facts } = build(seed);
      expect(facts.usersWithoutPagerDuty.length).toBeGreaterThanOrEqual(2);
      expect(facts.usersWithoutPagerDuty.length).toBeLessThanOrEqual(4);
      const emails = new Set([...account.users.values()].map(u => u.email));
      for (const user of org.users) {
        expect(emails.has(user.email)).toBe(
          !facts.usersWithoutPagerDuty.includes(user.name),
        );
      }
      const leads = org.squads.map(squad => squad.leadName);
      expect(
        facts.usersWithoutPagerDuty.some(name => leads.includes(name)),
      ).toBe(false);
    }
  });

  it('gives each squad a team, a rota (some paired) and a policy of one to three levels', () => {
    const { account, facts } = build(1);
    expect(account.teams.size).toBe(8);
    expect(account.escalationPolicies.size).toBe(8);
    const levels = [...account.escalationPolicies.values()].map(
      p => p.rules.length,
    );
    expect(levels.every(n => n >= 1 && n <= 3)).toBe(true);
    expect(levels).toContain(1);
    expect(levels).toContain(3);
    const paired = facts.squads.filter(s => s.paired);
    expect(paired.length).toBeGreaterThanOrEqual(2);
    expect(facts.squads.filter(s => !s.paired).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(account.schedules.size).toBe(8 + paired.length);
    for (const policy of account.escalationPolicies.values()) {
      const team = account.teams.get(policy.teamIds[0])!;
      const setup = facts.squads.find(s =>
        team.description.includes(`group:default/${s.squad}`),
      )!;
      expect(policy.rules).toHaveLength(setup.levels);
      // Paired rotas page the secondary schedule at level 2.
      expect(setup.paired).toBe(
        policy.rules[1]?.targets[0].type === 'schedule',
      );
      // Someone is on call at every moment, and primary and secondary are two people.
      const scheduleIds = policy.rules
        .flatMap(r => r.targets)
        .filter(t => t.type === 'schedule');
      const onCallNow = scheduleIds.map(
        t =>
          finalShifts(account.schedules.get(t.id)!, TEST_NOW, TEST_NOW)[0]
            .userId,
      );
      expect(new Set(onCallNow).size).toBe(onCallNow.length);
    }
  });

  it('keeps 18 months of history, one to three incidents open now, numbered in order', () => {
    const { account, facts } = build(1);
    const incidents = account.incidentsByCreation();
    const open = incidents.filter(i => i.status !== 'resolved');
    expect(facts.openIncidents).toBeGreaterThanOrEqual(1);
    expect(facts.openIncidents).toBeLessThanOrEqual(3);
    expect(open).toHaveLength(facts.openIncidents);
    expect(incidents.map(i => i.number)).toEqual(
      incidents.map((_, index) => index + 1),
    );
    const background = incidents.filter(
      i => !org.postmortems.some(p => p.incidentIds.includes(i.id)),
    );
    expect(background[0].createdAt.getTime()).toBeGreaterThanOrEqual(
      TEST_NOW.getTime() - 18.5 * MONTH,
    );
    for (let month = 0; month < 18; month++) {
      const start = TEST_NOW.getTime() - (month + 1) * MONTH;
      expect(
        incidents.some(
          i =>
            i.createdAt.getTime() >= start &&
            i.createdAt.getTime() < start + MONTH,
        ),
      ).toBe(true);
    }
    expect(incidents.every(i => i.createdAt <= TEST_NOW)).toBe(true);
  });

  it('records each incident’s life in order: trigger first, escalations, acknowledgement, notes, resolution', () => {
    const { account } = build(1);
    let escalated = 0;
    for (const incident of account.incidents.values()) {
      const kinds = incident.logEntries.map(e => e.kind);
      const times = incident.logEntries.map(e => e.at.getTime());
      expect(kinds[0]).toBe('trigger');
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(kinds.includes('resolve')).toBe(incident.status === 'resolved');
      if (kinds.includes('escalate')) escalated += 1;
    }
    expect(escalated).toBeGreaterThan(0);
  });
});

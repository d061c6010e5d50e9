import { TEST_NOW } from '../testing/contractClient';
import {
  SANDBOX_ACCOUNT_FORMAT,
  parseSandboxAccount,
  sandboxAccountFromEntities,
} from './accountFile';
import { buildDemoAccount } from './demoAccount';

const squad = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'a-squad',
    annotations: { 'readiness.dev/lead': 'user:default/a.lead' },
  },
  spec: { type: 'team' },
};
const user = (name: string) => ({
  kind: 'User',
  metadata: { name },
  spec: { profile: { email: `${name}@example.com` }, memberOf: ['a-squad'] },
});
const service = {
  kind: 'Component',
  metadata: {
    name: 'a-service',
    annotations: {
      'pagerduty.com/service-id': 'PABC123',
      'pagerduty.com/integration-key': 'f'.repeat(32),
    },
  },
  spec: { owner: 'group:a-squad' },
};
const postmortem = {
  kind: 'Postmortem',
  metadata: { name: 'a-review' },
  spec: {
    severity: 'high',
    owner: 'group:a-squad',
    incidents: ['QABCDEFGHIJKLM'],
    services: ['component:a-service'],
    participants: ['user:b.engineer'],
    startedAt: '2026-10-01T10:00:00Z',
    detectedAt: '2026-10-01T10:05:00Z',
    resolvedAt: '2026-10-01T11:00:00Z',
    timeline: [{ at: '2026-10-01T10:30:00Z', event: 'Rolled back.' }],
  },
};
const entities = [
  squad,
  user('a.lead'),
  user('b.engineer'),
  user('c.engineer'),
  service,
  postmortem,
];
const onCall = {
  squads: [{ squad: 'a-squad', paired: true, levels: 3 }],
  usersWithoutPagerDuty: ['c.engineer'],
  servicesWithoutEntity: [],
};

describe('sandbox account files', () => {
  it('round-trip through JSON into the account the sandbox builds', () => {
    const file = sandboxAccountFromEntities(entities, onCall);
    expect(file.format).toBe(SANDBOX_ACCOUNT_FORMAT);
    const { organisation, onCall: plan } = parseSandboxAccount(
      JSON.stringify(file),
      'account.json',
    );
    expect(organisation.postmortems[0].detectedAt).toEqual(
      new Date('2026-10-01T10:05:00Z'),
    );
    const { account, facts } = buildDemoAccount(organisation, {
      seed: 1,
      now: TEST_NOW,
      subdomain: 'x',
      onCall: plan,
    });
    expect([...account.services.keys()]).toEqual(['PABC123']);
    expect(account.schedules.size).toBe(2);
    expect(account.users.size).toBe(2);
    expect(facts.usersWithoutPagerDuty).toEqual(['c.engineer']);
    expect(facts.squads).toEqual(onCall.squads);
    const incident = account.incidents.get('QABCDEFGHIJKLM')!;
    expect(incident.serviceId).toBe('PABC123');
    expect(incident.resolvedAt).toEqual(new Date('2026-10-01T11:00:00Z'));
  });

  it('say what is wrong and where', () => {
    const valid = sandboxAccountFromEntities(entities, onCall);
    const parse = (value: unknown) => () =>
      parseSandboxAccount(
        typeof value === 'string' ? value : JSON.stringify(value),
        'account.json',
      );
    expect(parse('{')).toThrow(/^account\.json: the file is not JSON/);
    expect(parse({ ...valid, format: 'v0' })).toThrow(
      `account.json: format must be ${SANDBOX_ACCOUNT_FORMAT} (got v0)`,
    );
    expect(parse({ ...valid, onCall: { ...onCall, squads: [] } })).toThrow(
      'account.json: organisation.squads[0] (a-squad) has no setup in onCall.squads',
    );
    const badTime = JSON.parse(JSON.stringify(valid));
    badTime.organisation.postmortems[0].resolvedAt = 'soon';
    expect(parse(badTime)).toThrow(
      'account.json: organisation.postmortems[0].resolvedAt must be an ISO date-time (got soon)',
    );
  });
});

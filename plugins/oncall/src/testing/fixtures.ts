import { Entity } from '@backstage/catalog-model';
import { PagerDutyApi } from '@backstage/plugin-pagerduty';
import type {
  OnCallApi,
  OnCallGroup,
  OncallSyncStatus,
} from '@readiness/plugin-oncall-common';

export const freshStatus: OncallSyncStatus = {
  source: 'pagerduty',
  baseUrl: 'https://api.pagerduty.com',
  lastSuccessAt: '2026-03-15T11:57:00Z',
  lastAttemptAt: '2026-03-15T11:57:00Z',
  stale: false,
};

export const sandboxStatus: OncallSyncStatus = {
  ...freshStatus,
  source: 'sandbox',
  baseUrl: 'http://127.0.0.1:7300',
};

/** Two hours from now in the tests' clock, whatever the real clock says. */
export function hoursFromNow(hours: number): string {
  return new Date(Date.now() + hours * 3600_000).toISOString();
}

export function achSquadOnCall(): OnCallGroup {
  return {
    entityRef: 'group:default/ach-operations-squad',
    title: 'ACH Operations Squad',
    domainRef: 'domain:default/transfers',
    domainTitle: 'Transfers',
    escalationPolicy: {
      id: 'PEP1',
      name: 'ACH Operations',
      url: 'https://meridianpay.pagerduty.com/escalation_policies/PEP1',
    },
    levels: [
      {
        level: 1,
        now: [
          {
            userId: 'PU1',
            name: 'Ada Engineer',
            userRef: 'user:default/ada.engineer',
            end: hoursFromNow(3),
          },
          { userId: 'PU2', name: 'Contractor Carl', email: 'carl@example.com' },
        ],
        next: {
          person: { userId: 'PU3', name: 'Sam Lead', userRef: 'user:default/sam.lead' },
          start: hoursFromNow(3),
        },
      },
      {
        level: 2,
        now: [{ userId: 'PU3', name: 'Sam Lead', userRef: 'user:default/sam.lead' }],
      },
    ],
  };
}

export function gatewayOnCall(): OnCallGroup {
  return {
    entityRef: 'component:default/payment-gateway',
    title: 'payment-gateway',
    domainRef: 'domain:default/payments',
    domainTitle: 'Payments',
    escalationPolicy: { id: 'PEP2', name: 'Payments Core' },
    levels: [
      {
        level: 1,
        now: [{ userId: 'PU4', name: 'Priya Payments', userRef: 'user:default/priya' }],
      },
    ],
  };
}

export function mockOnCallApi(
  overrides: Partial<jest.Mocked<OnCallApi>> = {},
): jest.Mocked<OnCallApi> {
  return {
    getStatus: jest.fn().mockResolvedValue(freshStatus),
    getOnCallNow: jest.fn().mockResolvedValue({ status: freshStatus, items: [], total: 0 }),
    getEntityOnCall: jest.fn().mockResolvedValue({ status: freshStatus, items: [] }),
    getShifts: jest.fn().mockResolvedValue({ status: freshStatus, items: [] }),
    getIncidents: jest
      .fn()
      .mockResolvedValue({ status: freshStatus, items: [], total: 0 }),
    getIncidentAnalytics: jest.fn().mockResolvedValue({
      status: freshStatus,
      months: [],
      totals: { count: 0 },
    }),
    getIncidentLogEntries: jest.fn(),
    getUsers: jest.fn().mockResolvedValue({ status: freshStatus, items: [] }),
    createIncident: jest.fn(),
    ...overrides,
  };
}

/** What the third-party PagerDuty card reads for payment-gateway. */
export function mockPagerDutyApi(): Partial<PagerDutyApi> {
  return {
    getServiceByPagerDutyEntity: jest.fn().mockResolvedValue({
      service: {
        id: 'PXA6126',
        name: 'payment-gateway',
        html_url: 'https://pagerduty.example/services/PXA6126',
        escalation_policy: { id: 'PEP2', html_url: 'https://pagerduty.example/ep/PEP2' },
      },
    }),
    getIncidentsByServiceId: jest.fn().mockResolvedValue({
      incidents: [
        {
          id: 'PI1',
          title: 'Card payments failing',
          status: 'triggered',
          html_url: 'https://pagerduty.example/incidents/PI1',
          assignments: [],
          serviceId: 'PXA6126',
          created_at: '2026-03-15T11:00:00Z',
        },
      ],
    }),
    getOnCallByPolicyId: jest.fn().mockResolvedValue({
      oncalls: [
        {
          escalation_level: 1,
          user: {
            id: 'PU4',
            name: 'Priya Payments',
            summary: 'Priya Payments',
            email: 'priya@meridianpay.example',
            html_url: 'https://pagerduty.example/users/PU4',
          },
        },
      ],
    }),
    getChangeEventsByServiceId: jest.fn().mockResolvedValue({ change_events: [] }),
  };
}

function entity(kind: string, name: string, rest: Partial<Entity> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    ...rest,
    metadata: { name, namespace: 'default', ...rest.metadata },
  };
}

/** A slice of the demo organisation. */
export const catalogEntities: Entity[] = [
  entity('Domain', 'transfers', { metadata: { name: 'transfers', title: 'Transfers' } }),
  entity('Domain', 'payments', { metadata: { name: 'payments', title: 'Payments' } }),
  entity('Group', 'ach-operations-squad', {
    metadata: {
      name: 'ach-operations-squad',
      annotations: { 'readiness.dev/domain': 'transfers' },
    },
    spec: { type: 'team' },
  }),
  entity('System', 'payment-gateway', {
    spec: { domain: 'payments', owner: 'group:payments-core-squad' },
  }),
  entity('Component', 'payment-gateway', {
    metadata: {
      name: 'payment-gateway',
      description: 'Single entry point for payment requests',
      annotations: { 'pagerduty.com/service-id': 'PXA6126' },
    },
    spec: { type: 'service', system: 'payment-gateway', owner: 'group:payments-core-squad' },
  }),
  entity('Component', 'card-authorization-service', {
    metadata: {
      name: 'card-authorization-service',
      title: 'Card authorisation',
      // An adopter's entity that still carries its routing key.
      annotations: { 'pagerduty.com/integration-key': 'aaaabbbbccccdddd' },
    },
    spec: { type: 'service' },
  }),
  entity('Component', 'visa-clearing-file', {
    spec: { type: 'job', dependsOn: ['component:payment-gateway'] },
  }),
  entity('Component', 'internal-wiki', { spec: { type: 'website' } }),
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Alert',
    metadata: { name: 'card-auth-errors', namespace: 'default' },
    spec: { journey: 'card-payment', monitors: 'component:card-authorization-service' },
  },
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Alert',
    metadata: { name: 'card-auth-latency', namespace: 'default' },
    spec: { journey: 'card-payment', monitors: 'component:card-authorization-service' },
  },
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Alert',
    metadata: { name: 'visa-file-late', namespace: 'default' },
    spec: { journey: 'card-payment', monitors: 'component:visa-clearing-file' },
  },
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Alert',
    metadata: { name: 'wiki-down', namespace: 'default' },
    spec: { journey: 'intranet', monitors: 'component:internal-wiki' },
  },
];

/** The demo's payment-gateway service, on PagerDuty by its service id only. */
export const paymentGateway = catalogEntities.find(
  e => e.kind === 'Component' && e.metadata.name === 'payment-gateway',
)!;

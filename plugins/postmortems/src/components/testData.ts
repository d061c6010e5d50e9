import type {
  ActionItem,
  PostmortemAnalytics,
  PostmortemSummary,
  ReliabilityDimension,
  ReliabilityFigures,
} from '@readiness/plugin-postmortems-common';
import type {
  PostmortemEntity,
  RootCauseTaxonomy,
} from '@readiness/plugin-readiness-common';

export const postmortem: PostmortemEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Postmortem',
  metadata: {
    name: '2026-03-14-ach-0600-file-late',
    namespace: 'default',
    title: '06:00 ACH file reached the Fed 48 minutes late',
  },
  spec: {
    reviewType: 'incident',
    status: 'published',
    owner: 'group:ach-operations-squad',
    severity: 'high',
    customerImpact: '10-25%',
    incidents: ['Q2K8F1ZB0A4M7C'],
    startedAt: '2026-03-14T09:41:00Z',
    detectedAt: '2026-03-14T09:46:00Z',
    mitigatedAt: '2026-03-14T10:29:00Z',
    resolvedAt: '2026-03-14T11:05:00Z',
    publishedAt: '2026-03-16',
    services: ['component:ach-origination-service'],
    infrastructure: ['resource:fed-ach-sftp'],
    journeys: ['ach-payments'],
    taxonomy: ['dependency/third-party-outage'],
    summary:
      'The SFTP gateway certificate expired; the file was re-sent manually.',
    rootCause: 'Certificate rotation was manual and not alerted on.',
    fiveWhys: [
      'Why was the file late? The upload failed.',
      'Why? The certificate expired.',
    ],
    wentWell: ['Positive alert fired within 5 minutes.'],
    wentWrong: ['The SOP pointed at the old console.'],
    lucky: ['The Fed extended the window.'],
    timeline: [
      {
        at: '2026-03-14T09:46:00Z',
        event: 'Positive alert paged the ACH on-call.',
      },
    ],
    actions: [
      {
        title: 'Alert 30 days before SFTP certificate expiry',
        category: 'monitoring',
        term: 'short',
        owner: 'group:platform-sre-squad',
        due: '2026-04-01',
        status: 'open',
        ticket: 'https://jira.meridianpay.example/browse/ACH-311',
      },
    ],
    participants: ['user:ada.engineer'],
    details: [
      '## Detection',
      'The **positive alert** fired as designed.',
      '',
      '## Recovery',
      'Re-sent by hand.',
    ].join('\n'),
  },
};

export const summaryRow: PostmortemSummary = {
  ref: 'postmortem:default/2026-03-14-ach-0600-file-late',
  name: '2026-03-14-ach-0600-file-late',
  title: '06:00 ACH file reached the Fed 48 minutes late',
  summary: 'The SFTP gateway certificate expired.',
  reviewType: 'incident',
  status: 'published',
  severity: 'high',
  customerImpact: '10-25%',
  customerImpacting: true,
  owner: 'group:default/ach-operations-squad',
  services: ['component:default/ach-origination-service'],
  infrastructure: [],
  domains: ['domain:default/transfers'],
  journeys: ['ach-payments'],
  taxonomy: ['dependency/third-party-outage'],
  startedAt: '2026-03-14T09:41:00Z',
  startedOn: '2026-03-14',
  startedMonth: '2026-03',
  startedMs: Date.UTC(2026, 2, 14, 9, 41),
  endedMs: Date.UTC(2026, 2, 14, 11, 5),
  detectedAt: '2026-03-14T09:46:00Z',
  resolvedAt: '2026-03-14T11:05:00Z',
  publishedAt: '2026-03-16',
  durationMinutes: 84,
  timeToDetectMinutes: 5,
  publication: { state: 'on-time', deadline: '2026-03-17', daysToPublish: 2 },
  classification: 'major',
  doraReports: ['on-time', 'overdue'],
  incidents: ['Q1ACH0600'],
  openActions: 1,
  overdueActions: 1,
};

export const analytics: PostmortemAnalytics = {
  months: { from: '2026-02', to: '2026-03' },
  incidentsPerMonth: [
    { month: '2026-02', critical: 0, high: 0, medium: 0, low: 0, total: 0 },
    { month: '2026-03', critical: 1, high: 1, medium: 0, low: 0, total: 2 },
  ],
  majorIncidentsPerQuarter: [{ quarter: '2026-Q1', major: 1, reportedLate: 1 }],
  overall: {
    key: 'all',
    incidents: 2,
    customerImpacting: 2,
    mttdMinutes: 5,
    mttrMinutes: 84,
    mtbfDays: 12.25,
  },
  taxonomyCategories: ['dependency'],
  taxonomyByMonth: [
    { month: '2026-02', categories: { dependency: 0 } },
    { month: '2026-03', categories: { dependency: 2 } },
  ],
  taxonomyTags: [
    { tag: 'dependency/third-party-outage', category: 'dependency', count: 2 },
  ],
  publication: { onTime: 3, late: 1, overdue: 0, due: 1, share: 0.75 },
  sinceLastCustomerImpact: {
    days: 9,
    ref: 'postmortem:default/2026-03-14-ach-0600-file-late',
    at: '2026-03-14T11:05:00Z',
  },
};

/** The reliability figures of `analytics`' post-mortems, by each dimension. */
export const reliability: Record<ReliabilityDimension, ReliabilityFigures[]> = {
  squad: [
    {
      key: 'group:default/ach-operations-squad',
      incidents: 2,
      customerImpacting: 2,
      mttdMinutes: 5,
      mttrMinutes: 84,
      mtbfDays: 12.25,
    },
  ],
  service: [],
  journey: [
    {
      key: 'ach-payments',
      incidents: 2,
      customerImpacting: 2,
      mttrMinutes: 84,
    },
  ],
  domain: [],
};

export const actionItem: ActionItem = {
  id: 'postmortem:default/2026-03-14-ach-0600-file-late#0',
  source: {
    kind: 'Postmortem',
    ref: 'postmortem:default/2026-03-14-ach-0600-file-late',
    title: '06:00 ACH file reached the Fed 48 minutes late',
  },
  title: 'Alert 30 days before SFTP certificate expiry',
  category: 'monitoring',
  term: 'short',
  owner: 'group:default/platform-sre-squad',
  ownerSquad: 'group:default/platform-sre-squad',
  due: '2026-04-01',
  status: 'open',
  overdue: true,
  daysOverdue: 234,
};

export const facets = {
  today: '2026-11-21',
  facets: {
    severity: [{ value: 'high', count: 1 }],
    status: [{ value: 'published', count: 1 }],
    reviewType: [{ value: 'incident', count: 1 }],
    squad: [
      {
        value: 'group:default/ach-operations-squad',
        title: 'ACH Operations Squad',
        count: 1,
      },
    ],
    service: [
      {
        value: 'component:default/ach-gateway',
        title: 'ACH Gateway',
        count: 1,
      },
    ],
    domain: [],
    journey: [{ value: 'ach-payments', count: 1 }],
    taxonomy: [],
    customerImpact: [],
    classification: [{ value: 'major', count: 1 }],
    actionSquad: [{ value: 'group:default/platform-sre-squad', count: 1 }],
  },
  // Services: one shown of the 120 a large organisation has; the others are searched for.
  totals: {
    severity: 1,
    status: 1,
    reviewType: 1,
    squad: 1,
    service: 120,
    domain: 0,
    journey: 1,
    taxonomy: 0,
    customerImpact: 0,
    classification: 1,
    actionSquad: 1,
  },
};

export const taxonomy: RootCauseTaxonomy = {
  categories: [
    {
      id: 'dependency',
      title: 'Dependency',
      tags: [
        { id: 'dependency/third-party-outage', title: 'Third-party outage' },
      ],
    },
  ],
};

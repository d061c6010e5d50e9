import type {
  ConfidentialVendorView,
  ExerciseRow,
  PlanDetail,
  RecoveryEvidence,
  ReviewItem,
  VendorDetail,
  VendorRegisterRow,
} from '@readiness/plugin-continuity-common';

export const vendorRow: VendorRegisterRow = {
  ref: 'vendor:default/tch-epn',
  name: 'tch-epn',
  title: 'The Clearing House EPN',
  legalName: 'The Clearing House Payments Company L.L.C.',
  country: 'US',
  criticality: 'high',
  supportsCriticalFunction: true,
  ictServiceType: 'payment-processing',
  owner: 'group:ach-operations-squad',
  relationshipOwner: 'user:sam.lead',
  services: ['ACH origination (contingency route)'],
  supports: ['system:ach', 'component:ach-origination-service'],
  titles: {
    'group:ach-operations-squad': 'ACH Operations Squad',
    'user:sam.lead': 'Sam Lead',
    'system:ach': 'ACH',
  },
  substitutability: 'moderate',
  alternatives: ['Federal Reserve FedACH'],
  exitPlan: 'Fall back to FedLine Web.',
  exitPlanLastTested: '2026-04-22',
  reviews: [
    { type: 'security', lastDone: '2025-09-20', result: 'pass-with-findings', due: '2026-09-20', standing: 'overdue', daysUntilDue: -62 },
    { type: 'financial', lastDone: '2026-05-12', result: 'pass', due: '2027-05-12', standing: 'later', daysUntilDue: 172 },
  ],
  standing: 'overdue',
  nextReviewDue: '2026-09-20',
  dependentPlans: ['continuityplan:default/ach-payments-continuity'],
};

export const planDetail: PlanDetail = {
  plan: {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'ContinuityPlan',
    metadata: { name: 'card-payments-continuity', namespace: 'default', title: 'Card payments continuity plan' },
    spec: {
      function: 'Card payments',
      owner: 'group:card-payments-squad',
      criticality: 'critical',
      covers: ['system:card-processing'],
      dependsOn: ['vendor:tessera-card-processing'],
      bia: {
        rto: 'PT1H',
        rpo: 'PT5M',
        mtpd: 'PT4H',
        impacts: [
          { after: 'PT1H', financial: 'high', customer: 'high', description: 'Card payments declined.' },
          { after: 'PT4H', financial: 'severe', customer: 'severe', description: 'A day of sales lost.' },
        ],
      },
      scenarios: [
        {
          name: 'Card processor outage',
          type: 'third-party',
          vendor: 'vendor:tessera-card-processing',
          response: 'Confirm network **stand-in** is approving.',
          alternative: 'Network stand-in processing',
        },
      ],
      emergencyTeam: [{ role: 'Incident commander', member: 'user:isabel.fernandez' }],
      callTree: [
        { order: 2, role: 'Squad lead', member: 'user:isabel.fernandez' },
        { order: 1, role: 'Card payments on-call', member: 'group:card-payments-squad' },
        { order: 3, role: 'Payments core on-call', member: 'group:payments-core-squad' },
      ],
      communications: [
        { audience: 'staff', channel: '#incidents', within: 'PT15M', message: 'Card incident declared.' },
        { audience: 'customers', channel: 'status page', within: 'PT30M', message: 'Card payments are failing.' },
      ],
      approvals: [{ approver: 'user:lee.leader', role: 'Chief Technology Officer', date: '2026-07-01' }],
      lastReviewed: '2026-07-01',
      reviewInterval: 'P12M',
    },
  },
  status: {
    ref: 'continuityplan:default/card-payments-continuity',
    name: 'card-payments-continuity',
    title: 'Card payments continuity plan',
    function: 'Card payments',
    owner: 'group:card-payments-squad',
    criticality: 'critical',
    rto: 'PT1H',
    rpo: 'PT5M',
    mtpd: 'PT4H',
    lastReviewed: '2026-07-01',
    review: { due: '2027-07-01', standing: 'later', daysUntilDue: 222 },
    tableTop: { due: '2027-09-23', standing: 'later', daysUntilDue: 306, lastHeld: '2026-09-23' },
    standing: 'later',
    exercises: 1,
    rtoConflicts: 1,
    recovery: 'breached',
    covers: ['system:card-processing'],
    dependsOn: ['vendor:tessera-card-processing'],
  },
  exercises: [],
  rtoConflicts: [
    {
      plan: 'continuityplan:default/card-payments-continuity',
      planRto: 'PT1H',
      planRtoSeconds: 3600,
      dependency: 'vendor:default/tessera-card-processing',
      dependencyObjective: {
        duration: 'PT4H',
        seconds: 14400,
        source: 'vendor:default/tessera-card-processing',
        basis: 'vendor-max-tolerable-outage',
      },
      path: ['continuityplan:default/card-payments-continuity', 'vendor:default/tessera-card-processing'],
    },
  ],
  dependencies: [],
  people: {
    'user:isabel.fernandez': { kind: 'User', title: 'Isabel Fernandez', email: 'isabel.fernandez@meridianpay.example' },
  },
  provenance: {
    path: 'catalog-info/continuity/plans.yaml',
    url: 'https://github.com/meridian/records/blob/a8f8f99c/catalog-info/continuity/plans.yaml',
    lastChange: {
      commit: 'a8f8f99c',
      author: 'Alex Auditor',
      date: '2026-07-01T10:00:00+00:00',
      subject: 'Review the card plan',
      path: 'catalog-info/continuity/plans.yaml',
      url: 'https://github.com/meridian/records/commit/a8f8f99c',
    },
  },
};

/** The vendor of `vendorRow` as its page shows it, with what the reader may see of its confidential fields. */
export function vendorDetail(confidential: ConfidentialVendorView): VendorDetail {
  return {
    vendor: {
      apiVersion: 'readiness.dev/v1alpha1',
      kind: 'Vendor',
      metadata: { name: 'tch-epn', namespace: 'default', title: 'The Clearing House EPN' },
      spec: {
        legalName: 'The Clearing House Payments Company L.L.C.',
        country: 'US',
        owner: 'group:ach-operations-squad',
        relationshipOwner: 'user:sam.lead',
        ictServiceType: 'payment-processing',
        services: ['ACH origination (contingency route)'],
        criticality: 'high',
        contract: { reference: 'TCH-EPN-2020-118', startDate: '2020-06-01' },
        reviews: [
          { type: 'security', date: '2025-09-20', result: 'pass-with-findings', nextDue: '2026-09-20', reviewer: 'user:alex.auditor', summary: 'Two findings on key rotation.' },
          { type: 'financial', date: '2026-05-12', result: 'pass', nextDue: '2027-05-12', reviewer: 'user:margaret.osei' },
        ],
      },
    },
    confidential,
    register: vendorRow,
    blastRadius: { source: vendorRow.ref, dependents: [], brokenRtos: [] },
    people: {},
    provenance: { path: 'catalog-info/vendors/vendors.yaml' },
  };
}

/** The recovery evidence of `planDetail`'s plan: breached by a post-mortem, at risk by its processor. */
export const recoveryEvidence: RecoveryEvidence = {
  plan: 'continuityplan:default/card-payments-continuity',
  status: 'breached',
  declared: { rto: 'PT1H', rpo: 'PT5M', mtpd: 'PT4H', rtoSeconds: 3600 },
  lastExercise: {
    ref: 'exercise:default/2026-10-card-network-connectivity-game-day',
    title: 'Card network connectivity game day',
    date: '2026-10-21',
    type: 'game-day',
    measuredRto: 'PT47M',
    measuredSeconds: 2820,
    exceedsRto: false,
    recent: true,
  },
  period: { months: 12, since: '2025-11-22', until: '2026-11-22' },
  incidents: [
    {
      source: 'postmortem',
      id: 'postmortem:default/2025-12-29-mastercard-settlement-report-late',
      title: 'Mastercard settlement report late',
      services: ['component:default/card-settlement-service'],
      startedAt: '2025-12-29T11:00:00Z',
      recoveredAt: '2025-12-29T12:45:00Z',
      resolvedAt: '2025-12-29T13:30:00Z',
      recoverySeconds: 6300,
      exceedsRto: true,
      incidents: ['YNRYHFADRT1JKB'],
    },
    {
      source: 'pagerduty',
      id: 'PQUICK1',
      title: 'payment-gateway: error rate',
      services: ['component:default/payment-gateway'],
      startedAt: '2026-06-01T10:00:00Z',
      recoveredAt: '2026-06-01T10:20:00Z',
      resolvedAt: '2026-06-01T10:20:00Z',
      recoverySeconds: 1200,
      exceedsRto: false,
      url: 'https://meridianpay.pagerduty.com/incidents/PQUICK1',
    },
  ],
  worstSeconds: 6300,
  p90Seconds: 6300,
  pagerDuty: { available: true },
  dependencies: planDetail.rtoConflicts,
};

/** An exercise of `planDetail`'s plan as the exercises list shows it: its RTO missed. */
export const exerciseRow: ExerciseRow = {
  ref: 'exercise:default/2026-09-card-processor-outage-table-top',
  name: '2026-09-card-processor-outage-table-top',
  title: 'Card processor outage table-top',
  type: 'table-top',
  date: '2026-09-23',
  owner: 'group:card-payments-squad',
  scenario: 'Tessera is down for **four hours** at peak.',
  plans: ['continuityplan:card-payments-continuity'],
  teams: ['group:card-payments-squad'],
  participants: ['user:isabel.fernandez', 'user:sam.lead'],
  successCriteria: ['Stand-in approves within 15 minutes'],
  targetRto: 'PT1H',
  measuredRto: 'PT1H30M',
  rtoMet: false,
  result: 'passed-with-findings',
  findings: ['The stand-in limits were out of date'],
  actions: [
    {
      title: 'Refresh the stand-in limits every quarter',
      category: 'process',
      term: 'long',
      owner: 'group:card-payments-squad',
      due: '2026-12-31',
      status: 'open',
      ticket: 'https://tickets.example.com/CARD-42',
    },
  ],
  openActions: 1,
};

/** The security review of `vendorRow`'s vendor, overdue. */
export const reviewItem: ReviewItem = {
  id: 'vendor-security:vendor:default/tch-epn',
  kind: 'vendor-security',
  subject: 'vendor:default/tch-epn',
  subjectTitle: 'The Clearing House EPN',
  owner: 'group:ach-operations-squad',
  lastDone: '2025-09-20',
  due: '2026-09-20',
  standing: 'overdue',
  daysUntilDue: -62,
};

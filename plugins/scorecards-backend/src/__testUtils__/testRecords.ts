// Small catalogs for the evaluator tests: one squad that meets every automatic check
// (`good-squad`) and one that fails each (`poor-squad`), as of NOW.
import type { Entity } from '@backstage/catalog-model';

/** The fixed clock of the tests. */
export const NOW = new Date('2026-11-22T12:00:00Z');

const base = (
  kind: string,
  name: string,
  spec: Record<string, unknown>,
  extra: Partial<Entity['metadata']> = {},
): Entity => ({
  apiVersion:
    kind === 'Group' || kind === 'User' || kind === 'Component'
      ? 'backstage.io/v1alpha1'
      : 'readiness.dev/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', ...extra },
  spec: spec as Entity['spec'],
});

const squad = (name: string) =>
  base(
    'Group',
    name,
    { type: 'team', children: [] },
    {
      title: name,
      annotations: { 'readiness.dev/domain': 'payments' },
    },
  );
const user = (name: string, group: string) =>
  base('User', name, {
    profile: { displayName: name, email: `${name}@example.com` },
    memberOf: [group],
  });
const job = (name: string, owner: string, criticality: string) =>
  base(
    'Component',
    name,
    { type: 'job', lifecycle: 'production', owner },
    {
      annotations: { 'readiness.dev/criticality': criticality },
    },
  );
const alert = (
  name: string,
  owner: string,
  monitors: string,
  spec: Record<string, unknown> = {},
) =>
  base('Alert', name, {
    type: 'positive',
    source: 'job',
    severity: 'critical',
    paging: true,
    owner,
    monitors,
    ...spec,
  });
const procedure = (name: string, owner: string, lastReviewed?: string) =>
  base('Procedure', name, {
    type: 'sop',
    owner,
    appliesTo: [],
    lastReviewed,
    reviewInterval: 'P6M',
  });
const postmortem = (
  name: string,
  owner: string,
  spec: Record<string, unknown>,
) =>
  base('Postmortem', name, {
    reviewType: 'incident',
    status: 'published',
    owner,
    severity: 'high',
    customerImpact: '<10%',
    startedAt: '2026-10-01T08:00:00Z',
    detectedAt: '2026-10-01T08:05:00Z',
    resolvedAt: '2026-10-01T09:00:00Z',
    services: [],
    summary: 'x',
    ...spec,
  });
const action = (title: string, owner: string, due: string, status: string) => ({
  title,
  category: 'code',
  term: 'short',
  owner,
  due,
  status,
});
const exercise = (
  name: string,
  owner: string,
  date: string,
  options: { type?: string; result?: string; teams?: string[] } = {},
) =>
  base('Exercise', name, {
    type: options.type ?? 'game-day',
    date,
    owner,
    scenario: 'x',
    result: 'result' in options ? options.result : 'passed',
    teams: options.teams,
  });
const plan = (name: string, owner: string, lastReviewed?: string) =>
  base('ContinuityPlan', name, {
    function: 'x',
    owner,
    criticality: 'high',
    covers: [],
    bia: { rto: 'PT4H', rpo: 'PT1H' },
    lastReviewed,
  });
const vendor = (name: string, owner: string, reviews: unknown[]) =>
  base('Vendor', name, { owner, reviews });

/** Both squads' records. */
export const scorecardTestEntities: Entity[] = [
  squad('good-squad'),
  squad('poor-squad'),
  base('Group', 'platform', { type: 'organization', children: [] }),
  user('gina', 'good-squad'),
  user('gus', 'good-squad'),
  user('paul', 'poor-squad'),
  user('pam', 'poor-squad'),
  // critical-job-coverage
  job('good-file', 'good-squad', 'critical'),
  job('good-report', 'good-squad', 'medium'),
  job('poor-file', 'group:poor-squad', 'critical'),
  job('poor-other-file', 'poor-squad', 'critical'),
  alert('good-file-late', 'group:good-squad', 'component:good-file', {
    procedure: 'procedure:good-sop',
  }),
  // A negative alert and a non-paging positive one do not cover a job.
  alert('poor-file-errors', 'group:poor-squad', 'component:poor-file', {
    type: 'negative',
    paging: false,
  }),
  alert(
    'poor-other-file-late',
    'group:poor-squad',
    'component:poor-other-file',
    {
      paging: false,
      procedure: 'procedure:poor-sop',
    },
  ),
  // paging-alerts-have-sops
  procedure('good-sop', 'group:good-squad', '2026-09-01'),
  procedure('poor-sop', 'group:poor-squad', '2026-01-10'),
  alert('poor-api-down', 'group:poor-squad', 'component:poor-file', {
    type: 'negative',
    source: 'metric',
  }),
  alert('poor-api-slow', 'group:poor-squad', 'component:poor-file', {
    type: 'negative',
    source: 'metric',
    procedure: 'procedure:poor-sop',
  }),
  alert('poor-api-gone', 'group:poor-squad', 'component:poor-file', {
    type: 'negative',
    source: 'metric',
    procedure: 'procedure:missing-sop',
  }),
  // postmortems-on-time and no-overdue-actions
  postmortem('good-incident', 'group:good-squad', {
    publishedAt: '2026-10-03',
    actions: [
      action('Add retries', 'group:good-squad', '2026-12-01', 'open'),
      action('Old', 'user:gus', '2026-01-01', 'done'),
    ],
  }),
  postmortem('good-old-late', 'group:good-squad', {
    resolvedAt: '2025-01-01T09:00:00Z',
    publishedAt: '2025-02-01',
  }),
  postmortem('poor-late', 'group:poor-squad', { publishedAt: '2026-10-09' }),
  postmortem('poor-unpublished', 'group:poor-squad', {
    status: 'draft',
    resolvedAt: '2026-11-10T09:00:00Z',
    actions: [action('Fix the cron', 'user:paul', '2026-11-01', 'in-progress')],
  }),
  postmortem('poor-success', 'group:poor-squad', {
    reviewType: 'success',
    resolvedAt: undefined,
    status: 'draft',
  }),
  // recent-game-day
  // Held by the platform group, with good-squad taking part.
  exercise('good-game-day', 'group:platform', '2026-10-15', {
    teams: ['group:good-squad'],
  }),
  exercise('poor-game-day', 'group:poor-squad', '2026-05-01'),
  exercise('poor-table-top', 'group:poor-squad', '2026-11-01', {
    type: 'table-top',
  }),
  exercise('poor-planned-game-day', 'group:poor-squad', '2026-12-01', {
    result: undefined,
  }),
  // plans-reviewed
  plan('good-plan', 'group:good-squad', '2026-03-01'),
  plan('poor-plan', 'group:poor-squad', '2025-10-01'),
  plan('poor-unreviewed-plan', 'group:poor-squad'),
  // vendor-reviews-current
  vendor('good-vendor', 'group:good-squad', [
    {
      type: 'security',
      date: '2026-01-10',
      result: 'pass',
      nextDue: '2027-01-10',
    },
    {
      type: 'financial',
      date: '2024-01-10',
      result: 'pass',
      nextDue: '2025-01-10',
    },
    {
      type: 'financial',
      date: '2026-01-10',
      result: 'pass',
      nextDue: '2027-01-10',
    },
  ]),
  vendor('poor-vendor', 'group:poor-squad', [
    {
      type: 'security',
      date: '2025-01-10',
      result: 'pass',
      nextDue: '2026-01-10',
    },
  ]),
  vendor('poor-unreviewed-vendor', 'group:poor-squad', []),
];

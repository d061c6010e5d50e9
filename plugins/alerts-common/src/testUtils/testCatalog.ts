import type { Entity } from '@backstage/catalog-model';
import type {
  AlertEntity,
  ProcedureEntity,
} from '@readiness/plugin-readiness-common';

/**
 * A small organisation for the alert tests: two domains, two squads, a
 * service with a PagerDuty service, two critical jobs and a medium one.
 *
 * @public
 */
export const testCatalog: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'transfers', title: 'Transfers' },
    spec: { owner: 'group:ach-squad' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'payments', title: 'Payments' },
    spec: { owner: 'group:cards-squad' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'ach' },
    spec: { owner: 'group:ach-squad', domain: 'transfers' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'ach-squad',
      annotations: { 'readiness.dev/domain': 'transfers' },
    },
    spec: { type: 'team', profile: { displayName: 'ACH Squad' }, children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'cards-squad',
      title: 'Cards Squad',
      annotations: { 'readiness.dev/domain': 'payments' },
    },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'ach-service',
      annotations: { 'pagerduty.com/service-id': 'PACH001' },
    },
    spec: { type: 'service', owner: 'group:ach-squad', system: 'ach' },
  },
  ...['ach-file-0600', 'ach-file-1000'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: { 'readiness.dev/criticality': 'critical' },
    },
    spec: { type: 'job', owner: 'group:ach-squad', system: 'ach' },
  })),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'card-report',
      annotations: { 'readiness.dev/criticality': 'medium' },
    },
    spec: { type: 'job', owner: 'group:cards-squad' },
  },
];

/**
 * A critical paging job alert of the ACH squad on its 06:00 file, with `spec` over it.
 *
 * @public
 */
export function testAlert(
  name: string,
  spec: Partial<AlertEntity['spec']> = {},
): AlertEntity {
  return {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Alert',
    metadata: { name, title: `Alert ${name}` },
    spec: {
      type: 'positive',
      source: 'job',
      severity: 'critical',
      paging: true,
      owner: 'group:ach-squad',
      monitors: 'component:ach-file-0600',
      schedule: '15 5 * * 1-5',
      cutoff: '06:00',
      ...spec,
    },
  };
}

/**
 * A procedure of the test catalog, with `spec` over its defaults.
 *
 * @public
 */
export function testProcedure(
  name: string,
  spec: Partial<ProcedureEntity['spec']> = {},
): ProcedureEntity {
  return {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Procedure',
    metadata: { name },
    spec: {
      type: 'sop',
      owner: 'group:ach-squad',
      appliesTo: ['component:ach-service'],
      lastReviewed: '2026-06-01',
      reviewInterval: 'P6M',
      ...spec,
    },
  };
}

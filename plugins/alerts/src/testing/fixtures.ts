import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  AlertEntity,
  ProcedureEntity,
} from '@readiness/plugin-readiness-common';
import type {
  AlertDetails,
  AlertsApi,
  AlertSummary,
} from '@readiness/plugin-alerts-common';

export const resendScript: ProcedureEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Procedure',
  metadata: {
    name: 'ach-resend-origination-file',
    namespace: 'default',
    title: 'Re-send an ACH origination file',
  },
  spec: {
    type: 'script-template',
    owner: 'group:ach-operations-squad',
    appliesTo: ['component:ach-origination-service'],
    language: 'sql',
    parameters: [
      {
        name: 'businessDate',
        title: 'Business date',
        type: 'date',
        default: 'today',
        required: true,
      },
      {
        name: 'window',
        title: 'FedACH window',
        type: 'enum',
        allowed: ['0600', '1000'],
        required: true,
      },
      {
        name: 'batchId',
        title: 'Batch id',
        type: 'string',
        pattern: '^B[0-9]{8}$',
      },
    ],
    script:
      "SELECT file_id FROM ach_files\nWHERE business_date = '{{businessDate}}' AND window = '{{window}}' AND batch = '{{batchId}}';\n",
  },
};

export const sop: ProcedureEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Procedure',
  metadata: {
    name: 'ach-file-not-acknowledged-sop',
    namespace: 'default',
    title: 'ACH origination file not acknowledged by FedACH',
    annotations: {
      'backstage.io/techdocs-ref': 'dir:./docs/ach-file-not-acknowledged-sop',
    },
  },
  spec: {
    type: 'sop',
    owner: 'group:ach-operations-squad',
    appliesTo: ['component:ach-origination-file-0600'],
    body: 'Paged because the **file** has no acknowledgement. <img src=x onerror="window.hacked = true">',
    steps: [
      'Run the "ACH window status" script.',
      'Re-send [safely](javascript:window.hacked=true).',
    ],
  },
};

export const alert: AlertEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Alert',
  metadata: {
    name: 'ach-origination-file-0600-not-acknowledged',
    namespace: 'default',
    title: 'ACH origination file (06:00 window) not acknowledged by FedACH',
  },
  spec: {
    type: 'positive',
    source: 'job',
    severity: 'critical',
    paging: true,
    owner: 'group:ach-operations-squad',
    monitors: 'component:ach-origination-file-0600',
    journey: 'ach-payments',
    schedule: '15 5 * * 1-5',
    cutoff: '06:00',
    timezone: 'America/New_York',
    meaning: 'The Fed has not accepted the 06:00 window file.',
    impact: 'Payroll credits settle a day late.',
    condition: 'No FedACH acknowledgement by 06:00.',
    errorCodes: [
      {
        code: 'ACH-TX-017',
        class: 'system',
        meaning: 'FedLine SFTP transfer timed out',
      },
    ],
    procedure: 'procedure:ach-file-not-acknowledged-sop',
    scripts: ['procedure:ach-resend-origination-file'],
    pagerduty: { serviceId: 'PY8XS2A' },
  },
};

export const alertSummary: AlertSummary = {
  ref: 'alert:default/ach-origination-file-0600-not-acknowledged',
  name: alert.metadata.name,
  title: alert.metadata.title!,
  type: 'positive',
  source: 'job',
  severity: 'critical',
  paging: true,
  owner: {
    ref: 'group:default/ach-operations-squad',
    title: 'ACH Operations Squad',
  },
  domain: { ref: 'domain:default/transfers', title: 'Transfers' },
  journey: 'ach-payments',
  monitors: {
    ref: 'component:default/ach-origination-file-0600',
    title: 'ach-origination-file-0600',
    kind: 'Component',
    type: 'job',
  },
  schedule: '15 5 * * 1-5',
  cutoff: '06:00',
  timezone: 'America/New_York',
  meaning: alert.spec.meaning,
  errorCodes: alert.spec.errorCodes!,
  errorCodeClasses: ['system'],
  procedure: {
    ref: 'procedure:default/ach-file-not-acknowledged-sop',
    title: sop.metadata.title!,
  },
  procedureRef: alert.spec.procedure,
  scripts: [
    {
      ref: 'procedure:default/ach-resend-origination-file',
      title: 'Re-send an ACH origination file',
    },
  ],
  pagerDutyServiceId: 'PY8XS2A',
  pagerDutyService: {
    ref: 'component:default/ach-origination-service',
    title: 'ach-origination-service',
  },
  hasSop: true,
  routedToPagerDuty: true,
};

/** The alert's page as the alerts API answers it: its job, current SOP, script and post-mortem. */
export const alertDetails: AlertDetails = {
  summary: alertSummary,
  monitored: {
    ref: 'component:default/ach-origination-file-0600',
    title: 'ach-origination-file-0600',
    kind: 'Component',
    type: 'job',
    annotations: {},
  },
  procedure: {
    entity: sop,
    review: { state: 'current', dueDate: '2027-02-14', daysUntilDue: 85 },
  },
  scripts: [resendScript],
  postmortems: [
    {
      ref: 'postmortem:default/2025-05-22-ach-0600-file-sftp-certificate-expired',
      title: '06:00 ACH file reached the Fed 52 minutes late',
      reviewType: 'incident',
      severity: 'high',
      startedAt: '2025-05-22T09:12:00Z',
      status: 'published',
    },
  ],
};

/** An alerts API whose every method is a jest mock; tests set what they use. */
export function mockAlertsApi(
  overrides: Partial<AlertsApi> = {},
): jest.Mocked<AlertsApi> {
  const fail = (name: string) =>
    jest.fn(() => Promise.reject(new Error(`${name} not mocked`)));
  return {
    listAlerts: fail('listAlerts'),
    getAlertFacets: fail('getAlertFacets'),
    searchAlertOwners: fail('searchAlertOwners'),
    exportAlerts: fail('exportAlerts'),
    getAlert: fail('getAlert'),
    getCoverage: fail('getCoverage'),
    listSquadCoverage: fail('listSquadCoverage'),
    listCoverageGaps: fail('listCoverageGaps'),
    listProcedures: fail('listProcedures'),
    getProcedure: fail('getProcedure'),
    listErrorCodes: fail('listErrorCodes'),
    getOperations: fail('getOperations'),
    getOnCall: fail('getOnCall'),
    ...overrides,
  } as jest.Mocked<AlertsApi>;
}

/** Routes the components link to, mounted in the test app. */
export const mountedRoutes = {
  '/catalog/:namespace/:kind/:name': entityRouteRef,
};

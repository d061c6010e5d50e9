import { ContinuityPlanEntity, ExerciseEntity, VendorEntity } from '@readiness/plugin-readiness-common';
import { toCsv } from '@readiness/plugin-readiness-api-common';
import {
  ConfidentialVendorFields,
  ConfidentialVendorView,
} from '@readiness/plugin-continuity-common';
import {
  EXERCISE_CSV_COLUMNS,
  PLAN_CSV_COLUMNS,
  REVIEW_CSV_COLUMNS,
  VENDOR_CSV_COLUMNS,
} from './csvColumns';
import { exerciseRow } from './exerciseSummary';
import { continuityPlanRow } from './planStatus';
import { listReviews } from './reviewsDue';
import { vendorRegisterRow } from './vendorRegister';

const TODAY = '2026-11-21';

const vendor: VendorEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Vendor',
  metadata: { name: 'relaywave-sms', title: '=HYPERLINK("http://evil.example","SMS")' },
  spec: {
    legalName: '@SUM(A1:A9) Ltd',
    country: 'GB',
    owner: 'group:platform-sre-squad',
    relationshipOwner: 'user:jonas.weber',
    ictServiceType: 'communications',
    services: ['+44 SMS delivery', 'One-time passwords, "OTP"'],
    criticality: 'high',
    supports: ['component:notification-service'],
    substitutability: 'easy',
    alternatives: [{ name: '-Twilio' }],
    exitPlan: { summary: 'Switch the SMS route.', lastTested: '2025-11-12' },
    contract: {
      reference: 'RW-1',
      startDate: '2023-01-01',
    },
    reviews: [
      {
        type: 'security',
        date: '2025-08-30',
        result: 'pass',
        nextDue: '2026-08-30',
        reviewer: 'user:alex.auditor',
      },
      {
        type: 'financial',
        date: '2026-03-01',
        result: 'pass-with-findings',
        nextDue: '2027-03-01',
        reviewer: 'user:margaret.osei',
      },
    ],
  },
};

const plan: ContinuityPlanEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'ContinuityPlan',
  metadata: { name: 'notifications-continuity' },
  spec: {
    function: 'Customer notifications',
    owner: 'group:platform-sre-squad',
    criticality: 'high',
    covers: ['component:notification-service'],
    dependsOn: ['vendor:relaywave-sms'],
    bia: { rto: 'PT4H', rpo: 'PT15M', mtpd: 'PT24H' },
    lastReviewed: '2026-01-10',
    reviewInterval: 'P12M',
  },
};

const exercise: ExerciseEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Exercise',
  metadata: { name: '2026-02-sms-tabletop' },
  spec: {
    type: 'table-top',
    date: '2026-02-02',
    owner: 'group:platform-sre-squad',
    scenario: 'SMS provider down for a day',
    plans: ['continuityplan:notifications-continuity'],
    target: { rto: 'PT4H' },
    measured: { rto: 'PT5H' },
    result: 'passed-with-findings',
    findings: ['No second route configured'],
    actions: [
      {
        title: 'Configure a second SMS route',
        category: 'process',
        term: 'short',
        owner: 'group:platform-sre-squad',
        due: '2026-03-01',
        status: 'open',
      },
    ],
  },
};

const lines = (csv: string) => csv.trimEnd().split('\r\n');

describe('continuity CSV exports', () => {
  const confidential: ConfidentialVendorFields = {
    annualValue: { amount: 99_000, currency: 'GBP' },
    financialReviews: [
      { date: '2025-03-01', summary: 'Older review.' },
      { date: '2026-03-01', summary: '=Going-concern doubt', evidence: 'https://grc.example/fin' },
    ],
  };
  const exportRow = (view: ConfidentialVendorView) => ({
    ...vendorRegisterRow(vendor, TODAY, ['continuityplan:default/x']),
    confidential: view,
  });

  it('writes the vendor register with its review standings and the confidential fields of the latest financial review', () => {
    const csv = toCsv([exportRow({ access: 'granted', fields: confidential })], VENDOR_CSV_COLUMNS);
    const [header, row] = lines(csv);
    expect(header).toBe(
      [
        'Vendor', 'Name', 'Legal name', 'Country', 'Criticality', 'Supports a critical function',
        'ICT service type', 'Owner', 'Relationship owner', 'Services', 'Supports',
        'Substitutability', 'Alternatives', 'Exit plan', 'Exit plan last tested', 'Contract end',
        'Annual value', 'Annual value currency',
        'Security review: last', 'Security review: result', 'Security review: next due',
        'Security review: standing', 'Financial review: last', 'Financial review: result',
        'Financial review: next due', 'Financial review: standing', 'Financial review: summary',
        'Financial review: evidence', 'Due diligence: last',
        'Due diligence: result', 'Due diligence: next due', 'Due diligence: standing',
        'Dependent continuity plans',
      ].join(','),
    );
    expect(row).toBe(
      [
        'vendor:default/relaywave-sms',
        `"'=HYPERLINK(""http://evil.example"",""SMS"")"`,
        "'@SUM(A1:A9) Ltd",
        'GB', 'high', 'false', 'communications', 'group:platform-sre-squad', 'user:jonas.weber',
        `"'+44 SMS delivery; One-time passwords, ""OTP"""`,
        'component:notification-service', 'easy', "'-Twilio", 'Switch the SMS route.',
        '2025-11-12', '',
        '99000', 'GBP',
        '2025-08-30', 'pass', '2026-08-30', 'Overdue',
        '2026-03-01', 'pass-with-findings', '2027-03-01', 'Not due yet', "'=Going-concern doubt",
        'https://grc.example/fin',
        '', '', '', '',
        'continuityplan:default/x',
      ].join(','),
    );
  });

  it('says "confidential" instead of the confidential fields to readers who may not see them', () => {
    const csv = toCsv([exportRow({ access: 'withheld' })], VENDOR_CSV_COLUMNS);
    const [, row] = lines(csv);
    // Contract end (empty), then the value and its currency; the financial review's last,
    // result, next due and standing, then its summary and evidence.
    expect(row).toContain(',2025-11-12,,confidential,confidential,2025-08-30,');
    expect(row).toContain(',2026-03-01,pass-with-findings,2027-03-01,Not due yet,confidential,confidential,');
    expect(csv).not.toMatch(/99000|GBP|Going-concern|grc\.example/);
  });

  it('writes plans, exercises and reviews', () => {
    const planCsv = toCsv(
      [{ ...continuityPlanRow(plan, TODAY, [exercise], 2), recovery: 'at-risk' as const }],
      PLAN_CSV_COLUMNS,
    );
    expect(lines(planCsv)[1]).toBe(
      'continuityplan:default/notifications-continuity,notifications-continuity,Customer notifications,' +
        'group:platform-sre-squad,high,PT4H,PT15M,PT24H,2026-01-10,2027-01-10,Due within 60 days,' +
        '2026-02-02,2027-02-02,Due within 90 days,At risk,1,exercise:default/2026-02-sms-tabletop,' +
        'passed-with-findings,2,component:notification-service,vendor:relaywave-sms',
    );
    const exerciseCsv = toCsv([exerciseRow(exercise)], EXERCISE_CSV_COLUMNS);
    expect(lines(exerciseCsv)[0]).toBe(
      'Exercise,Title,Type,Date,Owner,Scenario,Plans,Teams,Participants,Success criteria,' +
        'Target RTO,Measured RTO,Target RPO,Measured RPO,Result,Findings,Actions,Open actions',
    );
    expect(lines(exerciseCsv)[1]).toContain(
      '"Configure a second SMS route (group:platform-sre-squad, due 2026-03-01, open)",1',
    );
    const reviewCsv = toCsv(
      listReviews({ vendors: [vendor], procedures: [], plans: [plan], exercises: [exercise] }, TODAY),
      REVIEW_CSV_COLUMNS,
    );
    expect(lines(reviewCsv)).toEqual([
      'Review,Record,Title,Owner,Last done,Due,Days until due,Standing',
      `Vendor security review,vendor:default/relaywave-sms,"'=HYPERLINK(""http://evil.example"",""SMS"")",group:platform-sre-squad,2025-08-30,2026-08-30,-83,Overdue`,
      `Vendor financial review,vendor:default/relaywave-sms,"'=HYPERLINK(""http://evil.example"",""SMS"")",group:platform-sre-squad,2026-03-01,2027-03-01,100,Not due yet`,
      'Continuity plan review,continuityplan:default/notifications-continuity,notifications-continuity,group:platform-sre-squad,2026-01-10,2027-01-10,50,Due within 60 days',
      'Annual table-top exercise,continuityplan:default/notifications-continuity,notifications-continuity,group:platform-sre-squad,2026-02-02,2027-02-02,73,Due within 90 days',
    ]);
  });
});

import type { VendorEntity } from '@readiness/plugin-readiness-common';
import {
  checkConfidentialVendorReferences,
  confidentialFieldsByVendor,
  parseConfidentialVendorFile,
} from './confidentialVendorFile';

const vendor: VendorEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Vendor',
  metadata: { name: 'tessera' },
  spec: {
    legalName: 'Tessera Processing Services, Inc.',
    country: 'US',
    owner: 'group:card-payments-squad',
    relationshipOwner: 'user:isabel.fernandez',
    ictServiceType: 'payment-processing',
    services: ['Authorisation switching'],
    criticality: 'critical',
    reviews: [
      {
        type: 'financial',
        date: '2026-05-20',
        result: 'pass',
        nextDue: '2027-05-20',
        reviewer: 'user:margaret.osei',
      },
      {
        type: 'security',
        date: '2026-06-05',
        result: 'pass',
        nextDue: '2026-12-05',
        reviewer: 'user:alex.auditor',
      },
    ],
  },
};

const file = `# Confidential
vendors:
  - vendor: vendor:tessera
    annualValue: { amount: 1250000, currency: USD }
    financialReviews:
      - date: "2026-05-20"
        summary: Debt covenants close to breach.
        evidence: https://grc.example/fin
  - vendor: vendor:default/relaywave-sms
`;

describe('the confidential vendor file', () => {
  it('reads each vendor\'s contract value and financial review findings, by full vendor ref', () => {
    const { file: parsed, problems } = parseConfidentialVendorFile(file);
    expect(problems).toEqual([]);
    expect(confidentialFieldsByVendor(parsed!)).toEqual(
      new Map([
        [
          'vendor:default/tessera',
          {
            annualValue: { amount: 1_250_000, currency: 'USD' },
            financialReviews: [
              {
                date: '2026-05-20',
                summary: 'Debt covenants close to breach.',
                evidence: 'https://grc.example/fin',
              },
            ],
          },
        ],
        ['vendor:default/relaywave-sms', { financialReviews: [] }],
      ]),
    );
  });

  it('reports what is wrong with its line, and returns no file then', () => {
    const broken = `vendors:
  - vendor: vendor:tessera
    annualValue: { amount: -5, currency: dollars }
  - vendor: vendor:tessera
    financialReviews:
      - date: 20 May
        sumary: typo
`;
    const { file: parsed, problems } = parseConfidentialVendorFile(broken);
    expect(parsed).toBeUndefined();
    expect(problems.map(p => `${p.line}: ${p.field}: ${p.message}`)).toEqual([
      '3: vendors[0].annualValue.amount: must be at least 0 (got -5)',
      '3: vendors[0].annualValue.currency: must be an ISO 4217 currency code in use, like EUR (got "dollars")',
      '7: vendors[1].financialReviews[0].sumary: is not a known field (did you mean "summary"?)',
      '6: vendors[1].financialReviews[0].date: must be a date YYYY-MM-DD (got "20 May")',
      '4: vendors[1].vendor: "vendor:tessera" is already used by vendors[0]',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const { file: parsed, problems } = parseConfidentialVendorFile('vendors: [unclosed\n');
    expect(parsed).toBeUndefined();
    expect(problems[0].line).toBeGreaterThan(0);
  });

  it('names entries whose vendor or financial review is not in the register', () => {
    const { file: parsed, lineOf } = parseConfidentialVendorFile(`vendors:
  - vendor: vendor:tessera
    financialReviews:
      - date: "2026-05-20"
      - date: "2026-06-05"
  - vendor: vendor:nobody
`);
    const problems = checkConfidentialVendorReferences(parsed!, [vendor]);
    expect(problems.map(p => `${lineOf(p.field)}: ${p.field}: ${p.message}`)).toEqual([
      '5: vendors[0].financialReviews[1].date: vendor:tessera has no financial review on 2026-06-05',
      '6: vendors[1].vendor: vendor:nobody is not a vendor in the register',
    ]);
  });
});

import {
  formatFileProblem,
  validateConfidentialVendorFile,
  validateRecordFiles,
} from './validateRecordFiles';

const squad = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: ach-operations-squad
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ach-origination-service
spec:
  type: service
  lifecycle: production
  owner: group:ach-operations-squad
`;

const procedure = (name: string, owner: string, reviewed: string) => `apiVersion: readiness.dev/v1alpha1
kind: Procedure
metadata:
  name: ${name}
spec:
  type: sop
  owner: ${owner}
  appliesTo:
    - component:ach-origination-service
  lastReviewed: ${reviewed}
  reviewInterval: P6M
`;

describe('validateRecordFiles', () => {
  it('accepts valid records whose references resolve in the context', () => {
    const result = validateRecordFiles({
      files: [
        { path: 'procedures.yaml', text: procedure('resend-file', 'group:ach-operations-squad', '2026-08-14') },
      ],
      context: [{ path: 'org.yaml', text: squad }],
    });
    expect(result).toEqual({ records: 1, problems: [] });
  });

  it('reports each problem with its file, line and field, and keeps checking the rest', () => {
    const text = [
      procedure('good-one', 'group:ach-operations-squad', '2026-08-14'),
      procedure('bad-date', 'group:ach-operations-squad', '14/08/2026'),
      procedure('dangling-owner', 'group:nobody', '2026-08-14'),
    ].join('---\n');
    const result = validateRecordFiles({
      files: [{ path: 'procedures.yaml', text }],
      context: [{ path: 'org.yaml', text: squad }],
    });
    expect(result.records).toBe(3);
    expect(result.problems.map(formatFileProblem)).toEqual([
      expect.stringMatching(/^procedures\.yaml:22: spec\.lastReviewed: .*14\/08\/2026/),
      expect.stringMatching(/^procedures\.yaml:31: spec\.owner: group:nobody does not exist/),
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const result = validateRecordFiles({
      files: [{ path: 'broken.yaml', text: 'kind: Alert\nmetadata: [unclosed\n' }],
    });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: 'broken.yaml' });
    expect(result.problems[0].line).toBeGreaterThan(0);
  });
});

describe('validateConfidentialVendorFile', () => {
  const vendors = {
    path: 'vendors.yaml',
    text: `apiVersion: readiness.dev/v1alpha1
kind: Vendor
metadata:
  name: fedach
spec:
  legalName: Federal Reserve Bank of Atlanta
  country: US
  owner: group:ach-operations-squad
  relationshipOwner: user:sam.lead
  ictServiceType: payment-processing
  services: [ACH]
  criticality: critical
  reviews:
    - type: financial
      date: "2026-02-01"
      result: pass
      nextDue: "2027-02-01"
      reviewer: user:sam.lead
`,
  };

  it('accepts entries that match the vendors and their financial reviews', () => {
    const file = {
      path: 'confidential/vendor-contracts.yaml',
      text: `vendors:
  - vendor: vendor:fedach
    annualValue: { amount: 420000, currency: USD }
    financialReviews:
      - date: "2026-02-01"
        summary: No concerns.
`,
    };
    expect(validateConfidentialVendorFile(file, [vendors])).toEqual([]);
  });

  it('reports schema and reference problems with their file and line', () => {
    const file = {
      path: 'confidential/vendor-contracts.yaml',
      text: `vendors:
  - vendor: vendor:fedach
    financialReviews:
      - date: "2025-02-01"
  - vendor: vendor:nobody
`,
    };
    expect(validateConfidentialVendorFile(file, [vendors]).map(formatFileProblem)).toEqual([
      'confidential/vendor-contracts.yaml:4: vendors[0].financialReviews[0].date: vendor:fedach has no financial review on 2025-02-01',
      'confidential/vendor-contracts.yaml:5: vendors[1].vendor: vendor:nobody is not a vendor in the register',
    ]);
    const broken = { path: 'c.yaml', text: 'vendors:\n  - annualValue: { amount: 1, currency: usd }\n' };
    expect(validateConfidentialVendorFile(broken, [vendors]).map(formatFileProblem)).toEqual([
      'c.yaml:2: vendors[0].vendor: is required',
      'c.yaml:2: vendors[0].annualValue.currency: must be an ISO 4217 currency code, like USD (got "usd")',
    ]);
  });
});

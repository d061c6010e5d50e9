import {
  formatFileProblem,
  validateConfidentialVendorFile,
  validateRecordFiles,
} from './validateRecordFiles';

/** The FedACH vendor's required fields, which each vendor file below extends. */
const FEDACH_SPEC = `spec:
  legalName: Federal Reserve Bank of Atlanta
  country: US
  owner: group:ach-operations-squad
  relationshipOwner: user:sam.lead
  ictServiceType: payment-processing
  services: [ACH]
  criticality: critical`;

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

const procedure = (
  name: string,
  owner: string,
  reviewed: string,
) => `apiVersion: readiness.dev/v1alpha1
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
        {
          path: 'procedures.yaml',
          text: procedure(
            'resend-file',
            'group:ach-operations-squad',
            '2026-08-14',
          ),
        },
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
      expect.stringMatching(
        /^procedures\.yaml:22: spec\.lastReviewed: .*14\/08\/2026/,
      ),
      expect.stringMatching(
        /^procedures\.yaml:31: spec\.owner: group:nobody does not exist/,
      ),
    ]);
  });

  it('reports bad input with its file, line, field and reason, whatever the kind', () => {
    const service = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payment-gateway
  links:
    - url: https://grafana.example.com/d/payment-gateway
    - url: javascript:alert(document.cookie)
      title: Runbook
spec:
  type: service
  lifecycle: production
  owner: group:ach-operations-squad
`;
    const vendor = `apiVersion: readiness.dev/v1alpha1
kind: Vendor
metadata:
  name: fedach
  description: ${'x'.repeat(2_000_001)}
  links:
    - url: mailto:fedach-support@example.com
${FEDACH_SPEC}
  alternatives:
    - name: FedACH
      vendor: vendor:fedach
  reviews:
    - type: security
      date: "2026-02-01"
      result: pass
      nextDue: "2027-02-01"
      reviewer: user:sam.lead
      evidence: javascript:alert(1)
`;
    const result = validateRecordFiles({
      files: [
        { path: 'services.yaml', text: service },
        { path: 'vendors.yaml', text: vendor },
      ],
      context: [
        { path: 'org.yaml', text: squad },
        {
          path: 'people.yaml',
          text: 'apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata: { name: sam.lead }\nspec: {}\n',
        },
      ],
    });
    expect(result.records).toBe(1);
    expect(result.problems.map(formatFileProblem)).toEqual([
      'services.yaml:7: metadata.links[1].url: must be an http, https or mailto URL, like https://grafana.example.com/d/ach or mailto:team@example.com (got "javascript:alert(document.cookie)")',
      'vendors.yaml:5: metadata.description: must be at most 2,000 characters (got 2,000,001)',
      "vendors.yaml:17: spec.alternatives[0].name: is this vendor's own name: an alternative must be another provider",
      'vendors.yaml:18: spec.alternatives[0].vendor: is this vendor itself (vendor:default/fedach): an alternative must be another provider',
      'vendors.yaml:25: spec.reviews[0].evidence: must be an http or https URL, like https://jira.example.com/browse/OPS-1 (got "javascript:alert(1)")',
    ]);
  });

  it('refuses an LEI with wrong check digits and a country code no one was assigned', () => {
    const vendor = `apiVersion: readiness.dev/v1alpha1
kind: Vendor
metadata:
  name: fedach
${FEDACH_SPEC.replace('country: US', 'country: UK\n  lei: 549300VGEJKB7Y4ZJB60')}
  dataLocations: [US, XK, ZZ]
`;
    const result = validateRecordFiles({
      files: [{ path: 'vendors.yaml', text: vendor }],
      context: [
        { path: 'org.yaml', text: squad },
        {
          path: 'people.yaml',
          text: 'apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata: { name: sam.lead }\nspec: {}\n',
        },
      ],
    });
    expect(result.problems.map(formatFileProblem)).toEqual([
      'vendors.yaml:7: spec.country: must be an assigned ISO 3166-1 alpha-2 country code, like GB for the United Kingdom (got "UK")',
      'vendors.yaml:8: spec.lei: has check digits 60 where ISO 17442 gives 42 for 549300VGEJKB7Y4ZJB: the LEI is mistyped (look it up at https://search.gleif.org)',
      'vendors.yaml:14: spec.dataLocations[1]: must be an assigned ISO 3166-1 alpha-2 country code, like GB for the United Kingdom (got "XK")',
      'vendors.yaml:14: spec.dataLocations[2]: must be an assigned ISO 3166-1 alpha-2 country code, like GB for the United Kingdom (got "ZZ")',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const result = validateRecordFiles({
      files: [
        { path: 'broken.yaml', text: 'kind: Alert\nmetadata: [unclosed\n' },
      ],
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
${FEDACH_SPEC}
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
    expect(
      validateConfidentialVendorFile(file, [vendors]).map(formatFileProblem),
    ).toEqual([
      'confidential/vendor-contracts.yaml:4: vendors[0].financialReviews[0].date: vendor:fedach has no financial review on 2025-02-01',
      'confidential/vendor-contracts.yaml:5: vendors[1].vendor: vendor:nobody is not a vendor in the register',
    ]);
    const broken = {
      path: 'c.yaml',
      text: 'vendors:\n  - annualValue: { amount: 1, currency: usd }\n    financialReviews:\n      - { date: "2026-02-01", evidence: "javascript:alert(1)" }\n',
    };
    expect(
      validateConfidentialVendorFile(broken, [vendors]).map(formatFileProblem),
    ).toEqual([
      'c.yaml:2: vendors[0].vendor: is required',
      'c.yaml:2: vendors[0].annualValue.currency: must be an ISO 4217 currency code in use, like EUR (got "usd")',
      'c.yaml:4: vendors[0].financialReviews[0].evidence: must be an http or https URL, like https://jira.example.com/browse/OPS-1 (got "javascript:alert(1)")',
    ]);
  });
});

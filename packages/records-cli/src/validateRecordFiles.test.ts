import { formatFileProblem, validateRecordFiles } from './validateRecordFiles';

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

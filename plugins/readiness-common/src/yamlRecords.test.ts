import { parseRecordFile } from './yamlRecords';

const text = `# Two records and an empty document.
---
apiVersion: readiness.dev/v1alpha1
kind: Postmortem
metadata:
  name: first
spec:
  owner: group:ach-operations-squad
  actions:
    - title: One
      due: 2026-04-01
    - title: Two
      owner: group:platform-sre-squad
      due: "16/03/2026"
  details: |
    A block.
  annotations:
    backstage.io/techdocs-ref: dir:.
---
apiVersion: readiness.dev/v1alpha1
kind: Alert
metadata: { name: second }
spec: { owner: group:ach-operations-squad, scripts: [procedure:a, procedure:b] }
---
`;

describe('parseRecordFile', () => {
  const file = parseRecordFile('records.yaml', text);
  const [first, second] = file.documents;

  it('returns every document as an entity', () => {
    expect(file.path).toBe('records.yaml');
    expect(file.problems).toEqual([]);
    expect(file.documents.map(({ entity }) => entity.metadata.name)).toEqual([
      'first',
      'second',
    ]);
    expect(first.entity.spec?.actions).toEqual([
      { title: 'One', due: '2026-04-01' },
      { title: 'Two', owner: 'group:platform-sre-squad', due: '16/03/2026' },
    ]);
  });

  it('maps fields to their lines', () => {
    expect(first.lineOf('kind')).toBe(4);
    expect(first.lineOf('spec')).toBe(7);
    expect(first.lineOf('spec.actions')).toBe(9);
    expect(first.lineOf('spec.actions[1]')).toBe(12);
    expect(first.lineOf('spec.actions[1].due')).toBe(14);
    expect(first.lineOf('spec.details')).toBe(15);
    expect(first.lineOf('spec.annotations["backstage.io/techdocs-ref"]')).toBe(
      18,
    );
  });

  it('maps fields of flow collections to their lines', () => {
    expect(second.lineOf('metadata.name')).toBe(22);
    expect(second.lineOf('spec.scripts[1]')).toBe(23);
  });

  it('maps a missing field to its closest enclosing field', () => {
    expect(first.lineOf('spec.severity')).toBe(7);
    expect(first.lineOf('spec.actions[0].owner')).toBe(10);
    expect(first.lineOf('spec.actions[5].owner')).toBe(9);
    expect(first.lineOf('')).toBe(3);
    expect(second.lineOf('not a field path!')).toBe(20);
  });

  it('reports YAML syntax errors with their line, and keeps the other documents', () => {
    const broken = parseRecordFile(
      'broken.yaml',
      [
        'kind: Alert',
        'metadata: { name: ok }',
        '---',
        'kind: Alert',
        'kind: Procedure',
        '---',
        'spec:',
        '  owner: [group:a',
        '',
      ].join('\n'),
    );
    expect(broken.documents.map(({ entity }) => entity.metadata.name)).toEqual([
      'ok',
    ]);
    expect(broken.problems).toEqual([
      { line: 5, message: expect.stringContaining('unique') },
      { line: expect.any(Number), message: expect.any(String) },
    ]);
    expect(broken.problems[1].line).toBeGreaterThanOrEqual(8);
  });

  it('reports documents that are not mappings', () => {
    const scalars = parseRecordFile('list.yaml', '---\n- a\n- b\n---\nhello\n');
    expect(scalars.documents).toEqual([]);
    expect(scalars.problems).toEqual([
      { line: 2, message: expect.stringContaining('must be a mapping') },
      { line: 5, message: expect.stringContaining('must be a mapping') },
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseRecordFile('empty.yaml', '')).toEqual({
      path: 'empty.yaml',
      documents: [],
      problems: [],
    });
  });
});

import { formatFieldPath, parseFieldPath, valueAtPath } from './fieldPath';

describe('formatFieldPath', () => {
  it('joins names with dots and indexes with brackets', () => {
    expect(formatFieldPath(['spec', 'actions', 2, 'due'])).toBe(
      'spec.actions[2].due',
    );
  });

  it('quotes keys that are not identifiers', () => {
    expect(
      formatFieldPath(['metadata', 'annotations', 'backstage.io/techdocs-ref']),
    ).toBe('metadata.annotations["backstage.io/techdocs-ref"]');
  });
});

describe('parseFieldPath', () => {
  it('reverses formatFieldPath', () => {
    for (const path of [
      ['spec', 'actions', 2, 'due'],
      ['metadata', 'annotations', 'backstage.io/techdocs-ref'],
      ['kind'],
      [],
    ]) {
      expect(parseFieldPath(formatFieldPath(path))).toEqual(path);
    }
  });

  it('rejects text that is not a field path', () => {
    expect(parseFieldPath('spec..owner')).toBeUndefined();
    expect(parseFieldPath('spec[x]')).toBeUndefined();
  });
});

describe('valueAtPath', () => {
  it('walks objects and lists, and stops where the path leads nowhere', () => {
    const data = { spec: { actions: [{ due: '2026-04-01' }] } };
    expect(valueAtPath(data, ['spec', 'actions', 0, 'due'])).toBe('2026-04-01');
    expect(valueAtPath(data, ['spec', 'actions', 1, 'due'])).toBeUndefined();
    expect(
      valueAtPath(data, ['spec', 'actions', 0, 'due', 'x']),
    ).toBeUndefined();
  });
});

import { closestMatch } from './closestMatch';

describe('closestMatch', () => {
  const fields = ['severity', 'source', 'schedule', 'journey'];

  it('finds a misspelt word', () => {
    expect(closestMatch('sevrity', fields)).toBe('severity');
    expect(closestMatch('jouney', fields)).toBe('journey');
    expect(closestMatch('Severity', fields)).toBe('severity');
  });

  it('suggests nothing for words that are not near any candidate', () => {
    expect(closestMatch('priority', fields)).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });
});

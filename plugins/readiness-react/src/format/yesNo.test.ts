import { formatYesNo } from './yesNo';

describe('formatYesNo', () => {
  it.each([
    [true, 'Yes'],
    [false, 'No'],
    [undefined, '—'],
    [null, '—'],
  ])('writes %s as "%s"', (value, text) => {
    expect(formatYesNo(value)).toBe(text);
  });
});

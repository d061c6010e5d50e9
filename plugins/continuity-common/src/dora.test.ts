import { isDoraTableCode } from './dora';

describe('isDoraTableCode', () => {
  it('tells the templates of the register from other text', () => {
    expect(isDoraTableCode('B_05.01')).toBe(true);
    expect(isDoraTableCode('B_99.01')).toBe(true);
    expect(isDoraTableCode('B_08.01')).toBe(false);
  });
});

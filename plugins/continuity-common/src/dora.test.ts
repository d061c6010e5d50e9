import { isDoraTableCode } from './dora';

describe('isDoraTableCode', () => {
  it('tells the register tables the portal fills from other text', () => {
    expect(isDoraTableCode('B_05.01')).toBe(true);
    expect(isDoraTableCode('B_99.01')).toBe(false);
  });
});

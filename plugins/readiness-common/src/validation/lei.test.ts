import { leiCheckDigits, leiCheckProblem } from './lei';

describe('LEI check digits (ISO 17442)', () => {
  it.each([
    // GLEIF's own LEI, and two published ones.
    '5493001KJTIIGC8Y1R12',
    'HWUPKR0MPOU8FGXBT394',
    '7LTWFZYICNSX8D621K86',
  ])('accepts %s and gives its check digits', lei => {
    expect(leiCheckProblem(lei)).toBeUndefined();
    expect(leiCheckDigits(lei.slice(0, 18))).toBe(lei.slice(18));
  });

  it('names the check digits it expected when one character is mistyped', () => {
    expect(leiCheckProblem('5493001KJTIIGC8Y1R13')).toBe(
      'has check digits 13 where ISO 17442 gives 12 for 5493001KJTIIGC8Y1R: the LEI is mistyped (look it up at https://search.gleif.org)',
    );
    expect(leiCheckProblem('5493001KJTIIGC8Y2R12')).toMatch(/^has check digits 12 where/);
  });

  it('asks for digits where the check digits belong, and leaves other shapes to the schema', () => {
    expect(leiCheckProblem('5493001KJTIIGC8Y1RAB')).toBe(
      'must end in two check digits (ISO 17442)',
    );
    expect(leiCheckProblem('549300')).toBeUndefined();
  });

  it('pads check digits below 10 with a zero', () => {
    const first18 = Array.from({ length: 100 }, (_, n) => `5493000000000000${String(n).padStart(2, '0')}`).find(
      candidate => Number(leiCheckDigits(candidate)) < 10,
    )!;
    expect(leiCheckDigits(first18)).toMatch(/^0\d$/);
    expect(leiCheckProblem(first18 + leiCheckDigits(first18))).toBeUndefined();
  });
});

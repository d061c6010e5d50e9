// ISO 17442 check digits are ISO 7064 MOD 97-10 over the LEI read as a number, each letter
// standing for two digits (A = 10 … Z = 35), as in IBANs.
const LEI_SHAPE = /^[A-Z0-9]{18}[0-9]{2}$/;

function remainderOf97(text: string): number {
  let remainder = 0;
  for (const character of text) {
    const digits = parseInt(character, 36).toString();
    for (const digit of digits) {
      remainder = (remainder * 10 + Number(digit)) % 97;
    }
  }
  return remainder;
}

/**
 * The two check digits ISO 17442 gives the first 18 characters of an LEI.
 *
 * @public
 */
export function leiCheckDigits(first18: string): string {
  return String(98 - remainderOf97(`${first18}00`)).padStart(2, '0');
}

/**
 * Why a 20-character LEI fails its ISO 17442 check, or undefined when it passes; the shape
 * itself (20 capital letters and digits) is the schema's to check. @public
 */
export function leiCheckProblem(lei: string): string | undefined {
  if (!LEI_SHAPE.test(lei)) {
    return /^[A-Z0-9]{20}$/.test(lei)
      ? 'must end in two check digits (ISO 17442)'
      : undefined;
  }
  const expected = leiCheckDigits(lei.slice(0, 18));
  return remainderOf97(lei) === 1
    ? undefined
    : `has check digits ${lei.slice(18)} where ISO 17442 gives ${expected} for ${lei.slice(
        0,
        18,
      )}: the LEI is mistyped (look it up at https://search.gleif.org)`;
}

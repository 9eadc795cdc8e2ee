// Organisation code (组织机构代码, GB 11714-1997): 8 characters plus a check character.
// Before 2015 it was a firm's national identifier; it still forms positions 9–17 of
// credit codes issued to older organisations. Newer ones (e.g. "MA1…") do not follow it.

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const DIGITS_AND_LETTERS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** C9 = 11 − (Σ v_i·w_i mod 11); 10 is written X and 11 is written 0. */
export function organisationCodeCheckCharacter(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) {
    throw new RangeError(`expected 8 digits or capital letters, got "${first8}"`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += DIGITS_AND_LETTERS.indexOf(first8[i]!) * WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

export function isValidOrganisationCode(code: string): boolean {
  if (code.length !== 9) return false;
  const body = code.slice(0, 8);
  if (!/^[0-9A-Z]{8}$/.test(body)) return false;
  return organisationCodeCheckCharacter(body) === code[8];
}

// Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'characters' | 'check';

/** null when the code is valid; otherwise what is wrong with it. */
export function checkCreditCode(raw: string): CreditCodeProblem | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return 'length';
  const values = [...code].map((c) => ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return 'characters';
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (values[i] ?? 0) * (WEIGHTS[i] ?? 0);
  const expected = (31 - (sum % 31)) % 31;
  return values[17] === expected ? null : 'check';
}

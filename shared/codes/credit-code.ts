// Unified Social Credit Code (统一社会信用代码), GB 32100-2015.
// Layout: 1 registration authority, 2 entity type, 3–8 GB/T 2260 region,
// 9–17 organisation code, 18 check character.
import { isKnownProvincePrefix } from './regions.ts';

/** The 31 characters a credit code may contain (no I, O, S, V, Z). */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** w_i = 3^(i-1) mod 31 for positions 1..17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Central-government registrations use 100000 in positions 3–8. */
const NATIONAL_REGION = '100000';

export type CreditCodeError = 'length' | 'character' | 'check' | 'region';

export type CreditCodeValidation =
  | { ok: true }
  | { ok: false; reason: CreditCodeError; message: string; params: Record<string, string | number> };

/** Character code → value (−1 when not in the alphabet); a table because bulk generation checks millions. */
const VALUES: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < CREDIT_CODE_ALPHABET.length; i++) table[CREDIT_CODE_ALPHABET.charCodeAt(i)] = i;
  return table;
})();

function valueOf(char: string): number {
  return VALUES[char.charCodeAt(0)] ?? -1;
}

function hasOnlyAlphabet(text: string): boolean {
  for (const char of text) if (valueOf(char) < 0) return false;
  return true;
}

/** c18 = 31 − (Σ v_i·w_i mod 31), where 31 becomes 0. Throws on malformed input. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17 || !hasOnlyAlphabet(first17)) {
    throw new RangeError(`expected 17 credit-code characters, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VALUES[first17.charCodeAt(i)] ?? 0) * WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[check]!;
}

function fail(reason: CreditCodeError, message: string, params: Record<string, string | number>): CreditCodeValidation {
  return { ok: false, reason, message, params };
}

/** Region digits must be six digits under a known province (or the national 100000). */
function isPlausibleRegion(region: string): boolean {
  if (!/^\d{6}$/.test(region)) return false;
  return region === NATIONAL_REGION || isKnownProvincePrefix(region.slice(0, 2));
}

/**
 * Validates an 18-character code exactly as written (callers normalise case first,
 * see normalizeCreditCode). Checks run from the coarsest problem to the finest.
 */
export function validateCreditCode(code: string): CreditCodeValidation {
  if (code.length !== 18) {
    return fail('length', `a credit code has 18 characters, this one has ${code.length}`, { length: code.length });
  }
  const bad = [...code].find((char) => valueOf(char) < 0);
  if (bad !== undefined) {
    return fail('character', `"${bad}" is not allowed in a credit code (I, O, S, V, Z never appear)`, { character: bad });
  }
  const region = code.slice(2, 8);
  if (!isPlausibleRegion(region)) {
    return fail('region', `"${region}" (positions 3–8) is not a GB/T 2260 region code`, { region });
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return fail('check', `check character should be "${expected}", not "${code[17]}"`, { expected, actual: code[17]! });
  }
  return { ok: true };
}

export function isValidCreditCode(code: string): boolean {
  return validateCreditCode(code).ok;
}

/** Trims and upper-cases user input; does not validate. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

export interface CreditCodeParts {
  registrationAuthority: string; // one character, e.g. '9' market regulation, '1' staffing office
  entityType: string; // one character, e.g. '1' enterprise (under authority 9), '2' public institution (under 1)
  regionCode: string; // six digits, GB/T 2260
  organisationCode: string; // nine characters
}

/** Assembles a code and appends its check character. Throws if the parts are malformed. */
export function makeCreditCode(parts: CreditCodeParts): string {
  const { registrationAuthority, entityType, regionCode, organisationCode } = parts;
  if (registrationAuthority.length !== 1 || entityType.length !== 1) {
    throw new RangeError('registration authority and entity type are one character each');
  }
  if (!isPlausibleRegion(regionCode)) throw new RangeError(`bad region code "${regionCode}"`);
  if (organisationCode.length !== 9) throw new RangeError('organisation code must be 9 characters');
  const first17 = registrationAuthority + entityType + regionCode + organisationCode;
  return first17 + creditCodeCheckCharacter(first17);
}

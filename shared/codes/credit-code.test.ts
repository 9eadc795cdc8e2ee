import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  isValidCreditCode,
  makeCreditCode,
  normalizeCreditCode,
  validateCreditCode,
} from './credit-code.ts';

// Published codes, checked by hand (v = alphabet index, w = 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28):
// 914403001922038216 (Huawei Technologies, Shenzhen):
//   9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831; 831 mod 31 = 25; 31−25 = 6 → '6'
// 9144030071526726XG (Tencent, Shenzhen; X = 29):
//   9+3+36+108+0+78+0+0+140+29+125+26+48+168+20+180+812 = 1782; 1782 mod 31 = 15; 31−15 = 16 → 'G'
const PUBLISHED = ['914403001922038216', '9144030071526726XG', '91330100716105852F', '91110108551385082Q'];

describe('creditCodeCheckCharacter', () => {
  it.each([
    ['91440300192203821', '6'],
    ['9144030071526726X', 'G'],
    ['00000000000000000', '0'], // Σ = 0 → 31 − 0 = 31, which is written 0
    ['10000000000000000', 'Y'], // Σ = 1 → 30 → 'Y', the last character
    ['01000000000000000', 'W'], // Σ = 3 → 28 → 'W'
  ])('%s → %s', (first17, expected) => {
    expect(creditCodeCheckCharacter(first17)).toBe(expected);
  });

  it('rejects malformed input', () => {
    expect(() => creditCodeCheckCharacter('9144030019220382')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9144030019220382I')).toThrow(RangeError);
  });

  it('has the 31-character alphabet without I, O, S, V, Z', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(CREDIT_CODE_ALPHABET).not.toMatch(/[IOSVZ]/);
  });
});

describe('validateCreditCode', () => {
  it.each(PUBLISHED)('accepts published code %s', (code) => {
    expect(validateCreditCode(code)).toEqual({ ok: true });
  });

  it('rejects a wrong check character and names the right one', () => {
    const result = validateCreditCode('914403001922038217');
    expect(result).toMatchObject({ ok: false, reason: 'check' });
    if (!result.ok) expect(result.message).toContain('"6"');
  });

  it('rejects 91310000MA1FL4JQ6J, whose check character should be 5', () => {
    // Σ = 2320, 2320 mod 31 = 26, 31 − 26 = 5
    expect(validateCreditCode('91310000MA1FL4JQ6J')).toMatchObject({ ok: false, reason: 'check' });
    expect(isValidCreditCode('91310000MA1FL4JQ65')).toBe(true);
  });

  it.each(['I', 'O', 'S', 'V', 'Z', 'a', '-'])('rejects the character %s', (char) => {
    const code = `91310115MA1${char}L4JQ65`;
    expect(validateCreditCode(code)).toMatchObject({ ok: false, reason: 'character' });
  });

  it.each(['', '91440300192203821', '9144030019220382166'])('rejects length of "%s"', (code) => {
    expect(validateCreditCode(code)).toMatchObject({ ok: false, reason: 'length' });
  });

  it('rejects a region that is not six digits under a known province', () => {
    const withLetters = makeFirst17('91', 'A10115', 'MA1FL4JQ6');
    expect(validateCreditCode(withLetters + creditCodeCheckCharacter(withLetters))).toMatchObject({
      ok: false,
      reason: 'region',
    });
    const unknownProvince = makeFirst17('91', '990115', 'MA1FL4JQ6');
    expect(validateCreditCode(unknownProvince + creditCodeCheckCharacter(unknownProvince))).toMatchObject({
      ok: false,
      reason: 'region',
    });
  });

  it('accepts the national region 100000 used for central registrations', () => {
    expect(isValidCreditCode(makeCreditCode(parts({ regionCode: '100000' })))).toBe(true);
  });

  it('is case-sensitive; normalizeCreditCode fixes user input', () => {
    expect(isValidCreditCode('9144030071526726xg')).toBe(false);
    expect(isValidCreditCode(normalizeCreditCode(' 9144030071526726xg '))).toBe(true);
  });
});

describe('makeCreditCode', () => {
  it('rebuilds a published code from its parts', () => {
    const code = makeCreditCode({
      registrationAuthority: '9',
      entityType: '1',
      regionCode: '440300',
      organisationCode: '71526726X',
    });
    expect(code).toBe('9144030071526726XG');
  });

  it('throws on malformed parts', () => {
    expect(() => makeCreditCode(parts({ organisationCode: 'MA1FL4JQ' }))).toThrow(RangeError);
    expect(() => makeCreditCode(parts({ regionCode: '31011' }))).toThrow(RangeError);
    expect(() => makeCreditCode(parts({ entityType: '12' }))).toThrow(RangeError);
    expect(() => makeCreditCode(parts({ organisationCode: 'MA1FL4JQO' }))).toThrow(RangeError);
  });
});

function makeFirst17(prefix: string, region: string, organisation: string): string {
  return prefix + region + organisation;
}

function parts(overrides: Partial<Parameters<typeof makeCreditCode>[0]>) {
  return { registrationAuthority: '9', entityType: '1', regionCode: '310115', organisationCode: 'MA1FL4JQ6', ...overrides };
}

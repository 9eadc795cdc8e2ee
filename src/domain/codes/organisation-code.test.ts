import { describe, expect, it } from 'vitest';
import { isValidOrganisationCode, organisationCodeCheckCharacter } from './organisation-code.ts';

describe('organisationCodeCheckCharacter (GB 11714, weights 3,7,9,10,5,8,4,2)', () => {
  it.each([
    // 1·3+9·7+2·9+2·10+0·5+3·8+8·4+2·2 = 164; 164 mod 11 = 10; 11 − 10 = 1
    ['19220382', '1'],
    // 7·3+1·7+5·9+2·10+6·5+7·8+2·4+6·2 = 199; 199 mod 11 = 1; 11 − 1 = 10 → X
    ['71526726', 'X'],
    // Σ = 0 → 11, written 0
    ['00000000', '0'],
  ])('%s → %s', (first8, expected) => {
    expect(organisationCodeCheckCharacter(first8)).toBe(expected);
  });

  it('validates whole codes', () => {
    expect(isValidOrganisationCode('192203821')).toBe(true);
    expect(isValidOrganisationCode('71526726X')).toBe(true);
    expect(isValidOrganisationCode('715267260')).toBe(false);
    expect(isValidOrganisationCode('7152672')).toBe(false);
  });

  it('rejects malformed input', () => {
    expect(() => organisationCodeCheckCharacter('1922038')).toThrow(RangeError);
    expect(() => organisationCodeCheckCharacter('1922038a')).toThrow(RangeError);
  });
});

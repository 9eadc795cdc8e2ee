import { describe, expect, it } from 'vitest';
import { checkCreditCode } from './credit-code';

describe('checkCreditCode', () => {
  it('accepts a valid code', () => expect(checkCreditCode('9144030071526726XG')).toBeNull());
  it('reports a wrong check character', () => expect(checkCreditCode('9144030071526726X1')).toBe('check'));
  it('reports a wrong length', () => expect(checkCreditCode('9131')).toBe('length'));
  it('reports letters outside the alphabet', () => expect(checkCreditCode('91310000MA1FL4CPIO')).toBe('characters'));
});

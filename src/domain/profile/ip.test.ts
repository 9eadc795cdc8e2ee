import { describe, expect, it } from 'vitest';
import { ipClassOf, isIpInForce, normalizePatentNumber, patentCheckCharacter } from './ip.ts';
import type { IpItem } from './types.ts';

describe('patentCheckCharacter', () => {
  // Published numbers: Σ digit × (2, 3, …, 9, 2, 3, 4, 5) mod 11, 10 written X.
  it.each([
    ['201710601862', '3'], // 4+0+4+35+6+0+48+0+2+24+24+10 = 157; 157 mod 11 = 3
    ['97101765', '4'], // 18+21+4+0+6+49+48+45 = 191; 191 mod 11 = 4 (old 8-digit form)
    ['88201465', 'X'], // 16+24+8+0+6+28+48+45 = 175; 175 mod 11 = 10 → X
  ])('%s → %s', (digits, check) => {
    expect(patentCheckCharacter(digits)).toBe(check);
  });

  it('refuses anything but 8 or 12 digits', () => {
    expect(() => patentCheckCharacter('2017106018')).toThrow(RangeError);
    expect(() => patentCheckCharacter('20171060186A')).toThrow(RangeError);
  });
});

describe('normalizePatentNumber', () => {
  it.each([
    ['invention_patent', 'ZL201710601862.3', 'ZL201710601862.3'],
    ['invention_patent', 'CN 2017 1060 1862.3', 'ZL201710601862.3'],
    ['invention_patent', '2017106018623', 'ZL201710601862.3'],
    ['invention_patent', 'zl201710601862.3', 'ZL201710601862.3'],
    ['utility_model', 'ZL88201465.X', 'ZL88201465.X'],
  ] as const)('%s %s → %s', (kind, text, number) => {
    expect(normalizePatentNumber(kind, text)).toEqual({ ok: true, number });
  });

  it.each([
    ['invention_patent', 'ZL201710601862.4', 'should be 3'],
    ['utility_model', 'ZL201710601862.3', 'type digit "1"'], // an invention number
    ['design_patent', 'ABC', 'not a patent number'],
    ['invention_patent', 'ZL2017106018.3', 'not a patent number'],
  ] as const)('%s %s is refused (%s)', (kind, text, fragment) => {
    const result = normalizePatentNumber(kind, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });
});

describe('IP classes', () => {
  it.each([
    ['invention_patent', 'I'],
    ['ic_layout', 'I'],
    ['plant_variety', 'I'],
    ['new_drug', 'I'],
    ['utility_model', 'II'],
    ['design_patent', 'II'],
    ['software_copyright', 'II'],
    ['trademark', null],
    ['standard', null],
    ['award', null],
  ] as const)('%s is class %s', (kind, ipClass) => {
    expect(ipClassOf(kind)).toBe(ipClass);
  });

  const item = (status: IpItem['status'], grantedOn: string | null): IpItem => ({ kind: 'utility_model', number: 'x', title: 't', status, appliedOn: null, grantedOn });
  it.each([
    [item('granted', '2024-01-01'), true],
    [item('granted', null), true],
    [item('granted', '2025-07-01'), false], // not yet granted on 2025-06-30
    [item('pending', null), false],
    [item('lapsed', '2015-01-01'), false],
  ])('in force on 2025-06-30: %o → %s', (ip, expected) => {
    expect(isIpInForce(ip, '2025-06-30')).toBe(expected);
  });
});

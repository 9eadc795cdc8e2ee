import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone } from './phone.ts';

describe('normalizePhone', () => {
  const accepted: [string, string][] = [
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['+86 139-1234-5678', '13912345678'],
    ['+8613912345678', '13912345678'],
    ['0086 139 1234 5678', '13912345678'],
    ['8613912345678', '13912345678'],
    ['  199.1234.5678 ', '19912345678'],
    ['＋86 138 1234 5678', '13812345678'],
    ['021-68881234', '021-68881234'],
    ['(021) 6888-1234', '021-68881234'],
    ['（010）8888 1234', '010-88881234'],
    ['02168881234', '021-68881234'],
    ['+86 21 6888 1234', '021-68881234'],
    ['0755-26881234', '0755-26881234'],
    ['075526881234', '0755-26881234'],
    ['0571-8888123', '0571-8888123'],
    ['400-123-4567', '400-123-4567'],
    ['4001234567', '400-123-4567'],
    ['800 123 4567', '800-123-4567'],
  ];
  it.each(accepted)('%j → %s', (input, phone) => {
    expect(normalizePhone(input)).toEqual({ ok: true, phone });
  });

  const refused = [
    '',
    '12812345678', // no mobile range starts 12
    '1381234567', // 10 digits
    '138123456789', // 12 digits
    '+1 415 555 0100', // not a mainland number
    '021-08881234', // a local number never starts with 0
    '021-6888123', // 010 and 02x have 8-digit local numbers
    '0755-268812', // too short
    '138-1234-5678 转 12', // extensions are not phones
    'abc',
    '13812345678a',
    '++8613812345678',
    '86 21 6888 1234', // 86 without + is only read before a mobile
  ];
  it.each(refused)('refuses %j', (input) => {
    const check = normalizePhone(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/not a mainland China phone number/);
  });
});

describe('maskPhone', () => {
  const cases: [string, string][] = [
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'], // stored before normalisation
    ['+86 139-1234-5678', '139****5678'],
    ['021-68881234', '021-****1234'],
    ['0571-8888123', '0571-***8123'],
    ['400-123-4567', '400-***-4567'],
    ['+1 415 555 0100', '*******0100'],
    ['12', '****12'],
  ];
  it.each(cases)('%j → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

// IP classes used by the national criteria, and Chinese patent numbers.
import type { IpItem, IpKind } from './types.ts';

/** Class-I IP (I类知识产权): one item earns full IP points in the tech-SME evaluation. */
export const CLASS_I_IP_KINDS: readonly IpKind[] = ['invention_patent', 'ic_layout', 'plant_variety', 'new_drug'];
/** Class-II IP (II类知识产权). Trademarks, standards and awards are in neither class. */
export const CLASS_II_IP_KINDS: readonly IpKind[] = ['utility_model', 'design_patent', 'software_copyright'];

export function ipClassOf(kind: IpKind): 'I' | 'II' | null {
  if (CLASS_I_IP_KINDS.includes(kind)) return 'I';
  return CLASS_II_IP_KINDS.includes(kind) ? 'II' : null;
}

/** In force today: granted (not pending, not lapsed) and not granted in the future. */
export function isIpInForce(item: IpItem, today: string): boolean {
  return item.status === 'granted' && (item.grantedOn === null || item.grantedOn <= today);
}

export const PATENT_KINDS: readonly IpKind[] = ['invention_patent', 'utility_model', 'design_patent'];

/** Application-type digit: 1 invention, 2 utility model, 3 design; 8 and 9 are PCT national-phase. */
const TYPE_DIGITS: Readonly<Partial<Record<IpKind, string>>> = {
  invention_patent: '18',
  utility_model: '29',
  design_patent: '3',
};

/**
 * CNIPA check character for an 8-digit (before 2003-10) or 12-digit application number:
 * digits times weights 2, 3, …, 9, 2, 3, 4, 5, summed, mod 11; 10 is written X.
 * E.g. 201710601862 → 157 mod 11 = 3.
 */
export function patentCheckCharacter(digits: string): string {
  if (!/^(\d{8}|\d{12})$/.test(digits)) throw new RangeError(`expected 8 or 12 digits, got "${digits}"`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * ((i % 8) + 2);
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

export type PatentNumberCheck = { ok: true; number: string } | { ok: false; message: string };

/**
 * Normalises 'CN 2017 1060 1862.3', '201710601862.3' or 'ZL201710601862.3' to the written
 * patent number 'ZL201710601862.3', checking the type digit and the check character. The ZL
 * form is kept for pending applications too, so an item keeps one key when it is granted.
 */
export function normalizePatentNumber(kind: IpKind, text: string): PatentNumberCheck {
  const compact = text.toUpperCase().replace(/[\s\u3000]/g, '');
  const match = /^(?:ZL|CN)?(\d{8}|\d{12})\.?([\dX])$/.exec(compact);
  if (match === null) {
    return { ok: false, message: `"${text}" is not a patent number like ZL202310123456.7` };
  }
  const [, digits = '', check = ''] = match;
  const typeDigit = digits.length === 12 ? digits[4] : digits[2];
  if (!(TYPE_DIGITS[kind] ?? '').includes(typeDigit ?? '')) {
    return { ok: false, message: `type digit "${typeDigit}" in ${compact} does not belong to a ${kind.replace('_', ' ')}` };
  }
  const expected = patentCheckCharacter(digits);
  if (check !== expected) return { ok: false, message: `check character of ${digits} should be ${expected}, not ${check}` };
  return { ok: true, number: `ZL${digits}.${check}` };
}

/** Software copyright registration numbers: year, SR, serial (e.g. 2023SR0123456). */
export const SOFTWARE_COPYRIGHT_NUMBER = /^(19|20)\d{2}SR\d{6,7}$/;

// IP numbers for demo firms. The database keys IP on (kind, number) across all enterprises, so
// numbers must never repeat between firms: each firm owns a block of serials per kind and year,
// found from its ordinal (its position in the demo data set), then scattered so numbers look
// random. slot → (slot × SPREAD + offset) mod m is a bijection because SPREAD is coprime with m.
import { patentCheckCharacter } from '../profile/ip.ts';
import { hashSeed } from './random.ts';

/** Items of one kind a firm may file in one year (or hold, for trademarks). */
export const IP_BLOCK = 25;
const SERIALS = 10_000_000; // seven-digit serials
const TRADEMARK_SERIALS = 90_000_000; // eight-digit registration numbers from 10000000
const SPREAD = 7_654_321; // odd, not a multiple of 3 or 5
/** The largest ordinal whose blocks fit in seven digits. */
export const MAX_DEMO_ORDINAL = SERIALS / IP_BLOCK - 1;

function scatter(ordinal: number, sequence: number, salt: string, modulus: number): number {
  if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal > MAX_DEMO_ORDINAL) {
    throw new RangeError(`demo IP numbering supports ordinals 0..${MAX_DEMO_ORDINAL}, got ${ordinal}`);
  }
  if (sequence < 0 || sequence >= IP_BLOCK) throw new RangeError(`sequence must be below ${IP_BLOCK}`);
  return ((ordinal * IP_BLOCK + sequence) * SPREAD + (hashSeed(salt) % modulus)) % modulus;
}

const seven = (n: number) => String(n).padStart(7, '0');

const PATENT_TYPE = { invention_patent: '1', utility_model: '2', design_patent: '3' } as const;

/** 'ZL' + year + type digit + seven-digit serial + '.' + CNIPA check character. */
export function demoPatentNumber(kind: keyof typeof PATENT_TYPE, year: number, ordinal: number, sequence: number): string {
  const digits = `${year}${PATENT_TYPE[kind]}${seven(scatter(ordinal, sequence, `${kind}${year}`, SERIALS))}`;
  return `ZL${digits}.${patentCheckCharacter(digits)}`;
}

/** Computer software copyright registration, e.g. 2023SR0123456. */
export function demoSoftwareCopyrightNumber(year: number, ordinal: number, sequence: number): string {
  return `${year}SR${seven(scatter(ordinal, sequence, `software${year}`, SERIALS))}`;
}

/** IC layout-design registration; the real format is similar but not documented here. */
export function demoIcLayoutNumber(year: number, ordinal: number, sequence: number): string {
  return `BS.${String(year).slice(2)}5${seven(scatter(ordinal, sequence, `layout${year}`, SERIALS))}`;
}

/** New-drug certificate; approximate format. */
export function demoNewDrugNumber(year: number, ordinal: number, sequence: number): string {
  return `国药证字H${year}${seven(scatter(ordinal, sequence, `drug${year}`, SERIALS))}`;
}

/** Eight-digit trademark registration number. */
export function demoTrademarkNumber(ordinal: number, sequence: number): string {
  return String(10_000_000 + scatter(ordinal, sequence, 'trademark', TRADEMARK_SERIALS));
}

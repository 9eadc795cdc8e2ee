// Lookups over the GB/T 4754-2017 subset in industry-data.ts.
import { MANUFACTURING_ROWS, SECTION_ROWS, SERVICE_ROWS, type IndustryRow } from './industry-data.ts';

export type IndustryLevel = 1 | 2 | 3 | 4;

export interface Industry {
  /** Section letter plus 0, 2, 3 or 4 digits: 'I', 'I65', 'I651', 'I6513'. */
  code: string;
  level: IndustryLevel;
  nameZh: string;
  nameEn: string;
  parent: string | null;
}

const CODE_PATTERN = /^[A-T](\d{2}|\d{3}|\d{4})?$/;

/** Level follows from the length: 1 letter, then 2, 3 or 4 digits. */
function levelOf(code: string): IndustryLevel {
  return code.length === 1 ? 1 : ((code.length - 1) as IndustryLevel);
}

function parentOf(code: string): string | null {
  if (code.length === 1) return null;
  return code.length === 3 ? code.slice(0, 1) : code.slice(0, code.length - 1);
}

function toIndustry([code, nameZh, nameEn]: IndustryRow): Industry {
  return { code, level: levelOf(code), nameZh, nameEn, parent: parentOf(code) };
}

export const INDUSTRIES: readonly Industry[] = [...SECTION_ROWS, ...MANUFACTURING_ROWS, ...SERVICE_ROWS]
  .map(toIndustry)
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

const BY_CODE = new Map(INDUSTRIES.map((industry) => [industry.code, industry]));

export function findIndustry(code: string): Industry | undefined {
  return BY_CODE.get(code);
}

/** True only for codes in our table; a well-formed code we do not list is false. */
export function isValidIndustryCode(code: string): boolean {
  return CODE_PATTERN.test(code) && BY_CODE.has(code);
}

/** Section down to the code itself, e.g. I → I65 → I651 → I6513. */
export function industryPath(code: string): Industry[] {
  const path: Industry[] = [];
  for (let current = BY_CODE.get(code); current; current = BY_CODE.get(current.parent ?? '')) {
    path.unshift(current);
  }
  return path;
}

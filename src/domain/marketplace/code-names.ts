// Names for the codes rules and matches hold (parks, industries, regions, security kinds), so a
// sentence the server writes never shows a raw code. Industries and regions come from the shared
// GB/T tables; park names live in the database, so the caller passes a lookup in.
import { findIndustry } from '../../../shared/codes/industries.ts';
import { findRegion } from '../../../shared/codes/regions.ts';
import type { SecurityKind } from '../../../shared/marketplace.ts';

export interface Text {
  zh: string;
  en: string;
}

export interface CodeNames {
  /** A park's name by its code; undefined when the code is unknown (the code is shown then). */
  park: (code: string) => Text | undefined;
}

/** No park names known: codes stand for themselves (tests, and callers without parks at hand). */
export const NO_PARK_NAMES: CodeNames = { park: () => undefined };

/** Parks named from rows with `code`, `name` and `nameEn`. */
export function parkNames(rows: Iterable<{ code: string; name: string; nameEn: string | null }>): CodeNames {
  const byCode = new Map<string, Text>();
  for (const r of rows) byCode.set(r.code, { zh: r.name, en: r.nameEn || r.name });
  return { park: (code) => byCode.get(code) };
}

/**
 * An industry code's name, from the nearest listed level up (a class we do not list is named by its
 * group or division); the code only when no level of it is listed.
 */
export function industryName(code: string): Text {
  for (let c = code; c.length > 0; c = c.length === 3 ? c.slice(0, 1) : c.slice(0, -1)) {
    const found = findIndustry(c);
    if (found) return { zh: found.nameZh, en: found.nameEn };
  }
  return { zh: code, en: code };
}

export function regionName(code: string): Text {
  const found = findRegion(code);
  return found ? { zh: found.nameZh, en: found.nameEn } : { zh: code, en: code };
}

export const SECURITY_NAMES: Readonly<Record<SecurityKind, Text>> = {
  none: { zh: '无需担保', en: 'no security' },
  ip_pledge: { zh: '知识产权质押', en: 'IP pledge' },
  receivables: { zh: '应收账款质押', en: 'receivables pledge' },
  guarantor: { zh: '第三方保证', en: 'guarantor' },
  equity_pledge: { zh: '股权质押', en: 'equity pledge' },
  real_estate: { zh: '不动产抵押', en: 'real-estate mortgage' },
  orders: { zh: '订单质押', en: 'order pledge' },
};

export const securityName = (kind: string): Text => SECURITY_NAMES[kind as SecurityKind] ?? { zh: kind, en: kind };

/** Names joined in each language: "股权质押、不动产抵押" / "equity pledge, real-estate mortgage". */
export function joinNames(names: readonly Text[]): Text {
  return { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
}

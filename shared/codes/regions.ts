// Lookups over the GB/T 2260 subset in region-data.ts.
import {
  CITY_ROWS,
  DISTRICT_ROWS,
  MUNICIPALITIES,
  PROVINCE_ROWS,
  type RegionLevel,
  type RegionRow,
} from './region-data.ts';

export type { RegionLevel } from './region-data.ts';

export interface Region {
  code: string;
  level: RegionLevel;
  nameZh: string;
  nameEn: string;
  /** The enclosing region: a city, or for municipalities' districts the province itself. */
  parent: string | null;
}

function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

function districtParent(code: string): string {
  const province = provinceOf(code);
  return MUNICIPALITIES.has(province) ? province : `${code.slice(0, 4)}00`;
}

function toRegions(rows: readonly RegionRow[], level: RegionLevel): Region[] {
  return rows.map(([code, nameZh, nameEn]) => ({
    code,
    level,
    nameZh,
    nameEn,
    parent: level === 'province' ? null : level === 'city' ? provinceOf(code) : districtParent(code),
  }));
}

export const REGIONS: readonly Region[] = [
  ...toRegions(PROVINCE_ROWS, 'province'),
  ...toRegions(CITY_ROWS, 'city'),
  ...toRegions(DISTRICT_ROWS, 'district'),
];

const BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));
const PROVINCE_PREFIXES = new Set(PROVINCE_ROWS.map(([code]) => code.slice(0, 2)));

export function findRegion(code: string): Region | undefined {
  return BY_CODE.get(code);
}

/** True only for codes in our table (a well-formed but unlisted code is false). */
export function isValidRegionCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** True when the two digits name a province-level division, e.g. '31' for Shanghai. */
export function isKnownProvincePrefix(prefix: string): boolean {
  return PROVINCE_PREFIXES.has(prefix);
}

export interface RegionPath {
  province: string;
  /** For a municipality's district this is the municipality again (上海市 / Shanghai). */
  city: string | null;
  district: string | null;
}

/** Province → city → district names for a known code, in Chinese or English. */
export function regionPath(code: string, language: 'zh' | 'en' = 'zh'): RegionPath | undefined {
  const region = BY_CODE.get(code);
  const province = BY_CODE.get(provinceOf(code));
  if (region === undefined || province === undefined) return undefined;
  const name = (r: Region) => (language === 'zh' ? r.nameZh : r.nameEn);
  if (region.level === 'province') return { province: name(province), city: null, district: null };
  if (region.level === 'city') return { province: name(province), city: name(region), district: null };
  const city = BY_CODE.get(region.parent ?? '');
  return { province: name(province), city: city ? name(city) : null, district: name(region) };
}

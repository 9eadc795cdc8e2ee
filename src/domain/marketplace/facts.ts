// What product eligibility rules can read about an enterprise: the rating's feature catalogue,
// the rating itself, and registration facts. Numbers live in one Float64Array in FACT order (NaN
// when unknown) so rules compile to index lookups; categories are strings.
import { FEATURES } from '../rating/features.ts';
import { GRADES, type Grade, type Stage } from '../rating/expert-model.ts';

/** A flag is yes/no (1/0): a rule requires it (≥ 1) or its absence (≤ 0), nothing between. */
export type FactKind = 'number' | 'flag' | 'grade' | 'category' | 'code';
export type FactUnit = 'yuan' | 'fraction' | 'times' | 'count' | 'years' | 'flag' | 'points' | 'grade' | 'none';

export interface FactDefinition {
  key: string;
  kind: FactKind;
  unit: FactUnit;
  nameZh: string;
  nameEn: string;
  /** grade facts: the scale, best first. */
  scale?: readonly string[];
}

/** Tax credit grades, best first (the catalogue's tax_grade feature is A=4 … D=0). */
export const TAX_GRADES = ['A', 'B', 'M', 'C', 'D'] as const;
export { STAGES } from '../../../shared/marketplace.ts';

const featureFacts: FactDefinition[] = FEATURES.map((f) =>
  f.key === 'tax_grade'
    ? { key: f.key, kind: 'grade', unit: 'grade', nameZh: f.nameZh, nameEn: f.nameEn, scale: TAX_GRADES }
    : f.unit === 'flag'
      ? { key: f.key, kind: 'flag', unit: 'flag', nameZh: f.nameZh, nameEn: f.nameEn }
      : { key: f.key, kind: 'number', unit: f.unit === 'grade' ? 'none' : f.unit, nameZh: f.nameZh, nameEn: f.nameEn },
);

/** Numeric facts (including grades, stored as "steps above the worst"), in vector order. */
export const NUMERIC_FACTS: readonly FactDefinition[] = [
  { key: 'grade', kind: 'grade', unit: 'grade', nameZh: '信用评级', nameEn: 'Credit grade', scale: GRADES },
  { key: 'score', kind: 'number', unit: 'points', nameZh: '信用评分', nameEn: 'Credit score' },
  { key: 'age_years', kind: 'number', unit: 'years', nameZh: '成立年限', nameEn: 'Years since founding' },
  { key: 'employees', kind: 'number', unit: 'count', nameZh: '职工人数', nameEn: 'Employees' },
  { key: 'credit_limit', kind: 'number', unit: 'yuan', nameZh: '建议授信额度', nameEn: 'Suggested credit limit' },
  ...featureFacts,
];

export const CATEGORY_FACTS: readonly FactDefinition[] = [
  { key: 'park', kind: 'category', unit: 'none', nameZh: '所在园区', nameEn: 'Park' },
  { key: 'stage', kind: 'category', unit: 'none', nameZh: '发展阶段', nameEn: 'Stage' },
  { key: 'industry', kind: 'code', unit: 'none', nameZh: '行业（GB/T 4754）', nameEn: 'Industry (GB/T 4754)' },
  { key: 'region', kind: 'code', unit: 'none', nameZh: '注册地区划', nameEn: 'Region (GB/T 2260)' },
];

export const ALL_FACTS: readonly FactDefinition[] = [...NUMERIC_FACTS, ...CATEGORY_FACTS];
export const FACT_BY_KEY: ReadonlyMap<string, FactDefinition> = new Map(ALL_FACTS.map((f) => [f.key, f]));
export const NUMERIC_INDEX: ReadonlyMap<string, number> = new Map(NUMERIC_FACTS.map((f, i) => [f.key, i]));
export const CATEGORY_INDEX: ReadonlyMap<string, number> = new Map(CATEGORY_FACTS.map((f, i) => [f.key, i]));

/** Steps above the worst grade of the fact's scale: C → 0 … AAA → 8; tax D → 0 … A → 4. */
export function gradeStep(fact: FactDefinition, grade: string): number {
  const at = fact.scale!.indexOf(grade);
  return at < 0 ? NaN : fact.scale!.length - 1 - at;
}
export const gradeAtStep = (fact: FactDefinition, step: number): string | null =>
  Number.isInteger(step) && step >= 0 && step < fact.scale!.length ? fact.scale![fact.scale!.length - 1 - step]! : null;

/** One enterprise as the matching engine sees it. */
export interface EnterpriseFacts {
  enterpriseId: string;
  numbers: Float64Array; // NUMERIC_FACTS order, NaN = unknown
  categories: string[]; // CATEGORY_FACTS order, '' = unknown
}

export interface FactSources {
  enterpriseId: string;
  features: Record<string, number | null>;
  rating: { grade: Grade; score: number; creditLimitYuan: number; stage: Stage } | null;
  ageYears: number;
  employees: number;
  parkCode: string;
  industryCode: string;
  regionCode: string;
}

export function enterpriseFacts(s: FactSources): EnterpriseFacts {
  const numbers = new Float64Array(NUMERIC_FACTS.length).fill(NaN);
  const set = (key: string, value: number | null | undefined) => {
    if (value !== null && value !== undefined && Number.isFinite(value)) numbers[NUMERIC_INDEX.get(key)!] = value;
  };
  for (const [key, value] of Object.entries(s.features)) if (NUMERIC_INDEX.has(key)) set(key, value);
  if (s.rating) {
    set('grade', gradeStep(NUMERIC_FACTS[0]!, s.rating.grade));
    set('score', s.rating.score);
    set('credit_limit', s.rating.creditLimitYuan);
  }
  set('age_years', s.ageYears);
  set('employees', s.employees);
  return { enterpriseId: s.enterpriseId, numbers, categories: [s.parkCode, s.rating?.stage ?? '', s.industryCode, s.regionCode] };
}

export const GRADE_INDEX = NUMERIC_INDEX.get('grade')!;

// Unique, realistic company names: 上海 + 字号 + 行业用语 + 有限公司/股份有限公司.
import {
  BLOCKED_BRANDS,
  BRAND_FIRST,
  BRAND_SECOND,
  INDUSTRY_WORDS,
  JOINT_STOCK,
  LIMITED,
} from './company-name-data.ts';
import type { Random } from './random.ts';
import type { EnterpriseStage } from './types.ts';

/** After this many clashes a three-character brand is used; real registries do the same. */
const TWO_CHARACTER_ATTEMPTS = 8;
const MAX_ATTEMPTS = 200;

export interface CompanyNameInput {
  cityPrefix: string;
  industryCode: string;
  stage: EnterpriseStage;
  employees: number;
}

function makeBrand(rng: Random, length: 2 | 3): string {
  for (;;) {
    const first = rng.pick(BRAND_FIRST);
    const second = rng.pick(BRAND_SECOND);
    const third = length === 3 ? rng.pick(BRAND_SECOND) : '';
    const brand = first + second + third;
    const repeats = first === second || second === third;
    if (!repeats && !BLOCKED_BRANDS.has(first + second)) return brand;
  }
}

/** Joint-stock form is for larger, older firms (often preparing to list). */
function suffixFor(rng: Random, stage: EnterpriseStage, employees: number): string {
  const p = stage === 'mature' ? (employees > 300 ? 0.55 : 0.2) : stage === 'growth' ? 0.08 : 0.02;
  return rng.chance(p) ? JOINT_STOCK : LIMITED;
}

/** Draws until the name is not in `taken`, then records it there. */
export function makeCompanyName(rng: Random, input: CompanyNameInput, taken: Set<string>): string {
  const words = INDUSTRY_WORDS[input.industryCode] ?? ['科技'];
  const suffix = suffixFor(rng, input.stage, input.employees);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const brand = makeBrand(rng, attempt < TWO_CHARACTER_ATTEMPTS ? 2 : 3);
    const name = input.cityPrefix + brand + rng.pick(words) + suffix;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error(`could not find a free company name after ${MAX_ATTEMPTS} attempts`);
}

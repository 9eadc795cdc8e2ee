// Synthetic marketplaces for the matching benchmark, from a seeded random: enterprises' facts
// drawn from a latent quality the way the demo generator draws profiles (written straight into
// columns, so a million rows fit), and products with 3–6 realistic rules each.
import { createRandom, type Random } from '../src/domain/demo/random.ts';
import { coverTerms, equityTerms, gte, loanTerms, lte, NO_PREFERENCES, oneOf } from '../src/domain/demo/market-terms.ts';
import { PARK_SPECS } from '../src/domain/demo/parks.ts';
import { CATEGORY_FACTS, NUMERIC_FACTS, NUMERIC_INDEX } from '../src/domain/marketplace/facts.ts';
import type { FactTable } from '../src/domain/marketplace/fact-table.ts';
import { validateProduct, type MarketProduct, type ProductKind } from '../src/domain/marketplace/products.ts';
import type { EligibilityRule } from '../src/domain/marketplace/rules.ts';

/** Twelve parks, as in the Zhangjiang credit-evaluation pilot; products are approved in all of them. */
export const PARKS = ['zhangjiang', 'zizhu', 'qingdao', 'caohejing', 'lingang', 'songjiang', 'jinqiao', 'shibei', 'yangpu', 'minhang', 'jiading', 'baoshan'];
const INDUSTRIES = [...new Set(PARK_SPECS.flatMap((p) => p.industryMix.map(([code]) => code)))];
const REGIONS = [...new Set(PARK_SPECS.flatMap((p) => p.districtMix.map(([code]) => code)))];
const STAGES = ['startup', 'growth', 'mature'] as const;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const logNormal = (rng: Random, median: number, sd: number) => median * Math.exp(rng.normal(0, sd));

/** `rows` enterprises' facts as columns; about 5% have no statements (NaN financials). */
export function syntheticFactTable(rows: number, seed: number): FactTable {
  const rng = createRandom(seed);
  const numbers = NUMERIC_FACTS.map(() => new Float64Array(rows).fill(NaN));
  const categories = CATEGORY_FACTS.map(() => new Array<string>(rows));
  const col = (key: string) => numbers[NUMERIC_INDEX.get(key)!]!;
  const KEYS = ['grade', 'score', 'age_years', 'employees', 'credit_limit', 'rd_intensity', 'rd_staff_share', 'postgrad_share', 'invention_patents', 'class2_ip', 'new_inventions', 'hnte', 'specialised', 'rd_platform',
    'equity_raised', 'revenue', 'revenue_growth', 'net_margin', 'debt_to_assets', 'current_ratio', 'cash_flow_margin', 'tax_grade', 'legal_cases', 'penalties', 'abnormal_listing', 'overdue_loans', 'headcount_trend'] as const;
  const c = Object.fromEntries(KEYS.map((key) => [key, col(key)])) as Record<(typeof KEYS)[number], Float64Array>;
  const parkOf = categories[0]!, stageOf = categories[1]!, industryOf = categories[2]!, regionOf = categories[3]!;
  for (let r = 0; r < rows; r++) {
    const stage = STAGES[rng.weighted([[0, 35], [1, 40], [2, 25]])]!;
    const q = 1 / (1 + Math.exp(-rng.normal(stage === 'startup' ? -0.3 : stage === 'mature' ? 0.4 : 0, 1)));
    const years = stage === 'startup' ? rng.float(0.2, 3.9) : stage === 'growth' ? rng.float(3, 10) : rng.float(8, 25);
    const staff = Math.round(clamp(logNormal(rng, stage === 'startup' ? 15 : stage === 'growth' ? 60 : 150, 0.75) * Math.exp(1.2 * (q - 0.5)), 3, 3000));
    const step = clamp(Math.round(q * 9 - 0.5 + rng.normal(0, 0.8)), 0, 8);
    parkOf[r] = PARKS[rng.int(0, PARKS.length - 1)]!;
    stageOf[r] = stage;
    industryOf[r] = INDUSTRIES[rng.int(0, INDUSTRIES.length - 1)]!;
    regionOf[r] = REGIONS[rng.int(0, REGIONS.length - 1)]!;
    c.grade[r] = step;
    c.score[r] = Math.round(clamp(300 + 600 * q + rng.normal(0, 30), 0, 1000));
    c.age_years[r] = Math.floor(years);
    c.employees[r] = staff;
    const patents = Math.max(0, Math.floor(logNormal(rng, 0.6 + 4 * q * Math.sqrt(years / 5), 1) - 0.8));
    c.invention_patents[r] = patents;
    c.class2_ip[r] = Math.max(0, Math.floor(logNormal(rng, 2 + 6 * q, 1) - 1));
    c.new_inventions[r] = Math.min(patents, rng.int(0, 2));
    c.hnte[r] = years >= 2 && rng.chance(0.8 * q) ? 1 : 0;
    c.specialised[r] = rng.chance(0.15 * q) ? 1 : 0;
    c.rd_platform[r] = rng.chance(0.06 * q) ? 1 : 0;
    c.equity_raised[r] = rng.chance(0.15 + 0.2 * q) ? Math.round(logNormal(rng, 2e7, 1)) : 0;
    c.rd_staff_share[r] = clamp(rng.normal(0.1 + 0.35 * q, 0.08), 0, 0.9);
    c.postgrad_share[r] = clamp(rng.normal(0.05 + 0.3 * q, 0.07), 0, 0.8);
    c.legal_cases[r] = rng.chance(0.15 * (1 - q)) ? rng.int(1, 3) : 0;
    c.penalties[r] = rng.chance(0.08 * (1 - q)) ? 1 : 0;
    c.abnormal_listing[r] = rng.chance(0.02 * (1 - q)) ? 1 : 0;
    c.overdue_loans[r] = rng.chance(0.03 * (1 - q)) ? 1 : 0;
    if (rng.chance(0.96)) c.tax_grade[r] = clamp(Math.round(1.5 + 3 * q + rng.normal(0, 0.6)), 0, 4);
    if (rng.chance(0.95)) {
      const sales = logNormal(rng, staff * 400_000, 0.6) * (0.6 + 0.8 * q);
      c.revenue[r] = Math.round(sales);
      c.rd_intensity[r] = clamp(rng.normal(0.03 + 0.15 * q, 0.04), 0, 0.8);
      c.revenue_growth[r] = clamp(rng.normal(stage === 'startup' ? 0.5 : stage === 'growth' ? 0.2 : 0.05, 0.2) + 0.3 * (q - 0.5), -0.5, 3);
      c.net_margin[r] = clamp(rng.normal(stage === 'startup' ? -0.2 + 0.3 * q : 0.16 * q, 0.08), -1, 0.4);
      c.debt_to_assets[r] = clamp(rng.normal(0.65 - 0.35 * q, 0.12), 0.05, 1.2);
      c.current_ratio[r] = clamp(rng.normal(0.9 + 2 * q, 0.35), 0.3, 4);
      c.cash_flow_margin[r] = clamp(rng.normal(-0.1 + 0.25 * q, 0.1), -0.8, 0.5);
      c.headcount_trend[r] = clamp(rng.normal(0.02 + 0.1 * (q - 0.4), 0.06), -0.5, 0.8);
      c.credit_limit[r] = step >= 3 ? Math.min(3e7, Math.floor((c.revenue[r]! * (0.05 + 0.15 * q)) / 10_000) * 10_000) : 0;
    }
  }
  return { size: rows, enterpriseIds: Array.from({ length: rows }, (_, i) => `e${i}`), numbers, categories };
}

type RuleDraw = (rng: Random) => EligibilityRule;

/** One rule per fact; thresholds are the round figures products publish. */
const RULES: readonly (readonly [string, RuleDraw, number])[] = [
  ['grade', (rng) => gte('grade', rng.pick(['AA', 'A', 'BBB', 'BBB', 'BB', 'B'])), 10],
  ['age_years', (rng) => gte('age_years', rng.pick([1, 2, 2, 3, 5])), 6],
  ['revenue', (rng) => gte('revenue', rng.pick([1e6, 3e6, 5e6, 1e7, 2e7, 5e7])), 7],
  ['invention_patents', (rng) => gte('invention_patents', rng.pick([1, 1, 2, 3, 5])), 4],
  ['rd_intensity', (rng) => gte('rd_intensity', rng.pick([0.03, 0.05, 0.08, 0.1])), 5],
  ['tax_grade', (rng) => gte('tax_grade', rng.pick(['A', 'B', 'B', 'M'])), 6],
  ['penalties', () => lte('penalties', 0), 6],
  ['overdue_loans', () => lte('overdue_loans', 0), 4],
  ['debt_to_assets', (rng) => lte('debt_to_assets', rng.pick([0.6, 0.7, 0.8])), 3],
  ['current_ratio', (rng) => gte('current_ratio', rng.pick([1, 1.2, 1.5])), 3],
  ['employees', (rng) => (rng.chance(0.5) ? lte('employees', 500) : gte('employees', rng.pick([10, 20, 50]))), 3],
  ['revenue_growth', (rng) => gte('revenue_growth', rng.pick([0, 0.1, 0.2, 0.3])), 3],
  ['equity_raised', (rng) => gte('equity_raised', rng.pick([5e6, 1e7, 2e7])), 2],
  ['hnte', () => gte('hnte', 1), 3],
  ['rd_staff_share', (rng) => gte('rd_staff_share', rng.pick([0.1, 0.2, 0.3])), 3],
  ['score', (rng) => ({ fact: 'score', op: 'between', min: rng.pick([500, 600, 650]), max: 1000 }), 1],
  ['industry', (rng) => oneOf('industry', [...new Set(Array.from({ length: rng.int(1, 4) }, () => rng.pick(INDUSTRIES).slice(0, rng.int(1, 3))))]), 3],
  ['stage', (rng) => oneOf('stage', rng.chance(0.5) ? ['startup', 'growth'] : ['growth', 'mature']), 2],
  ['region', (rng) => oneOf('region', [rng.pick(['31', '3101', '37', '310115'])]), 1],
];

function drawRules(rng: Random): EligibilityRule[] {
  const n = rng.int(3, 6);
  const facts = new Set<string>();
  const rules: EligibilityRule[] = [];
  while (rules.length < n) {
    const [fact, draw] = RULES[rng.weighted(RULES.map(([, , w], i) => [i, w] as const))]!;
    if (facts.has(fact)) continue;
    facts.add(fact);
    rules.push(draw(rng));
  }
  return rules;
}

/** `n` valid products of every kind, approved in every synthetic park. */
export function syntheticProducts(n: number, seed: number): MarketProduct[] {
  const rng = createRandom(seed);
  return Array.from({ length: n }, (_, i): MarketProduct => {
    const kind = rng.weighted<ProductKind>([['loan', 60], ['guarantee', 15], ['insurance', 10], ['equity', 15]]);
    const min = rng.pick([30, 50, 100, 200, 500]);
    const amountWan = [min, min * rng.pick([5, 10, 20])] as const;
    const terms =
      kind === 'loan'
        ? loanTerms({ amountWan, months: [rng.pick([3, 6, 12]), rng.pick([12, 24, 36])], spreadBp: [rng.int(-4, 10) * 5, rng.int(12, 30) * 5], repayment: ['equal_instalment', 'interest_only'], security: [rng.pick(['none', 'ip_pledge', 'receivables', 'guarantor'] as const)], turnaroundDays: rng.int(1, 15) })
        : kind === 'equity'
          ? equityTerms(amountWan, rng.int(10, 45))
          : coverTerms({ amountWan, months: [12, 36], feeRate: rng.float(0.005, 0.025), coverRatio: rng.float(0.6, 0.9), security: ['none'], turnaroundDays: rng.int(3, 15), eligibleLoanTypes: ['credit'] });
    const product: MarketProduct = {
      id: `p${String(i).padStart(6, '0')}`,
      institutionId: `i${rng.int(0, Math.max(1, Math.floor(n / 20)))}`,
      kind,
      loanType: kind === 'loan' ? rng.pick(['credit', 'ip_pledge', 'innovation_points', 'receivables', 'order_financing'] as const) : null,
      terms,
      preferences: { ...NO_PREFERENCES, stages: kind === 'equity' || rng.chance(0.3) ? [rng.pick(STAGES)] : [], industries: rng.chance(0.3) ? [rng.pick(INDUSTRIES).slice(0, 3)] : [] },
      rules: drawRules(rng),
      parks: PARKS,
    };
    const problems = validateProduct(product);
    if (problems.length) throw new Error(`synthetic product ${product.id} is invalid: ${JSON.stringify(problems)}`);
    return product;
  });
}

// The demo bank's catalogue, written for the demo accounts: several loans approved in Zhangjiang
// that the demo enterprise qualifies for, a few it narrowly misses (one unmet rule each), and
// new products waiting for the Zhangjiang administrator's decision. Thresholds are the round
// figures a bank would publish, moved to the next round figure when the demo enterprise's own
// facts (which depend on the seed and the date) would otherwise spoil the story.
import { FACT_BY_KEY, gradeAtStep, NUMERIC_INDEX, type EnterpriseFacts } from '../marketplace/facts.ts';
import { evaluateRule, type EligibilityRule } from '../marketplace/rules.ts';
import { gte, loanTerms, lte, NO_PREFERENCES, oneOf } from './market-terms.ts';
import type { DemoProduct, DemoProductPark, ProductDraft } from './market-types.ts';

export const DEMO_BANK = 'demo-bank';
const HOME = 'zhangjiang';

interface ShowcaseItem {
  id: string;
  draft: ProductDraft;
  /** eligible: rules the demo enterprise fails are relaxed; stretch: only rule `stretch` may fail. */
  intent: 'eligible' | 'stretch' | 'as_is';
  stretch?: number;
  createdDaysAgo: number;
  parks: DemoProductPark[];
}

const approved = (parkCode: string, daysAgo: number): DemoProductPark => ({ parkCode, status: 'approved', note: null, requestedDaysAgo: daysAgo, decidedDaysAgo: Math.max(0, daysAgo - 3) });
const pending = (parkCode: string, daysAgo: number): DemoProductPark => ({ parkCode, status: 'pending', note: null, requestedDaysAgo: daysAgo, decidedDaysAgo: null });

const loan = (d: Omit<ProductDraft, 'kind' | 'preferences'> & { preferences?: ProductDraft['preferences'] }): ProductDraft => ({ kind: 'loan', preferences: NO_PREFERENCES, ...d });

function showcase(): ShowcaseItem[] {
  return [
    {
      id: 'credit', intent: 'eligible', createdDaysAgo: 210, parks: [approved(HOME, 210), approved('zizhu', 120)],
      draft: loan({
        loanType: 'credit', name: '科创信用贷', nameEn: 'Sci-Tech Credit Loan',
        description: '纯信用、免抵押，面向经营稳健、纳税记录良好的科技型企业，最快5个工作日放款，支持随借随还。',
        terms: loanTerms({ amountWan: [100, 1000], months: [12, 36], spreadBp: [10, 90], repayment: ['equal_instalment', 'interest_only'], security: ['none'], turnaroundDays: 5 }),
        preferences: { ...NO_PREFERENCES, stages: ['growth', 'mature'] },
        rules: [gte('grade', 'BBB'), gte('age_years', 2), gte('tax_grade', 'B'), lte('penalties', 0), gte('revenue', 5_000_000)],
      }),
    },
    {
      id: 'innovation-points', intent: 'eligible', createdDaysAgo: 150, parks: [approved(HOME, 150)],
      draft: loan({
        loanType: 'innovation_points', name: '张江创新积分贷', nameEn: 'Zhangjiang Innovation Points Loan',
        description: '以张江科学城企业创新积分为授信依据，免抵押、免担保，利率可低于LPR。',
        terms: loanTerms({ amountWan: [100, 1000], months: [12, 24], spreadBp: [-20, 50], repayment: ['equal_instalment', 'interest_only'], security: ['none'], turnaroundDays: 3 }),
        rules: [oneOf('park', [HOME]), gte('rd_intensity', 0.05), gte('rd_staff_share', 0.1), gte('grade', 'BB'), gte('tax_grade', 'B')],
      }),
    },
    {
      id: 'performance', intent: 'eligible', createdDaysAgo: 90, parks: [approved(HOME, 90), pending('zizhu', 3)],
      draft: loan({
        loanType: 'credit', name: '科技履约贷', nameEn: 'Sci-Tech Performance Loan',
        description: '市政策性融资担保基金提供担保、银行按约放款的科技型中小企业履约贷款，担保费由财政补贴。',
        terms: loanTerms({ amountWan: [100, 1000], months: [12, 24], spreadBp: [0, 50], repayment: ['equal_instalment', 'interest_only'], security: ['guarantor'], turnaroundDays: 10 }),
        rules: [lte('employees', 500), lte('revenue', 200_000_000), gte('rd_intensity', 0.03), gte('grade', 'BB'), lte('penalties', 0)],
      }),
    },
    {
      id: 'ip-pledge', intent: 'stretch', stretch: 0, createdDaysAgo: 180, parks: [approved(HOME, 180)],
      draft: loan({
        loanType: 'ip_pledge', name: '知识产权质押贷', nameEn: 'IP Pledge Loan',
        description: '以有效发明专利质押，评估费由园区补贴，可叠加贴息，适合轻资产、重研发的企业。',
        terms: loanTerms({ amountWan: [100, 2000], months: [12, 36], spreadBp: [0, 80], repayment: ['equal_instalment', 'interest_only'], security: ['ip_pledge'], turnaroundDays: 10 }),
        rules: [gte('invention_patents', 1), gte('grade', 'BB'), lte('penalties', 0)],
      }),
    },
    {
      id: 'receivables', intent: 'stretch', stretch: 0, createdDaysAgo: 130, parks: [approved(HOME, 130)],
      draft: loan({
        loanType: 'receivables', name: '应收账款融资', nameEn: 'Receivables Financing',
        description: '以对核心企业的应收账款质押融资，回款即还，最高可融应收账款金额的80%。',
        terms: loanTerms({ amountWan: [100, 3000], months: [6, 12], spreadBp: [30, 110], repayment: ['interest_only', 'equal_principal'], security: ['receivables'], turnaroundDays: 5 }),
        rules: [gte('revenue', 20_000_000), gte('current_ratio', 1.2), gte('grade', 'BBB'), lte('overdue_loans', 0)],
      }),
    },
    {
      id: 'equity-incentive', intent: 'as_is', createdDaysAgo: 2, parks: [pending(HOME, 2)],
      draft: loan({
        loanType: 'equity_incentive', name: '股权激励贷', nameEn: 'Equity Incentive Loan',
        description: '支持核心技术人员和管理团队认购股权激励份额，以所持股权质押。',
        terms: loanTerms({ amountWan: [100, 500], months: [12, 36], spreadBp: [40, 100], repayment: ['equal_instalment', 'interest_only'], security: ['equity_pledge'], turnaroundDays: 8 }),
        rules: [gte('grade', 'A'), gte('hnte', 1), gte('age_years', 3), gte('employees', 30)],
      }),
    },
  ];
}

/** Round figures a bank would publish, per fact, ascending. Grades use their own scale. */
const LADDERS: Readonly<Record<string, readonly number[]>> = {
  revenue: [1e6, 2e6, 3e6, 5e6, 8e6, 1e7, 1.5e7, 2e7, 3e7, 5e7, 8e7, 1e8, 1.5e8, 2e8, 3e8, 5e8, 1e9, 2e9],
  equity_raised: [5e6, 1e7, 2e7, 3e7, 5e7, 1e8, 2e8, 5e8, 1e9],
  invention_patents: [1, 2, 3, 5, 8, 10, 15, 20, 30, 50, 100],
  rd_intensity: [0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5],
  rd_staff_share: [0.05, 0.1, 0.15, 0.2, 0.3, 0.5],
  current_ratio: [0.5, 0.8, 1, 1.2, 1.5, 2, 3],
  age_years: [1, 2, 3, 5, 8, 10, 15, 20],
  employees: [10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000],
  penalties: [0, 1, 2, 3, 5],
  overdue_loans: [0, 1, 2, 3],
};

const actualOf = (facts: EnterpriseFacts, fact: string) => facts.numbers[NUMERIC_INDEX.get(fact)!]!;

/** The same rule moved to the nearest round figure that `facts` passes (or fails, when `fail`); null to drop it. */
function moveRule(rule: EligibilityRule, facts: EnterpriseFacts, fail: boolean): EligibilityRule | null {
  if (rule.op !== 'gte' && rule.op !== 'lte') return null;
  const fact = FACT_BY_KEY.get(rule.fact)!;
  const actual = actualOf(facts, rule.fact);
  if (Number.isNaN(actual)) return null;
  const up = (rule.op === 'gte') === fail; // the threshold moves above the actual value
  if (fact.kind === 'grade') {
    const letter = gradeAtStep(fact, up ? actual + 1 : actual);
    return letter === null ? null : { ...rule, value: letter };
  }
  const ladder = LADDERS[rule.fact] ?? [];
  const value = up ? ladder.find((v) => (fail ? v > actual : v >= actual)) : [...ladder].reverse().find((v) => (fail ? v < actual : v <= actual));
  return value === undefined ? null : { ...rule, value };
}

const passes = (rule: EligibilityRule, facts: EnterpriseFacts) => evaluateRule(rule, facts).passed;

/** Rules of one showcase product fitted to the demo enterprise. */
function fitted(item: ShowcaseItem, facts: EnterpriseFacts): EligibilityRule[] {
  if (item.intent === 'as_is') return item.draft.rules;
  return item.draft.rules.flatMap((rule, i) => {
    if (passes(rule, facts) || (item.intent === 'stretch' && i === item.stretch)) return [rule];
    const moved = moveRule(rule, facts, false);
    return moved && passes(moved, facts) ? [moved] : [];
  });
}

/** The demo bank's products; fitted to the demo enterprise when it is given. */
export function demoBankProducts(demoEnterprise: EnterpriseFacts | null): DemoProduct[] {
  const items = showcase();
  const rules = items.map((item) => (demoEnterprise ? fitted(item, demoEnterprise) : item.draft.rules));
  if (demoEnterprise) {
    // At least one near-miss: when every stretch product passes, raise one stretch bar past the firm.
    const stretches = items.map((item, i) => ({ item, i })).filter(({ item }) => item.intent === 'stretch');
    if (stretches.every(({ i }) => rules[i]!.every((r) => passes(r, demoEnterprise)))) {
      for (const { item, i } of [...stretches].reverse()) {
        const raised = moveRule(rules[i]![item.stretch!]!, demoEnterprise, true);
        if (raised && !passes(raised, demoEnterprise)) {
          rules[i]![item.stretch!] = raised;
          break;
        }
      }
    }
  }
  return items.map((item, i) => ({
    ...item.draft,
    rules: rules[i]!,
    key: `${DEMO_BANK}/${item.id}`,
    institutionKey: DEMO_BANK,
    status: 'published',
    createdDaysAgo: item.createdDaysAgo,
    parks: item.parks,
  }));
}

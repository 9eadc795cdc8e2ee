// Banks' and small-loan companies' loan products as tech-finance desks sell them: credit loans for
// well-rated firms, IP-pledge loans, innovation-points loans, policy-guaranteed 科技履约贷,
// receivables and order financing, investment-loan linkage and equity-incentive loans.
// Rates are the 1-year LPR plus a spread; amounts in 万元; turnaround in working days.
import type { ProductDraft } from './market-types.ts';
import { bp5, gte, loanTerms, lte, NO_PREFERENCES, oneOf, stepped } from './market-terms.ts';
import type { Random } from './random.ts';

export interface LenderContext {
  /** Shanghai institution (科技履约贷 is a Shanghai policy product). */
  shanghai: boolean;
  /** The parks the product is offered in. */
  parks: string[];
}

export interface LoanTemplate {
  id: string;
  /** Chance that a bank's catalogue has it (the credit loan is always there). */
  weight: number;
  /** Offered in one park only (programmes a park runs). */
  singlePark?: boolean;
  make(rng: Random, ctx: LenderContext): ProductDraft;
}

const spread = (rng: Random, low: readonly [number, number], width: readonly [number, number], cap = 150): [number, number] => {
  const min = bp5(rng.float(low[0], low[1]));
  return [min, Math.min(cap, bp5(min + rng.float(width[0], width[1])))];
};

const creditLoan: LoanTemplate = {
  id: 'credit',
  weight: 1,
  make(rng) {
    const [name, nameEn] = rng.pick([['科创信用贷', 'Sci-Tech Credit Loan'], ['科技信用贷', 'Technology Credit Loan'], ['高企信用贷', 'HNTE Credit Loan'], ['科创e贷', 'Sci-Tech e-Loan']] as const);
    const forHnte = name === '高企信用贷';
    return {
      kind: 'loan',
      loanType: 'credit',
      name,
      nameEn,
      description: `纯信用、免抵押，面向经营稳健、纳税记录良好的科技型企业，${forHnte ? '高新技术企业' : '评级良好的企业'}可享优惠利率，支持随借随还。`,
      terms: loanTerms({
        amountWan: [rng.pick([100, 100, 200]), rng.pick([500, 800, 1000, 1500])],
        months: [rng.pick([6, 12]), rng.pick([24, 36])],
        spreadBp: spread(rng, [-20, 30], [60, 120]),
        repayment: rng.chance(0.5) ? ['equal_instalment', 'interest_only'] : ['equal_instalment', 'equal_principal', 'interest_only'],
        security: ['none'],
        turnaroundDays: rng.int(3, 10),
      }),
      preferences: { ...NO_PREFERENCES, stages: ['growth', 'mature'] },
      rules: [
        gte('grade', rng.pick(['A', 'BBB', 'BBB'])),
        gte('age_years', rng.pick([2, 3])),
        gte('tax_grade', 'B'),
        lte('penalties', 0),
        gte('revenue', rng.pick([3_000_000, 5_000_000, 10_000_000])),
        ...(forHnte ? [gte('hnte', 1)] : []),
        ...(rng.chance(0.5) ? [lte('overdue_loans', 0)] : []),
      ],
    };
  },
};

const ipPledgeLoan: LoanTemplate = {
  id: 'ip-pledge',
  weight: 0.8,
  make(rng) {
    const [name, nameEn] = rng.pick([['知识产权质押贷', 'IP Pledge Loan'], ['专利质押贷', 'Patent Pledge Loan'], ['知信贷', 'IP Credit Loan']] as const);
    return {
      kind: 'loan',
      loanType: 'ip_pledge',
      name,
      nameEn,
      description: '以有效发明专利等知识产权质押，评估费由园区专项资金补贴，可叠加政府贴息，适合轻资产、重研发的企业。',
      terms: loanTerms({
        amountWan: [100, rng.pick([1000, 2000, 3000])],
        months: [12, rng.pick([24, 36])],
        spreadBp: spread(rng, [-10, 30], [50, 100]),
        repayment: ['equal_instalment', 'interest_only'],
        security: ['ip_pledge'],
        turnaroundDays: rng.int(7, 15),
      }),
      preferences: NO_PREFERENCES,
      rules: [
        gte('invention_patents', rng.pick([1, 1, 2, 3])),
        gte('grade', rng.pick(['BB', 'BBB'])),
        gte('age_years', 1),
        lte('penalties', 0),
        ...(rng.chance(0.5) ? [lte('abnormal_listing', 0)] : []),
      ],
    };
  },
};

const innovationPointsLoan: LoanTemplate = {
  id: 'innovation-points',
  weight: 0.6,
  singlePark: true,
  make(rng, ctx) {
    const [name, nameEn] = rng.pick([['创新积分贷', 'Innovation Points Loan'], ['科创积分贷', 'Sci-Tech Points Loan']] as const);
    return {
      kind: 'loan',
      loanType: 'innovation_points',
      name,
      nameEn,
      description: '以园区企业创新积分为授信依据，积分排名靠前的企业免抵押、免担保，利率可低于LPR。',
      terms: loanTerms({
        amountWan: [100, rng.pick([500, 1000])],
        months: [12, rng.pick([24, 36])],
        spreadBp: spread(rng, [-20, 0], [40, 80]),
        repayment: ['equal_instalment', 'interest_only'],
        security: ['none'],
        turnaroundDays: rng.int(3, 7),
      }),
      preferences: NO_PREFERENCES,
      rules: [
        oneOf('park', ctx.parks),
        gte('rd_intensity', rng.pick([0.03, 0.05])),
        gte('rd_staff_share', 0.1),
        gte('grade', 'BB'),
        gte('tax_grade', 'B'),
      ],
    };
  },
};

const guaranteedLoan: LoanTemplate = {
  id: 'guaranteed',
  weight: 0.6,
  make(rng, ctx) {
    const [name, nameEn] = ctx.shanghai ? (['科技履约贷', 'Sci-Tech Performance Loan'] as const) : (['科技成果转化贷', 'Tech Commercialisation Loan'] as const);
    return {
      kind: 'loan',
      loanType: 'credit',
      name,
      nameEn,
      description: ctx.shanghai
        ? '市政策性融资担保基金提供担保、银行按约放款的科技型中小企业履约贷款，担保费由财政补贴，利率优惠。'
        : '政府性融资担保机构提供担保，支持科技成果转化项目的流动资金需求，担保费率不高于1%。',
      terms: loanTerms({
        amountWan: [100, rng.pick([500, 1000, 2000])],
        months: [12, rng.pick([12, 24])],
        spreadBp: spread(rng, [0, 20], [30, 60]),
        repayment: ['equal_instalment', 'interest_only'],
        security: ['guarantor'],
        turnaroundDays: rng.int(7, 15),
      }),
      preferences: NO_PREFERENCES,
      rules: [lte('employees', 500), lte('revenue', 200_000_000), gte('rd_intensity', 0.03), gte('grade', 'BB'), gte('tax_grade', 'B'), lte('penalties', 0)],
    };
  },
};

const receivablesLoan: LoanTemplate = {
  id: 'receivables',
  weight: 0.6,
  make(rng) {
    const [name, nameEn] = rng.pick([['应收账款融资', 'Receivables Financing'], ['供应链保理贷', 'Supply-Chain Factoring Loan']] as const);
    return {
      kind: 'loan',
      loanType: 'receivables',
      name,
      nameEn,
      description: '以对核心企业的应收账款质押或转让融资，回款即还，最高可融应收账款金额的80%。',
      terms: loanTerms({
        amountWan: [100, rng.pick([1000, 2000, 3000])],
        months: [6, 12],
        spreadBp: spread(rng, [20, 50], [50, 100]),
        repayment: ['interest_only', 'equal_principal'],
        security: ['receivables'],
        turnaroundDays: rng.int(3, 7),
      }),
      preferences: NO_PREFERENCES,
      rules: [gte('revenue', rng.pick([10_000_000, 20_000_000])), gte('current_ratio', rng.pick([1, 1.2])), gte('grade', 'BBB'), lte('overdue_loans', 0)],
    };
  },
};

const orderLoan: LoanTemplate = {
  id: 'orders',
  weight: 0.4,
  make(rng) {
    const [name, nameEn] = rng.pick([['订单贷', 'Order Financing Loan'], ['科技订单贷', 'Tech Order Loan']] as const);
    return {
      kind: 'loan',
      loanType: 'order_financing',
      name,
      nameEn,
      description: '凭已签订的采购订单或中标通知书融资，用于履约所需的原材料采购和生产，订单回款优先还款。',
      terms: loanTerms({
        amountWan: [100, rng.pick([500, 1000, 2000])],
        months: [6, 12],
        spreadBp: spread(rng, [30, 60], [50, 90]),
        repayment: ['interest_only', 'equal_principal'],
        security: ['orders', 'receivables'],
        turnaroundDays: rng.int(3, 7),
      }),
      preferences: { ...NO_PREFERENCES, industries: ['C', 'I'] },
      rules: [gte('revenue', 5_000_000), gte('revenue_growth', rng.pick([0, 0.1])), gte('grade', 'BB'), lte('penalties', 0)],
    };
  },
};

const linkageLoan: LoanTemplate = {
  id: 'investment-linkage',
  weight: 0.4,
  make(rng) {
    const [name, nameEn] = rng.pick([['投贷联动贷', 'Investment-Loan Linkage Loan'], ['投联贷', 'VC-Linked Loan']] as const);
    return {
      kind: 'loan',
      loanType: 'investment_loan_linkage',
      name,
      nameEn,
      description: '面向已获创投机构股权投资的科技企业，参考投资机构估值授信，可附认股选择权。',
      terms: loanTerms({
        amountWan: [200, rng.pick([2000, 3000])],
        months: [12, 36],
        spreadBp: spread(rng, [50, 80], [50, 70]),
        repayment: ['interest_only', 'equal_instalment'],
        security: ['none', 'equity_pledge'],
        turnaroundDays: rng.int(7, 15),
      }),
      preferences: { ...NO_PREFERENCES, stages: ['startup', 'growth'] },
      rules: [gte('equity_raised', rng.pick([10_000_000, 20_000_000])), gte('rd_intensity', 0.08), gte('grade', 'BB'), gte('age_years', 1), oneOf('stage', ['startup', 'growth'])],
    };
  },
};

const incentiveLoan: LoanTemplate = {
  id: 'equity-incentive',
  weight: 0.3,
  make(rng) {
    const [name, nameEn] = rng.pick([['股权激励贷', 'Equity Incentive Loan'], ['人才股权激励贷', 'Talent Equity Incentive Loan']] as const);
    return {
      kind: 'loan',
      loanType: 'equity_incentive',
      name,
      nameEn,
      description: '支持企业核心技术人员和管理团队行权、认购股权激励份额，以所持股权质押。',
      terms: loanTerms({
        amountWan: [100, rng.pick([300, 500])],
        months: [12, 36],
        spreadBp: spread(rng, [30, 50], [40, 80]),
        repayment: ['equal_instalment', 'interest_only'],
        security: ['equity_pledge'],
        turnaroundDays: rng.int(5, 12),
      }),
      preferences: NO_PREFERENCES,
      rules: [gte('grade', 'A'), gte('hnte', 1), gte('age_years', 3), gte('employees', 30), gte('net_margin', 0)],
    };
  },
};

export const BANK_LOANS: readonly LoanTemplate[] = [creditLoan, ipPledgeLoan, innovationPointsLoan, guaranteedLoan, receivablesLoan, orderLoan, linkageLoan, incentiveLoan];

/** Small-loan companies: small, fast and dearer, with looser bars. */
export const MICRO_LOANS: readonly LoanTemplate[] = [
  {
    id: 'micro-credit',
    weight: 1,
    make: (rng) => ({
      kind: 'loan',
      loanType: 'credit',
      name: '科技微贷',
      nameEn: 'Tech Microloan',
      description: '小额、快速的经营性贷款，线上申请，最快1个工作日放款，适合初创期科技企业的短期周转。',
      terms: loanTerms({
        amountWan: [30, rng.pick([300, 500])],
        months: [3, rng.pick([12, 24])],
        spreadBp: spread(rng, [250, 400], [100, 250], 700),
        repayment: ['equal_instalment', 'interest_only'],
        security: ['none'],
        turnaroundDays: rng.int(1, 3),
      }),
      preferences: { ...NO_PREFERENCES, stages: ['startup', 'growth'] },
      rules: [gte('grade', 'B'), gte('age_years', 1), lte('overdue_loans', 0), lte('abnormal_listing', 0)],
    }),
  },
  {
    id: 'micro-orders',
    weight: 0.8,
    make: (rng) => ({
      kind: 'loan',
      loanType: 'order_financing',
      name: '订单快贷',
      nameEn: 'Fast Order Loan',
      description: '凭订单合同申请，三个工作日内放款，用于备货和履约。',
      terms: loanTerms({
        amountWan: [50, rng.pick([500, 800])],
        months: [3, 12],
        spreadBp: spread(rng, [200, 350], [100, 200], 600),
        repayment: ['interest_only'],
        security: ['orders'],
        turnaroundDays: rng.int(2, 4),
      }),
      preferences: NO_PREFERENCES,
      rules: [gte('grade', 'B'), gte('revenue', stepped(rng, 1_000_000, 3_000_000, 1_000_000)), lte('overdue_loans', 0)],
    }),
  },
];

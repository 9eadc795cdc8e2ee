// Guarantors' and insurers' products: financing guarantees (fees 0.8–2% a year, 60–90% of the
// loss covered) and tech insurance (premiums 0.5–2.5%): loan-guarantee insurance, R&D
// interruption, IP infringement, first-of-kind equipment, key R&D staff.
import type { LenderContext, LoanTemplate } from './market-loans.ts';
import { coverTerms, gte, lte, NO_PREFERENCES, oneOf } from './market-terms.ts';
import type { ProductDraft } from './market-types.ts';
import type { Random } from './random.ts';

const template = (id: string, weight: number, make: (rng: Random, ctx: LenderContext) => ProductDraft): LoanTemplate => ({ id, weight, make });

export const GUARANTEES: readonly LoanTemplate[] = [
  template('financing-guarantee', 1, (rng) => ({
    kind: 'guarantee',
    loanType: null,
    name: '科技企业融资担保',
    nameEn: 'Tech SME Financing Guarantee',
    description: '为科技型中小企业的银行流动资金贷款提供连带责任保证，与合作银行风险分担，可接受股权质押等反担保。',
    terms: coverTerms({
      amountWan: [100, rng.pick([1000, 2000, 3000])],
      months: [12, 36],
      feeRate: rng.float(0.012, 0.02),
      coverRatio: rng.float(0.7, 0.9),
      security: rng.chance(0.5) ? ['none'] : ['equity_pledge', 'real_estate'],
      turnaroundDays: rng.int(5, 12),
      eligibleLoanTypes: ['credit', 'innovation_points', 'order_financing', 'receivables'],
    }),
    preferences: NO_PREFERENCES,
    rules: [gte('grade', 'BB'), gte('age_years', 1), lte('penalties', 0), lte('overdue_loans', 0), lte('debt_to_assets', 0.7)],
  })),
  template('ip-guarantee', 0.7, (rng) => ({
    kind: 'guarantee',
    loanType: null,
    name: '知识产权质押融资担保',
    nameEn: 'IP Pledge Financing Guarantee',
    description: '为知识产权质押贷款提供担保，企业以专利权向担保公司提供反担保，评估与登记一站办理。',
    terms: coverTerms({
      amountWan: [100, rng.pick([1000, 2000])],
      months: [12, 36],
      feeRate: rng.float(0.008, 0.015),
      coverRatio: rng.float(0.8, 0.9),
      security: ['ip_pledge'],
      turnaroundDays: rng.int(7, 15),
      eligibleLoanTypes: ['ip_pledge'],
    }),
    preferences: NO_PREFERENCES,
    rules: [gte('invention_patents', 1), gte('grade', 'B'), lte('abnormal_listing', 0)],
  })),
  template('policy-guarantee', 0.8, (rng, ctx) => ({
    kind: 'guarantee',
    loanType: null,
    name: ctx.shanghai ? '科技履约贷担保' : '科技成果转化担保',
    nameEn: ctx.shanghai ? 'Sci-Tech Performance Loan Guarantee' : 'Tech Commercialisation Guarantee',
    description: '政府性融资担保，担保费率不高于1%，财政给予担保费补贴，支持首贷、信用贷。',
    terms: coverTerms({
      amountWan: [100, rng.pick([500, 1000])],
      months: [12, 24],
      feeRate: rng.float(0.008, 0.01),
      coverRatio: rng.float(0.8, 0.9),
      security: ['none'],
      turnaroundDays: rng.int(5, 10),
      eligibleLoanTypes: ['credit'],
    }),
    preferences: NO_PREFERENCES,
    rules: [lte('employees', 500), lte('revenue', 200_000_000), gte('tax_grade', 'B'), gte('grade', 'BB')],
  })),
];

const HARDWARE = ['C34', 'C35', 'C37', 'C38', 'C39', 'C40'];
const MARINE = ['C373', 'M732', 'C4023', 'M743'];

export const INSURANCE: readonly LoanTemplate[] = [
  template('loan-insurance', 1, (rng) => ({
    kind: 'insurance',
    loanType: null,
    name: '科技型中小企业贷款保证保险',
    nameEn: 'Tech SME Loan Guarantee Insurance',
    description: '企业投保、银行为被保险人，借款人未按约还款时由保险公司按比例赔付，帮助无抵押企业获得贷款。',
    terms: coverTerms({
      amountWan: [100, 1000],
      months: [12, 24],
      feeRate: rng.float(0.015, 0.025),
      coverRatio: rng.float(0.6, 0.8),
      security: ['none'],
      turnaroundDays: rng.int(5, 10),
      eligibleLoanTypes: ['credit', 'ip_pledge', 'innovation_points'],
    }),
    preferences: NO_PREFERENCES,
    rules: [gte('grade', 'BBB'), gte('age_years', 2), gte('tax_grade', 'B'), lte('penalties', 0)],
  })),
  template('rd-interruption', 0.8, (rng) => ({
    kind: 'insurance',
    loanType: null,
    name: '研发中断保险',
    nameEn: 'R&D Interruption Insurance',
    description: '承保因意外事故、关键设备损坏等导致研发项目中断的费用损失，保费可申请科技保险补贴。',
    terms: coverTerms({
      amountWan: [100, rng.pick([500, 1000])],
      months: [12, 12],
      feeRate: rng.float(0.005, 0.015),
      coverRatio: rng.float(0.7, 0.9),
      security: ['none'],
      turnaroundDays: rng.int(3, 7),
      eligibleLoanTypes: [],
    }),
    preferences: NO_PREFERENCES,
    rules: [gte('rd_intensity', 0.05), gte('rd_staff_share', 0.1), gte('grade', 'BB')],
  })),
  template('ip-infringement', 0.5, (rng) => ({
    kind: 'insurance',
    loanType: null,
    name: '知识产权被侵权损失保险',
    nameEn: 'IP Infringement Loss Insurance',
    description: '承保专利被侵权后的调查取证费用、法律费用和直接经济损失。',
    terms: coverTerms({
      amountWan: [100, 500],
      months: [12, 12],
      feeRate: rng.float(0.01, 0.02),
      coverRatio: rng.float(0.6, 0.8),
      security: ['none'],
      turnaroundDays: rng.int(3, 7),
      eligibleLoanTypes: [],
    }),
    preferences: NO_PREFERENCES,
    rules: [gte('invention_patents', 1), lte('legal_cases', 3)],
  })),
  template('first-of-kind', 0.5, (rng, ctx) => ({
    kind: 'insurance',
    loanType: null,
    name: ctx.shanghai ? '首台（套）重大技术装备综合保险' : '海洋科技装备综合保险',
    nameEn: ctx.shanghai ? 'First-of-Kind Equipment Insurance' : 'Marine Equipment Insurance',
    description: '承保首台（套）装备的质量风险和责任风险，保费由财政按比例补贴。',
    terms: coverTerms({
      amountWan: [500, 3000],
      months: [12, 12],
      feeRate: rng.float(0.01, 0.02),
      coverRatio: rng.float(0.8, 0.9),
      security: ['none'],
      turnaroundDays: rng.int(7, 15),
      eligibleLoanTypes: [],
    }),
    preferences: { ...NO_PREFERENCES, industries: ctx.shanghai ? HARDWARE : MARINE },
    rules: [oneOf('industry', ctx.shanghai ? HARDWARE : [...MARINE, 'C34', 'C40']), gte('grade', 'BB'), gte('age_years', 2)],
  })),
  template('key-staff', 0.4, (rng) => ({
    kind: 'insurance',
    loanType: null,
    name: '关键研发人员团体保险',
    nameEn: 'Key R&D Staff Insurance',
    description: '为核心研发人员提供意外与重大疾病保障，降低关键人员流失对研发的影响。',
    terms: coverTerms({
      amountWan: [100, 500],
      months: [12, 12],
      feeRate: rng.float(0.005, 0.01),
      coverRatio: rng.float(0.85, 0.95),
      security: ['none'],
      turnaroundDays: rng.int(2, 5),
      eligibleLoanTypes: [],
    }),
    preferences: NO_PREFERENCES,
    rules: [gte('rd_staff_share', 0.2), gte('employees', 10)],
  })),
];

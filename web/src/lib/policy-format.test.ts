// The calculation trail in words in both languages, the reasons a loan does not qualify (names, not
// codes), and the moves each party is offered from each claim state (the server's one table).
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_TRANSITIONS, SUBSIDY_CLAIM_STATES } from '../../../shared/policy.ts';
import { loadApiErrorTexts } from '../i18n/api-error-texts';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { formatPercent, isDangerMove, moveKey, movesFor, reasonText, trailLines } from './policy-format';

const tr: Record<string, TFunction> = {};
beforeAll(async () => {
  await Promise.all([loadApiErrorTexts('en'), loadApiErrorTexts('zh-CN')]);
  for (const [lng, messages] of [['zh-CN', zhCN], ['en', en]] as const) {
    const instance = i18next.createInstance();
    await instance.init({ lng, resources: { [lng]: { translation: messages } }, interpolation: { escapeValue: false }, showSupportNotice: false });
    tr[lng] = instance.t;
  }
});

// A capped interest claim: two repayments counted, one outside the period, LPR 3.10% × 1.4 = 4.34%
// against a loan at 5.00%, eligible 86,800 × 4.34 / 5 = 75,342 fen, half of it 37,671, the
// per-loan cap of ¥300 cutting it to 30,000, then granted in full by the budget.
const TRAIL = [
  { step: 'repayment', date: '2026-03-21', interestFen: 43_400 },
  { step: 'repayment', date: '2026-06-21', interestFen: 43_400 },
  { step: 'repayment_not_counted', date: '2025-12-21', interestFen: 43_400, from: '2026-01-01', to: '2026-12-31' },
  { step: 'interest_paid', repayments: 2, interestFen: 86_800 },
  { step: 'lpr', base: 'lpr1y', month: '2026-01', publishedOn: '2026-01-20', rate: '0.0310' },
  { step: 'rate_cap', base: 'lpr1y', lprRate: '0.0310', times: '1.4', plusBp: 0, capRate: '0.04340', loanRate: '0.0500', applies: true },
  { step: 'eligible_interest', interestPaidFen: 86_800, capRate: '0.04340', loanRate: '0.0500', eligibleInterestFen: 75_342, rounding: 'down' },
  { step: 'share', share: '0.5', eligibleInterestFen: 75_342, subsidyFen: 37_671, rounding: 'down' },
  { step: 'cap', cap: 'per_loan', limitFen: 30_000, alreadyFen: 0, roomFen: 30_000, beforeFen: 37_671, afterFen: 30_000 },
  { step: 'cap', cap: 'per_enterprise_year', limitFen: 30_000_000, alreadyFen: 1_250_000, roomFen: 28_750_000, beforeFen: 30_000, afterFen: 30_000 },
  { step: 'budget', rule: 'first_come', outcome: 'in_full', requestedFen: 30_000, grantedFen: 30_000, budgetLeftBeforeFen: 100_000_000, budgetLeftAfterFen: 99_970_000 },
];

describe('trailLines', () => {
  it('tells every step in Chinese, with yuan to the fen and business dates', () => {
    const lines = trailLines(tr['zh-CN']!, 'zh-CN', TRAIL).map((l) => l.text);
    expect(lines).toEqual([
      '2026/03/21 还款，支付利息 ¥434.00，计入',
      '2026/06/21 还款，支付利息 ¥434.00，计入',
      '2025/12/21 还款，利息 ¥434.00，不在 2026/01/01 至 2026/12/31 期间内，不计入',
      '期间内共计入 2 笔还款，已付利息合计 ¥868.00',
      '放款日适用 2026-01 的 1 年期 LPR（2026/01/20 公布）：3.10%',
      '利率上限 = 1 年期 LPR 3.10% × 1.4 = 4.34%；贷款利率 5.00% 高于上限，利息按上限折算',
      '可补贴利息 = ¥868.00 × 4.34% ÷ 5.00% = ¥753.42（向下取整到分）',
      '补贴 = ¥753.42 × 补贴比例 50% = ¥376.71（向下取整到分）',
      '单笔贷款上限 ¥300.00，已享受 ¥0.00，剩余额度 ¥300.00：补贴 ¥376.71 → ¥300.00',
      '每户每年上限 ¥300,000.00，已享受 ¥12,500.00，剩余额度 ¥287,500.00：补贴 ¥300.00 不受影响',
      '预算（先到先得）充足：安排 ¥300.00，剩余预算 ¥1,000,000.00 → ¥999,700.00',
    ]);
  });

  it('tells the same steps in English', () => {
    const lines = trailLines(tr.en!, 'en', TRAIL).map((l) => l.text);
    expect(lines[0]).toBe('Repayment on 03/21/2026: interest ¥434.00 paid, counted');
    expect(lines[5]).toBe('Rate cap = 1-year LPR 3.10% × 1.4 = 4.34%; the loan’s rate 5.00% is above it, so interest counts at the cap');
    expect(lines[6]).toBe('Eligible interest = ¥868.00 × 4.34% ÷ 5.00% = ¥753.42 (rounded down to the fen)');
    expect(lines[8]).toBe('Cap per loan ¥300.00, already received ¥0.00, room ¥300.00: subsidy ¥376.71 → ¥300.00');
    expect(lines[10]).toBe('Budget (first come, first served) sufficient: ¥300.00 granted, budget left ¥1,000,000.00 → ¥999,700.00');
  });

  it('says when the rate cap does not apply, with the basis points added, and when interest counts as paid', () => {
    const [within, full] = trailLines(tr['zh-CN']!, 'zh-CN', [
      { step: 'rate_cap', base: 'lpr5y', lprRate: '0.0360', times: '1', plusBp: 40, capRate: '0.0400', loanRate: '0.0385', applies: false },
      { step: 'eligible_interest', interestPaidFen: 12_345, capRate: '0.0400', loanRate: '0.0385', eligibleInterestFen: 12_345, rounding: 'down' },
    ]);
    expect(within!.text).toBe('利率上限 = 5 年期以上 LPR 3.60% × 1 +40bp = 4.00%；贷款利率 3.85% 未超过上限，利息全额计入');
    expect(full!.text).toBe('可补贴利息 = 已付利息 ¥123.45（不设利率上限或未超过上限）');
    const [none] = trailLines(tr.en!, 'en', [{ step: 'eligible_interest', interestPaidFen: 500, capRate: null, loanRate: '0.0385', eligibleInterestFen: 500, rounding: 'down' }]);
    expect(none!.text).toBe('Eligible interest = interest paid, ¥5.00 (no rate cap, or within it)');
  });

  it('explains a pro-rata budget and an exhausted one', () => {
    const [pro, none] = trailLines(tr.en!, 'en', [
      { step: 'budget', rule: 'pro_rata', outcome: 'pro_rata', requestedFen: 60_000, grantedFen: 40_001, budgetLeftBeforeFen: 0, budgetLeftAfterFen: 0, budgetFen: 100_000, requestedTotalFen: 150_000, remainderFen: 1 },
      { step: 'budget', rule: 'first_come', outcome: 'exhausted', requestedFen: 5_000, grantedFen: 0, budgetLeftBeforeFen: 0, budgetLeftAfterFen: 0 },
    ]);
    expect(pro!.text).toBe('Budget short, shared pro rata: ¥1,000.00 × ¥600.00 ÷ ¥1,500.00 asked in all, ¥400.01 granted (including ¥0.01 of rounding remainder)');
    expect(none!.text).toBe('Budget (first come, first served) used up: ¥50.00 asked, nothing granted');
  });

  it('translates the codes of an ineligible step and never shows a step it does not know as a code', () => {
    const [ineligible, unknown] = trailLines(tr['zh-CN']!, 'zh-CN', [{ step: 'ineligible', reasons: ['subsidy.dishonest'] }, { step: 'something_new', x: 1 }]);
    expect(ineligible!.text).toBe('不符合条件：企业在严重失信名单上');
    expect(unknown!.text).toBe('其他计算步骤');
    expect(unknown!.text).not.toContain('something_new');
  });

  it('tells fee steps: the payment, the rate check, the share and the amount-rate limit', () => {
    const lines = trailLines(tr.en!, 'en', [
      { step: 'fee_payment', contractNo: 'G-7', date: '2026-02-01', amountFen: 200_000, coverageFrom: '2026-02-01', coverageTo: '2027-01-31', coveredAmountFen: 20_000_000, feeRate: '0.01' },
      { step: 'fee_rate_check', contractNo: 'G-7', date: '2026-02-01', feeRate: '0.01', maxFeeRate: '0.015', within: true },
      { step: 'fee_share', contractNo: 'G-7', date: '2026-02-01', share: '0.5', paidFen: 200_000, subsidyFen: 100_000, rounding: 'down' },
      { step: 'amount_rate_limit', contractNo: 'G-7', date: '2026-02-01', maxSubsidyRate: '0.004', coveredAmountFen: 20_000_000, countedAmountFen: 20_000_000, days: 365, dayCount: 'actual_365_inclusive', limitFen: 80_000, beforeFen: 100_000, afterFen: 80_000, rounding: 'down' },
    ]).map((l) => l.text);
    expect(lines).toEqual([
      'On 02/01/2026, ¥2,000.00 paid on G-7, covering 02/01/2026 to 01/31/2027, covered amount ¥200,000.00, yearly rate 1.00%: counted',
      'G-7: yearly rate 1.00% within the programme’s maximum 1.50%',
      'G-7 (02/01/2026): ¥2,000.00 × share 50% = ¥1,000.00 (rounded down to the fen)',
      'G-7 (02/01/2026): at most 0.40% × ¥200,000.00 × 365 days ÷ 365 = ¥800.00: ¥1,000.00 → ¥800.00',
    ]);
  });
});

describe('reasonText', () => {
  it('names parks and loan types instead of their codes', () => {
    const parkLabel = (code: string) => ({ zhangjiang: '张江科学城', zizhu: '紫竹高新区' })[code] ?? code;
    const park = reasonText(tr['zh-CN']!, { code: 'subsidy.park_not_listed', params: { park: 'qingdao', parks: ['zhangjiang', 'zizhu'] }, message: '' }, 'zh-CN', (c) => (c === 'qingdao' ? '青岛高新区' : parkLabel(c)));
    expect(park).toBe('园区 青岛高新区 不在该政策适用的园区（张江科学城、紫竹高新区）之内');
    const type = reasonText(tr.en!, { code: 'subsidy.loan_type_not_listed', params: { loanType: 'ip_pledge', loanTypes: ['credit'] }, message: '' }, 'en');
    expect(type).not.toContain('ip_pledge');
    expect(type).toContain('IP');
  });

  it('says a grade below the minimum with its letters', () => {
    expect(reasonText(tr['zh-CN']!, { code: 'subsidy.grade_below', params: { grade: 'BB', minGrade: 'BBB' }, message: '' }, 'zh-CN')).toBe('企业在贷款发放日的评级为 BB；该政策要求 BBB 级及以上');
  });
});

describe('the moves offered', () => {
  it('gives the park and the enterprise exactly their moves from each state', () => {
    const offered = Object.fromEntries(SUBSIDY_CLAIM_STATES.map((s) => [s, { park: movesFor(s, 'park').map((m) => m.to), enterprise: movesFor(s, 'enterprise').map((m) => m.to) }]));
    expect(offered).toEqual({
      computed: { park: ['published'], enterprise: [] },
      published: { park: [], enterprise: ['objected', 'confirmed'] },
      objected: { park: ['published', 'computed'], enterprise: [] },
      confirmed: { park: ['approved', 'rejected'], enterprise: [] },
      approved: { park: ['paid'], enterprise: [] },
      paid: { park: ['clawed_back'], enterprise: [] },
      forfeited: { park: [], enterprise: [] },
      rejected: { park: [], enterprise: [] },
      clawed_back: { park: [], enterprise: [] },
    });
  });

  it('never offers the platform sweep to anyone', () => {
    expect(SUBSIDY_CLAIM_STATES.flatMap((s) => [...movesFor(s, 'park'), ...movesFor(s, 'enterprise')]).some((m) => m.to === 'forfeited')).toBe(false);
  });

  it('labels every move of the table in both languages, the two answers to an objection apart', () => {
    expect(moveKey({ from: 'objected', to: 'published' })).toBe('dismiss');
    expect(moveKey({ from: 'objected', to: 'computed' })).toBe('uphold');
    expect(moveKey({ from: 'computed', to: 'published' })).toBe('published');
    for (const m of CLAIM_TRANSITIONS) {
      for (const t of Object.values(tr)) expect(t(`policy.moves.${moveKey(m)}` as never)).not.toMatch(/^policy\./);
    }
    expect([...new Set(CLAIM_TRANSITIONS.filter(isDangerMove).map((m) => m.to))]).toEqual(['rejected', 'clawed_back']);
  });
});

describe('formatPercent', () => {
  it.each([
    ['0.5', '50%'],
    ['0.35', '35%'],
    ['1', '100%'],
    ['0.125', '12.5%'],
  ])('%s → %s', (decimal, text) => expect(formatPercent(decimal)).toBe(text));
});

import { describe, expect, it } from 'vitest';
import { GRADES } from '../../../shared/rating.ts';
import { checkSimPortfolio, runLoansOf, simPortfolioOf } from './simulate-portfolio.ts';
import { syntheticPortfolio } from './simulate-synthetic.ts';

describe('a synthetic portfolio', () => {
  const p = syntheticPortfolio(11, 5_000);

  it('is the same for the same seed and differs for another', () => {
    const again = syntheticPortfolio(11, 5_000);
    expect(again).toEqual(p);
    expect(syntheticPortfolio(12, 5_000).amountFen).not.toEqual(p.amountFen);
  });

  it('holds demo parks, ¥1m–¥10m loans at LPR − 50 bp to + 300 bp, and monthly interest in the period', () => {
    checkSimPortfolio(p);
    expect(p.parkCodes).toEqual(['zhangjiang', 'zizhu', 'qingdao']);
    const parkShare = (code: string) => p.park.filter((x) => p.parkCodes[x] === code).length / p.size;
    expect(parkShare('zhangjiang')).toBeGreaterThan(0.35);
    expect(parkShare('qingdao')).toBeGreaterThan(0.15);
    expect(Math.min(...p.amountFen)).toBeGreaterThanOrEqual(100_000_000);
    expect(Math.max(...p.amountFen)).toBeLessThanOrEqual(1_000_000_000);
    const bp = p.rates.map((r) => Math.round(Number(r) * 10_000));
    expect(Math.min(...bp)).toBeGreaterThanOrEqual(310 - 50);
    expect(Math.max(...bp)).toBeLessThanOrEqual(310 + 300);
    expect(p.rates.every((r) => /^0\.\d{4}$/.test(r))).toBe(true);
    expect(new Set(p.grade).size).toBeGreaterThan(GRADES.length - 2); // most grades and some unrated
    expect(p.grade.some((g) => g === -1)).toBe(true);
    expect(Math.min(...p.repaymentOn)).toBeGreaterThanOrEqual(20241201);
    expect(Math.max(...p.repaymentOn)).toBeLessThanOrEqual(20251231);
    expect(p.enterpriseIds.length).toBeLessThan(p.size);
  });

  it('pays each month’s interest as amount × rate / 12, rounded down, after the disbursement month', () => {
    const loans = runLoansOf(p);
    const l = loans.find((x) => x.loan.disbursedOn >= '2025-03-01' && x.loan.disbursedOn <= '2025-03-28' && x.loan.termMonths === 12)!;
    const monthly = (l.loan.amountFen * BigInt(Math.round(Number(l.loan.annualRate) * 10_000))) / 120_000n;
    const day = l.loan.disbursedOn.slice(8, 10);
    expect(l.repayments.map((r) => r.date)).toEqual(['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}-${day}`));
    expect(l.repayments.every((r) => r.interestFen === monthly)).toBe(true);
    expect(runLoansOf(simPortfolioOf(loans))).toEqual(loans); // the columns and the engine's loans say the same
  });

  it('refuses a bad size or option', () => {
    expect(() => syntheticPortfolio(1, -1)).toThrow(RangeError);
    expect(() => syntheticPortfolio(1, 10, { disbursedFrom: '2025-13' })).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { ScheduleError, type ScheduleField } from './errors.ts';
import { parseRate } from './rate.ts';
import { levelInstalmentFen, repaymentSchedule, type RepaymentMethod, type ScheduleTerms } from './schedule.ts';

const terms = (overrides: Partial<ScheduleTerms> = {}): ScheduleTerms => ({
  amountFen: 100_000_000n,
  annualRate: parseRate('0.0435'),
  months: 12,
  method: 'equal_instalment',
  start: '2025-01-15',
  ...overrides,
});

const dates = (start: string, months: number) => repaymentSchedule(terms({ start, months })).payments.map((p) => p.date);

describe('due dates', () => {
  it.each([
    ['2025-01-15', 3, ['2025-02-15', '2025-03-15', '2025-04-15']],
    ['2025-01-31', 4, ['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']],
    ['2024-01-31', 2, ['2024-02-29', '2024-03-31']],
    ['2025-11-30', 4, ['2025-12-30', '2026-01-30', '2026-02-28', '2026-03-30']],
    ['2023-12-29', 3, ['2024-01-29', '2024-02-29', '2024-03-29']],
    ['2099-12-31', 2, ['2100-01-31', '2100-02-28']],
  ])('from %s: %j', (start, months, expected) => {
    expect(dates(start, months)).toEqual(expected);
  });

  it('counts months from the start, not from the previous clamped date', () => {
    expect(dates('2025-01-31', 13).at(-1)).toBe('2026-02-28');
    expect(dates('2025-01-31', 14).at(-1)).toBe('2026-03-31');
  });
});

describe('equal instalments (等额本息)', () => {
  const thirtyDays = (periods: number) => Array<number>(periods).fill(30);
  const calendarYearFrom31January = [28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 31];

  it.each([
    ['¥1,000,000 at 4.9% over 360 periods of 30 days: the textbook ¥5,307.27', 100_000_000n, '0.049', thirtyDays(360), 530_727n],
    ['¥1,000,000 at 4.35% over 12 periods of 30 days: the textbook ¥85,309.90', 100_000_000n, '0.0435', thirtyDays(12), 8_530_990n],
    ['¥1,000,000 at 4.35% over the calendar months from 31 January 2025 (365 days)', 100_000_000n, '0.0435', calendarYearFrom31January, 8_532_332n],
    ['one period: the amount and its interest, an exact tie of 102.5 fen rounding up', 100n, '0.3', [30], 103n],
    ['¥1,200 interest-free over 12 months', 120_000n, '0', calendarYearFrom31January, 10_000n],
    ['1 fen interest-free over 3 months', 1n, '0', [31, 28, 31], 0n],
    ['5 fen interest-free over 2 months (2.5 rounds up)', 5n, '0', [31, 30], 3n],
  ])('%s: the instalment is %i fen', (_, amountFen, rate, periodDays, expected) => {
    expect(levelInstalmentFen(amountFen, parseRate(rate), periodDays)).toBe(expected);
  });

  it('charges for longer months: 31-day periods need a larger instalment than 30-day ones, 28-day a smaller', () => {
    const rate = parseRate('0.0435');
    const [short, even, long] = [28, 30, 31].map((days) => levelInstalmentFen(100_000_000n, rate, Array<number>(12).fill(days)));
    expect(short! < even! && even! < long!).toBe(true);
  });

  it.each([[[]], [[30, 0]], [[30, 30.5]]])('refuses the periods %j', (periodDays) => {
    expect(() => levelInstalmentFen(100n, parseRate('0.05'), periodDays)).toThrow(ScheduleError);
  });

  it('pays the level instalment every period but the last, which clears the balance', () => {
    const { payments } = repaymentSchedule(terms({ start: '2025-01-31' }));
    expect(payments.slice(0, -1).map((p) => p.principalFen + p.interestFen)).toEqual(Array(11).fill(8_532_332n));
    expect(payments[0]).toEqual({ period: 1, date: '2025-02-28', principalFen: 8_193_999n, interestFen: 338_333n, balanceFen: 91_806_001n });
    expect(payments[11]).toEqual({ period: 12, date: '2026-01-31', principalFen: 8_500_493n, interestFen: 31_841n, balanceFen: 0n });
  });

  it('keeps the last of 360 payments level: ¥1,000,000 at 4.35% ends ¥2.55 short, where a textbook instalment ended 6.5 times over', () => {
    const { payments, totalInterestFen } = repaymentSchedule(terms({ months: 360 }));
    expect(payments.slice(0, -1).every((p) => p.principalFen + p.interestFen === 501_490n)).toBe(true);
    expect(payments[359]).toEqual({ period: 360, date: '2055-01-15', principalFen: 499_364n, interestFen: 1_871n, balanceFen: 0n });
    expect(totalInterestFen).toBe(80_536_145n);
  });

  it('pays interest only in a month whose interest exceeds the instalment, and stays level otherwise', () => {
    const { payments } = repaymentSchedule(terms({ annualRate: parseRate('0.36'), months: 360, start: '2025-01-01' }));
    const january = payments[0]!; // 31 days at 36% is 3.1% of the balance; the instalment is about 2.95%
    expect(january).toMatchObject({ principalFen: 0n, interestFen: 3_100_000n, balanceFen: 100_000_000n });
    const interestOnly = payments.slice(0, -1).filter((p) => p.principalFen === 0n);
    expect(interestOnly).toHaveLength(172);
    expect(interestOnly.every((p) => p.interestFen >= 2_953_452n)).toBe(true);
    expect(payments.slice(0, -1).filter((p) => p.principalFen > 0n).every((p) => p.principalFen + p.interestFen === 2_953_452n)).toBe(true);
    expect(payments[359]).toEqual({ period: 360, date: '2055-01-01', principalFen: 2_866_204n, interestFen: 88_852n, balanceFen: 0n });
  });
});

describe('equal principal (等额本金) and interest only (按月付息到期还本)', () => {
  it('repays the same principal each month, interest on actual days over 360', () => {
    const { payments, totalInterestFen } = repaymentSchedule(terms({ amountFen: 120_000_000n, method: 'equal_principal' }));
    expect(payments.map((p) => p.principalFen)).toEqual(Array(12).fill(10_000_000n));
    expect(payments[0]!.interestFen).toBe(449_500n); // 120m × 0.0435 × 31 / 360
    expect(payments[1]!.interestFen).toBe(372_167n); // 110m × 0.0435 × 28 / 360 = 372,166.67
    expect(totalInterestFen).toBe(payments.reduce((sum, p) => sum + p.interestFen, 0n));
  });

  it('leaves the rounding remainder of the principal to the last month', () => {
    const { payments } = repaymentSchedule(terms({ amountFen: 1_000n, months: 3, method: 'equal_principal' }));
    expect(payments.map((p) => p.principalFen)).toEqual([333n, 333n, 334n]);
    expect(repaymentSchedule(terms({ amountFen: 9n, months: 6, method: 'equal_principal' })).payments.map((p) => p.principalFen)).toEqual([2n, 2n, 2n, 2n, 1n, 0n]);
  });

  it('charges interest monthly and the whole principal at maturity', () => {
    const { payments, totalInterestFen } = repaymentSchedule(terms({ method: 'interest_only', annualRate: parseRate('0.0365'), months: 3, start: '2025-01-01' }));
    expect(payments.map((p) => [p.date, p.principalFen, p.interestFen, p.balanceFen])).toEqual([
      ['2025-02-01', 0n, 314_306n, 100_000_000n], // 31 days: 314,305.56
      ['2025-03-01', 0n, 283_889n, 100_000_000n], // 28 days: 283,888.89
      ['2025-04-01', 100_000_000n, 314_306n, 0n],
    ]);
    expect(totalInterestFen).toBe(912_501n);
  });

  it('rounds half a fen of interest up', () => {
    const { payments } = repaymentSchedule(terms({ amountFen: 100n, annualRate: parseRate('0.3'), months: 1, method: 'interest_only', start: '2025-04-01' }));
    expect(payments[0]!.interestFen).toBe(3n); // 100 × 0.3 × 30 / 360 = 2.5
  });
});

describe('validation', () => {
  const refusals: [string, Partial<ScheduleTerms>, ScheduleField, RegExp][] = [
    ['a zero amount', { amountFen: 0n }, 'amountFen', /more than 0 and at most 1000000000000000 fen/],
    ['a negative amount', { amountFen: -100n }, 'amountFen', /more than 0/],
    ['an amount above 10^15 fen', { amountFen: 10n ** 15n + 1n }, 'amountFen', /at most 1000000000000000 fen/],
    ['0 months', { months: 0 }, 'months', /a schedule needs 1 to 360 months/],
    ['600 months', { months: 600 }, 'months', /a schedule needs 1 to 360 months/],
    ['a fractional month', { months: 1.5 }, 'months', /a schedule needs 1 to 360 months/],
    ['NaN months', { months: NaN }, 'months', /a schedule needs 1 to 360 months/],
    ['an unknown method', { method: 'balloon' as RepaymentMethod }, 'method', /unknown repayment method "balloon"/],
    ['30 February', { start: '2025-02-30' }, 'start', /calendar date YYYY-MM-DD, got "2025-02-30"/],
    ['an unpadded date', { start: '2025-2-1' }, 'start', /calendar date/],
    ['a date with a time', { start: '2025-02-01T00:00:00Z' }, 'start', /calendar date/],
    ['a schedule past 9999', { start: '9999-06-01', months: 12 }, 'start', /past the year 9999/],
    ['a rate above 36%', { annualRate: { numerator: 37n, denominator: 100n } }, 'annualRate', /usury ceiling/],
    ['a negative rate', { annualRate: { numerator: -1n, denominator: 100n } }, 'annualRate', /negative/],
  ];

  it.each(refusals)('refuses %s', (_, overrides, field, message) => {
    let error: unknown;
    try {
      repaymentSchedule(terms(overrides));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScheduleError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ category: 'invalid_input', field, message: expect.stringMatching(message), details: { fields: [{ field, message: expect.stringMatching(message) }] } });
  });

  it('accepts the limits themselves', () => {
    expect(repaymentSchedule(terms({ amountFen: 1n, months: 1 })).payments).toHaveLength(1);
    expect(repaymentSchedule(terms({ amountFen: 10n ** 15n, months: 360, annualRate: parseRate('0.36') })).payments.at(-1)!.balanceFen).toBe(0n);
    expect(repaymentSchedule(terms({ start: '9999-01-01', months: 11 })).payments.at(-1)!.date).toBe('9999-12-01');
  });
});

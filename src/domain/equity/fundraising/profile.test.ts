import { describe, expect, it } from 'vitest';
import { amountBandOf } from '../../../../shared/fundraising.ts';
import { DomainError } from '../../shared/errors.ts';
import { checkFundraisingProfile, fundraisingProfileProblems, isCalendarDate, type FundraisingProfileInput } from './profile.ts';

const base: FundraisingProfileInput = {
  round: 'series_a',
  amountSoughtFen: 3_000_000_000n,
  valuationMinFen: 20_000_000_000n,
  valuationMaxFen: 30_000_000_000n,
  useOfFunds: '研发与市场拓展',
  milestones: [{ title: '量产', dueOn: '2027-06-30' }],
  status: 'open',
};

const problemsOf = (change: Partial<FundraisingProfileInput>) => fundraisingProfileProblems({ ...base, ...change }).map((p) => `${p.field} ${p.code}`);

describe('fundraisingProfileProblems', () => {
  it.each<[string, Partial<FundraisingProfileInput>, string[]]>([
    ['a sound profile', {}, []],
    ['equal ends of the valuation range', { valuationMinFen: 5n, valuationMaxFen: 5n }, []],
    ['no amount', { amountSoughtFen: 0n }, ['amountSoughtFen fundraising.amount_not_positive']],
    ['a negative amount', { amountSoughtFen: -1n }, ['amountSoughtFen fundraising.amount_not_positive']],
    ['min above max', { valuationMinFen: 31_000_000_000n }, ['valuationMaxFen fundraising.valuation_range']],
    ['a zero low end', { valuationMinFen: 0n }, ['valuationMinFen fundraising.valuation_not_positive']],
    ['a zero high end (no range check on top)', { valuationMaxFen: 0n }, ['valuationMaxFen fundraising.valuation_not_positive']],
    ['a day not in the calendar', { milestones: [{ title: 'x', dueOn: '2027-02-30' }] }, ['milestones.0.dueOn field.invalid_date']],
    ['the same milestone twice', { milestones: [{ title: 'x', dueOn: '2027-01-01' }, { title: 'x', dueOn: '2027-01-01' }] }, ['milestones.1 fundraising.milestone_duplicate']],
    ['too many milestones', { milestones: Array.from({ length: 21 }, (_, i) => ({ title: `m${i}`, dueOn: '2027-01-01' })) }, ['milestones fundraising.milestones_too_many']],
    ['every problem at once', { amountSoughtFen: 0n, valuationMinFen: 9n, valuationMaxFen: 1n }, ['amountSoughtFen fundraising.amount_not_positive', 'valuationMaxFen fundraising.valuation_range']],
  ])('%s', (_name, change, expected) => {
    expect(problemsOf(change)).toEqual(expected);
  });
});

describe('checkFundraisingProfile', () => {
  it('orders milestones by date', () => {
    const checked = checkFundraisingProfile({ ...base, milestones: [{ title: 'b', dueOn: '2027-09-01' }, { title: 'a', dueOn: '2027-03-01' }] });
    expect(checked.milestones.map((m) => m.title)).toEqual(['a', 'b']);
  });
  it('throws the field problems', () => {
    expect(() => checkFundraisingProfile({ ...base, amountSoughtFen: 0n })).toThrow(DomainError);
  });
});

describe('isCalendarDate', () => {
  it.each([['2028-02-29', true], ['2027-02-29', false], ['2027-13-01', false], ['27-01-01', false]])('%s → %s', (d, ok) => expect(isCalendarDate(d)).toBe(ok));
});

describe('amountBandOf', () => {
  it.each<[bigint, string]>([
    [1n, 'under_5m'],
    [499_999_999n, 'under_5m'],
    [500_000_000n, '5m_20m'],
    [2_000_000_000n, '20m_50m'],
    [9_999_999_999n, '50m_100m'],
    [10_000_000_000n, '100m_plus'],
  ])('%s fen → %s', (fen, band) => expect(amountBandOf(fen)).toBe(band));
});

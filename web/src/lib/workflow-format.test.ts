import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { deadlineText, formatDecimalRate, formatShare, formatSpread } from './workflow-format';

describe('formatDecimalRate', () => {
  it.each([
    ['0.033000', '3.30%'],
    ['0.0345', '3.45%'],
    ['0.031250', '3.125%'],
    ['0.03', '3.00%'],
    ['0', '0.00%'],
    ['1.5', '150.00%'],
    ['0.000100', '0.01%'],
    ['-0.0050', '-0.50%'],
    ['-0.000', '0.00%'],
  ])('%s → %s', (decimal, text) => expect(formatDecimalRate(decimal)).toBe(text));

  it('keeps what it cannot read, and shows none for nothing', () => {
    expect(formatDecimalRate('n/a')).toBe('n/a');
    expect(formatDecimalRate(null)).toBe('—');
  });
});

describe('formatSpread and formatShare', () => {
  it('signs spreads and turns shares into percentages', () => {
    expect(formatSpread(30)).toBe('+30bp');
    expect(formatSpread(0)).toBe('+0bp');
    expect(formatSpread(-15)).toBe('-15bp');
    expect(formatShare(0.8333)).toBe('83.3%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(null)).toBe('—');
  });
});

describe('deadlineText', () => {
  const t = ((key: string, options?: { count?: number }) => (options?.count === undefined ? key : `${key}:${options.count}`)) as unknown as TFunction;
  it.each([
    [{ on: '2026-12-04', status: 'on_time', workingDaysLeft: 10 }, 'workflow.deadline.left:10'],
    [{ on: '2026-12-04', status: 'due_soon', workingDaysLeft: 0 }, 'workflow.deadline.today'],
    [{ on: '2026-12-04', status: 'missed', workingDaysLeft: -3 }, 'workflow.deadline.missedBy:3'],
    [{ on: '2026-11-20', status: 'missed', workingDaysLeft: 0 }, 'workflow.deadline.missed'],
    [{ on: '2026-12-04', status: 'paused', workingDaysLeft: 4 }, 'workflow.deadline.paused'],
    [{ on: '2026-12-04', status: 'met', workingDaysLeft: null }, 'workflow.deadline.met'],
    [{ on: null, status: 'none', workingDaysLeft: null }, 'common.none'],
  ] as const)('%j → %s', (deadline, text) => expect(deadlineText(t, deadline)).toBe(text));
});

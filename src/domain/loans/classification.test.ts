import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { CLASSIFICATION_LABELS, classifyByDaysOverdue, LOAN_CLASSIFICATIONS } from './classification.ts';

describe('five-category classification by days overdue', () => {
  it.each([
    [0, 'normal'],
    [1, 'special_mention'],
    [90, 'special_mention'],
    [91, 'substandard'],
    [270, 'substandard'],
    [271, 'doubtful'],
    [360, 'doubtful'],
    [361, 'loss'],
    [10_000, 'loss'],
  ])('%i days overdue: %s', (days, expected) => {
    expect(classifyByDaysOverdue(days)).toBe(expected);
  });

  it('lists the categories from best to worst, each labelled in both languages', () => {
    expect(LOAN_CLASSIFICATIONS).toEqual(['normal', 'special_mention', 'substandard', 'doubtful', 'loss']);
    expect(LOAN_CLASSIFICATIONS.map((c) => CLASSIFICATION_LABELS[c]['zh-CN'])).toEqual(['正常', '关注', '次级', '可疑', '损失']);
    expect(LOAN_CLASSIFICATIONS.map((c) => CLASSIFICATION_LABELS[c].en)).toEqual(['Normal', 'Special mention', 'Substandard', 'Doubtful', 'Loss']);
  });

  it.each([-1, 1.5, NaN, Infinity])('refuses %s days', (days) => {
    expect(() => classifyByDaysOverdue(days)).toThrow(DomainError);
  });
});

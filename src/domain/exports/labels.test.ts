import { describe, expect, it } from 'vitest';
import { applicationStateText, classificationText, headerOf, yuanOf } from './labels.ts';

describe('export labels', () => {
  it.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [123_456_789n, '1234567.89'],
    [-250n, '-2.50'],
    [9_007_199_254_740_993n, '90071992547409.93'],
  ])('writes %s fen as %s yuan exactly', (fen, text) => expect(yuanOf(fen)).toBe(text));

  it('speaks both languages and keeps unknown codes visible', () => {
    expect(applicationStateText('approved', 'zh-CN')).toBe('已批准');
    expect(applicationStateText('approved', 'en')).toBe('Approved');
    expect(classificationText('special_mention', 'en')).toBe('Special mention');
    expect(headerOf([['企业', 'Enterprise']], 'en')).toEqual(['Enterprise']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatFeatureValue, formatWanGrouped, formatYuanEnglish, translateLimitBasis } from './format.ts';

describe('report formatting', () => {
  it.each([
    [0n, '0.00'],
    [1_000_000n, '1.00'],
    [123_456_789_012n, '123,456.79'],
    [-2_500_000n, '-2.50'],
    [4_999n, '0.00'],
    [5_000n, '0.01'],
  ])('formats %s fen as %s 万元', (fen, text) => expect(formatWanGrouped(fen)).toBe(text));

  it.each([
    [0n, '¥0'],
    [85_000_000n, '¥850,000'],
    [100_000_000n, '¥1.00m'],
    [15_700_000_000n, '¥157.00m'],
    [217_700_000_000n, '¥2,177.00m'],
    [-250_000_000n, '-¥2.50m'],
  ])('formats %s fen in English as %s', (fen, text) => expect(formatYuanEnglish(fen)).toBe(text));

  it('formats feature values by unit', () => {
    expect(formatFeatureValue('revenue', 12_345_678, 'en')).toBe('¥12.35m');
    expect(formatFeatureValue('rd_intensity', 0.0567, 'en')).toBe('5.7%');
    expect(formatFeatureValue('revenue', 12_345_678, 'zh-CN')).toBe('1,234.57 万元');
    expect(formatFeatureValue('hnte', 1, 'zh-CN')).toBe('是');
    expect(formatFeatureValue('tax_grade', 4, 'en')).toBe('A');
    expect(formatFeatureValue('legal_cases', null, 'en')).toBe('—');
  });

  it('translates the limit basis into Chinese and keeps unknown text', () => {
    expect(translateLimitBasis('25% of revenue ¥1,000,000 + ¥500,000 × 2 Class-I IP, capped at ¥30,000,000', 'zh-CN')).toBe(
      '营业收入 ¥1,000,000 × 25% + ¥500,000 × 2 项I类知识产权，上限 ¥30,000,000',
    );
    expect(translateLimitBasis('No unsecured limit at grade CC', 'zh-CN')).toBe('CC 级不给予信用额度');
    expect(translateLimitBasis('something else', 'zh-CN')).toBe('something else');
  });
});

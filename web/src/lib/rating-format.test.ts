import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { bandTagColor, formatFeatureValue, formatPoints, gradeColor } from './rating-format';

const WORDS: Record<string, string> = { 'common.none': '—', 'common.yes': '是', 'common.no': '否', 'common.wan': '万元' };
const t = ((key: string) => WORDS[key] ?? key) as unknown as TFunction;

describe('formatFeatureValue', () => {
  it.each([
    ['rd_intensity', 0.0942, '9.4%'],
    ['debt_to_assets', 0.25, '25%'],
    ['revenue', 9_001_269, '900.13 万元'],
    ['equity_raised', 0, '0 万元'],
    ['hnte', 1, '是'],
    ['specialised', 0, '否'],
    ['tax_grade', 4, 'A'],
    ['tax_grade', 2, 'M'],
    ['tax_grade', 0, 'D'],
    ['invention_patents', 1200, '1,200'],
    ['current_ratio', 1.5, '1.50'],
    ['rd_intensity', null, '—'],
  ] as const)('%s %s → %s', (feature, value, text) => {
    expect(formatFeatureValue(t, 'zh-CN', feature, value)).toBe(text);
  });

  it('shows money in yuan in English', () => {
    expect(formatFeatureValue(t, 'en', 'revenue', 9_001_269)).toBe('¥9,001,269');
  });
});

describe('colours and points', () => {
  it('colours grades and bands by letter', () => {
    expect(gradeColor('AAA')).toBe(gradeColor('A'));
    expect(gradeColor('BB')).not.toBe(gradeColor('CC'));
    expect([bandTagColor('A'), bandTagColor('B'), bandTagColor('C')]).toEqual(['green', 'gold', 'red']);
  });

  it('signs points', () => {
    expect([formatPoints(16), formatPoints(-9.44), formatPoints(0)]).toEqual(['+16', '-9.4', '0']);
  });
});

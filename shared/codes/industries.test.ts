import { describe, expect, it } from 'vitest';
import { INDUSTRIES, findIndustry, industryPath, isValidIndustryCode } from './industries.ts';

describe('INDUSTRIES', () => {
  it('has the 20 sections A–T', () => {
    const sections = INDUSTRIES.filter((industry) => industry.level === 1).map((industry) => industry.code);
    expect(sections.join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('has at least 60 division, group and class codes', () => {
    expect(INDUSTRIES.filter((industry) => industry.level > 1).length).toBeGreaterThanOrEqual(60);
  });

  it('has unique codes whose parents are listed one level up', () => {
    const codes = new Set(INDUSTRIES.map((industry) => industry.code));
    expect(codes.size).toBe(INDUSTRIES.length);
    for (const industry of INDUSTRIES) {
      if (industry.parent === null) continue;
      expect(findIndustry(industry.parent)?.level, industry.code).toBe(industry.level - 1);
    }
  });

  it('has names in both languages', () => {
    for (const industry of INDUSTRIES) {
      expect(industry.nameZh, industry.code).toMatch(/\p{Script=Han}/u);
      expect(industry.nameEn, industry.code).toMatch(/^[A-Z0-9]/);
    }
  });
});

describe('findIndustry', () => {
  it.each([
    ['C3973', 4, '集成电路制造', 'C397'],
    ['I6520', 4, '集成电路设计', 'I652'],
    ['I6513', 4, '应用软件开发', 'I651'],
    ['C27', 2, '医药制造业', 'C'],
    ['M75', 2, '科技推广和应用服务业', 'M'],
  ] as const)('%s', (code, level, nameZh, parent) => {
    expect(findIndustry(code)).toMatchObject({ code, level, nameZh, parent });
  });

  it('returns undefined for unknown codes', () => {
    expect(findIndustry('I6598')).toBeUndefined();
    // I6510 is the 2011 class, kept as an accepted legacy code (2017 splits 651 into 6511–6519)
    expect(findIndustry('I6510')?.parent).toBe('I651');
  });
});

describe('isValidIndustryCode', () => {
  it.each(['I', 'I65', 'I651', 'I6513', 'C3741'])('accepts %s', (code) => {
    expect(isValidIndustryCode(code)).toBe(true);
  });

  it.each(['', 'i6513', 'U', '6513', 'I65130', 'I6598', 'C9999'])('rejects "%s"', (code) => {
    expect(isValidIndustryCode(code)).toBe(false);
  });
});

describe('industryPath', () => {
  it('walks from the section down', () => {
    expect(industryPath('C3973').map((industry) => industry.code)).toEqual(['C', 'C39', 'C397', 'C3973']);
    expect(industryPath('X1')).toEqual([]);
  });
});

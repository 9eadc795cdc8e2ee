import { describe, expect, it } from 'vitest';
import { findIndustry, isValidCreditCode, isValidRegionCode } from '../codes/index.ts';
import { toDayNumber, yearsBetween } from './dates.ts';
import { generateDemoData, type DemoEnterprise, type InstitutionType } from './index.ts';

const TODAY = '2025-06-30';
const data = generateDemoData({ seed: 20250630, enterprises: 5000, today: TODAY });
const { parks, institutions, enterprises } = data;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function ageYears(enterprise: DemoEnterprise): number {
  return yearsBetween(toDayNumber(enterprise.foundedOn), toDayNumber(TODAY));
}

describe('generateDemoData: determinism', () => {
  it('gives deep-equal data for the same options', () => {
    const options = { seed: 9, enterprises: 400, today: TODAY };
    expect(generateDemoData(options)).toEqual(generateDemoData(options));
  });

  it('gives different enterprises for a different seed, but the same parks and institutions', () => {
    const a = generateDemoData({ seed: 1, enterprises: 50, today: TODAY });
    const b = generateDemoData({ seed: 2, enterprises: 50, today: TODAY });
    expect(a.enterprises).not.toEqual(b.enterprises);
    expect(a.parks).toEqual(b.parks);
    expect(a.institutions).toEqual(b.institutions);
  });

  it('keeps the first N enterprises when more are asked for', () => {
    const small = generateDemoData({ seed: 3, enterprises: 100, today: TODAY });
    const large = generateDemoData({ seed: 3, enterprises: 300, today: TODAY });
    expect(large.enterprises.slice(0, 100)).toEqual(small.enterprises);
  });

  it('refuses bad options', () => {
    expect(() => generateDemoData({ seed: 1, enterprises: -1, today: TODAY })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: 1, enterprises: 1.5, today: TODAY })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: 1, enterprises: 1, today: '2025-02-30' })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: 1, enterprises: 1, today: '2005-01-01' })).toThrow(RangeError);
    expect(generateDemoData({ seed: 1, enterprises: 0, today: TODAY }).enterprises).toEqual([]);
  });
});

describe('generateDemoData: parks and institutions', () => {
  it('has exactly the three demo parks', () => {
    expect(parks.map((park) => [park.code, park.name, park.regionCode])).toEqual([
      ['zhangjiang', '张江科学城', '310115'],
      ['zizhu', '紫竹高新区', '310112'],
      ['qingdao', '青岛高新区', '370212'],
    ]);
    for (const park of parks) {
      for (const code of park.industries) expect(findIndustry(code)?.level, code).toBe(4);
    }
  });

  it('covers every institution type in the required numbers', () => {
    const minimum: Record<InstitutionType, number> = {
      bank: 8, vc_fund: 4, angel_fund: 2, insurer: 3, guarantor: 3, small_loan: 1, guidance_fund: 1, corporate_vc: 0,
    };
    expect(institutions.length).toBeGreaterThanOrEqual(24);
    for (const [type, count] of Object.entries(minimum)) {
      expect(institutions.filter((institution) => institution.type === type).length, type).toBeGreaterThanOrEqual(count);
    }
  });

  it('puts the demo bank first and keeps keys unique', () => {
    expect(institutions[0]).toMatchObject({ key: 'demo-bank', type: 'bank' });
    expect(new Set(institutions.map((institution) => institution.key)).size).toBe(institutions.length);
    for (const institution of institutions) expect(institution.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives institutions valid credit codes in their own region', () => {
    for (const institution of institutions) {
      expect(isValidCreditCode(institution.creditCode), institution.key).toBe(true);
      expect(institution.creditCode.slice(2, 8)).toBe(institution.regionCode);
      expect(isValidRegionCode(institution.regionCode)).toBe(true);
    }
  });
});

describe('generateDemoData: enterprises', () => {
  it('makes the requested number', () => {
    expect(enterprises).toHaveLength(5000);
  });

  it('starts with the demo user’s growth-stage software company in Zhangjiang', () => {
    expect(enterprises[0]).toMatchObject({
      name: '上海科金示范智能科技有限公司',
      parkCode: 'zhangjiang',
      industryCode: 'I6513',
      regionCode: '310115',
      stage: 'growth',
    });
    expect(enterprises[0]!.latentQuality).toBeGreaterThanOrEqual(0.7);
  });

  it('gives valid, unique credit codes across institutions and enterprises', () => {
    const codes = [...institutions, ...enterprises].map((organisation) => organisation.creditCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const enterprise of enterprises) {
      expect(isValidCreditCode(enterprise.creditCode), enterprise.creditCode).toBe(true);
      expect(enterprise.creditCode.slice(0, 8)).toBe(`91${enterprise.regionCode}`);
    }
  });

  it('gives unique names that start with the park’s city', () => {
    expect(new Set(enterprises.map((enterprise) => enterprise.name)).size).toBe(enterprises.length);
    for (const enterprise of enterprises) {
      const city = enterprise.parkCode === 'qingdao' ? '青岛' : '上海';
      expect(enterprise.name).toMatch(new RegExp(`^${city}\\p{Script=Han}+有限公司$`, 'u'));
    }
  });

  it('uses known codes: a 4-digit industry from the park’s mix and a district of the park’s city', () => {
    const byCode = new Map(parks.map((park) => [park.code, park]));
    for (const enterprise of enterprises) {
      const park = byCode.get(enterprise.parkCode)!;
      expect(park.industries).toContain(enterprise.industryCode);
      expect(findIndustry(enterprise.industryCode)?.level).toBe(4);
      expect(isValidRegionCode(enterprise.regionCode), enterprise.regionCode).toBe(true);
      expect(enterprise.regionCode.slice(0, 4)).toBe(park.regionCode.slice(0, 4));
    }
  });

  it('registers most enterprises in their park’s own district', () => {
    for (const park of parks) {
      const inPark = enterprises.filter((enterprise) => enterprise.parkCode === park.code);
      const home = inPark.filter((enterprise) => enterprise.regionCode === park.regionCode).length;
      expect(home / inPark.length, park.code).toBeGreaterThan(0.6);
    }
  });

  it('spreads enterprises over parks about 45 / 30 / 25', () => {
    const share = (code: string) => enterprises.filter((e) => e.parkCode === code).length / enterprises.length;
    expect(share('zhangjiang')).toBeCloseTo(0.45, 1);
    expect(share('zizhu')).toBeCloseTo(0.3, 1);
    expect(share('qingdao')).toBeCloseTo(0.25, 1);
  });

  it('orders dates: 1998 ≤ founded ≤ admitted ≤ today, admitted after the park opened', () => {
    const parkOpened: Record<string, string> = { zhangjiang: '1992-01-01', zizhu: '2001-01-01', qingdao: '1992-01-01' };
    for (const enterprise of enterprises) {
      expect(enterprise.foundedOn >= '1998-01-01').toBe(true);
      expect(enterprise.admittedOn >= enterprise.foundedOn).toBe(true);
      expect(enterprise.admittedOn >= parkOpened[enterprise.parkCode]!).toBe(true);
      expect(enterprise.admittedOn <= TODAY).toBe(true);
    }
  });

  it('matches stage to age: start-ups < 4 years, growth 3–10, mature > 8', () => {
    for (const enterprise of enterprises) {
      const age = ageYears(enterprise);
      if (enterprise.stage === 'startup') expect(age).toBeLessThan(4);
      if (enterprise.stage === 'growth') expect(age >= 3 && age <= 10, String(age)).toBe(true);
      if (enterprise.stage === 'mature') expect(age).toBeGreaterThan(8);
    }
    for (const stage of ['startup', 'growth', 'mature'] as const) {
      expect(enterprises.some((enterprise) => enterprise.stage === stage)).toBe(true);
    }
  });

  it('makes most firms small and a few large', () => {
    const staff = enterprises.map((enterprise) => enterprise.employees);
    expect(median(staff)).toBeGreaterThanOrEqual(20);
    expect(median(staff)).toBeLessThanOrEqual(200);
    expect(staff.filter((n) => n >= 10 && n <= 300).length / staff.length).toBeGreaterThan(0.7);
    expect(Math.max(...staff)).toBeGreaterThan(1000);
    expect(Math.max(...staff)).toBeLessThanOrEqual(3000);
    expect(Math.min(...staff)).toBeGreaterThanOrEqual(1);
  });

  it('keeps registered capital between ¥1m and ¥100m, larger for larger firms', () => {
    for (const { registeredCapitalFen } of enterprises) {
      expect(registeredCapitalFen >= 100_000_000n && registeredCapitalFen <= 10_000_000_000n).toBe(true);
    }
    const capitalOf = (list: DemoEnterprise[]) => median(list.map((e) => Number(e.registeredCapitalFen)));
    const small = enterprises.filter((e) => e.employees < 30);
    const large = enterprises.filter((e) => e.employees > 300);
    expect(capitalOf(large)).toBeGreaterThan(capitalOf(small));
  });

  it('correlates latent quality with stage and size', () => {
    const quality = (list: DemoEnterprise[]) => mean(list.map((e) => e.latentQuality));
    for (const { latentQuality } of enterprises) expect(latentQuality >= 0 && latentQuality <= 1).toBe(true);
    const byStage = (stage: string) => enterprises.filter((e) => e.stage === stage);
    expect(quality(byStage('mature'))).toBeGreaterThan(quality(byStage('startup')) + 0.05);
    const growth = byStage('growth');
    const middle = median(growth.map((e) => e.employees));
    const big = growth.filter((e) => e.employees > middle);
    const rest = growth.filter((e) => e.employees <= middle);
    expect(quality(big)).toBeGreaterThan(quality(rest));
  });

  it('gives Chinese legal representatives and addresses in the registered district', () => {
    const prefixes: Record<string, string[]> = {
      '310115': ['上海市浦东新区', '中国（上海）自由贸易试验区'],
      '310112': ['上海市闵行区'],
      '370212': ['山东省青岛市崂山区'],
    };
    for (const enterprise of enterprises) {
      expect(enterprise.legalRepresentative).toMatch(/^\p{Script=Han}{2,4}$/u);
      expect(enterprise.address).toMatch(/\d+号/);
      const allowed = prefixes[enterprise.regionCode];
      if (allowed) expect(allowed.some((prefix) => enterprise.address.startsWith(prefix))).toBe(true);
    }
  });
});

describe('generateDemoData at scale', () => {
  // Speed is measured in `npm run bench` (startup, rating); here only that names stay unique.
  it('keeps 100,000 enterprise names unique', () => {
    const big = generateDemoData({ seed: 1, enterprises: 100_000, today: TODAY });
    expect(new Set(big.enterprises.map((enterprise) => enterprise.name)).size).toBe(100_000);
  });
});

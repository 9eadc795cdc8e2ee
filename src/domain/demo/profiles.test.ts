import { describe, expect, it } from 'vitest';
import { evaluateCriteria, HNTE_2016, TECH_SME_2022 } from '../profile/criteria/index.ts';
import { assessCompleteness } from '../profile/completeness.ts';
import { IMPORT_KINDS, matchHeaders, parseRow, templateHeader, toCells, type ImportKind } from '../profile/import-kinds.ts';
import { computeRatios } from '../profile/ratios.ts';
import type { EnterpriseProfile } from '../profile/types.ts';
import { sectorOf } from './profile-sectors.ts';
import { demoRegistration, generateDemoData, generateDemoProfile, generateDemoProfiles, type DemoEnterprise } from './index.ts';

const TODAY = '2025-06-30';
const SEED = 20250630;
const { enterprises } = generateDemoData({ seed: SEED, enterprises: 2000, today: TODAY });
const profiles: EnterpriseProfile[] = generateDemoProfiles(enterprises, { seed: SEED, today: TODAY }).map((p, i) => ({
  registration: demoRegistration(enterprises[i]!),
  ...p,
}));
const pairs = enterprises.map((enterprise, i) => ({ enterprise, profile: profiles[i]! }));

const share = (items: readonly unknown[], test: (item: never) => boolean) => items.filter(test as (item: unknown) => boolean).length / items.length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const latest = (profile: EnterpriseProfile) => profile.financials.at(-1);

describe('generateDemoProfile: determinism', () => {
  it('gives deep-equal profiles for the same seed and enterprise, whatever else is generated', () => {
    const again = generateDemoProfile(enterprises[17]!, { seed: SEED, today: TODAY });
    const { registration: _r, ...rest } = profiles[17]!;
    expect(again).toEqual(rest);
  });

  it('gives a different profile for another seed', () => {
    expect(generateDemoProfile(enterprises[17]!, { seed: SEED + 1, today: TODAY })).not.toEqual(generateDemoProfile(enterprises[17]!, { seed: SEED, today: TODAY }));
  });

  it('refuses a malformed date', () => {
    expect(() => generateDemoProfile(enterprises[0]!, { seed: 1, today: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('generateDemoProfile: valid data', () => {
  const index = Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, (matchHeaders(kind, templateHeader(kind)) as { columnIndex: Record<string, number> }).columnIndex]));
  const roundTrip = (kind: ImportKind, row: Record<string, unknown>) => parseRow(kind, toCells(kind, row as never), index[kind]!, TODAY);

  it('passes the import validation and re-imports unchanged (first 300 firms, every row)', () => {
    for (const { enterprise, profile } of pairs.slice(0, 300)) {
      const creditCode = enterprise.creditCode;
      const rows: [ImportKind, Record<string, unknown>][] = [
        ['profiles', { ...profile.registration }],
        ...profile.financials.map((s): [ImportKind, Record<string, unknown>] => ['financials', { creditCode, ...s }]),
        ...profile.people.map((m): [ImportKind, Record<string, unknown>] => ['staff', { creditCode, ...m }]),
        ...profile.ip.map((item): [ImportKind, Record<string, unknown>] => ['ip', { creditCode, ...item }]),
      ];
      for (const [kind, row] of rows) {
        const parsed = roundTrip(kind, row);
        if (!parsed.ok) expect.fail(`${kind} row of ${creditCode} is invalid: ${JSON.stringify(parsed.errors)}`);
        const { parkCode: _p, status: _s, ...registration } = row;
        expect(parsed.value).toEqual(kind === 'profiles' ? registration : row);
      }
    }
  });

  it('never repeats an IP number of a kind across the data set', () => {
    const keys = profiles.flatMap((p) => p.ip.map((item) => `${item.kind}:${item.number}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps every date on or before today and after founding', () => {
    for (const { enterprise, profile } of pairs) {
      const dates = [
        ...profile.ip.flatMap((i) => [i.appliedOn, i.grantedOn]),
        ...profile.qualifications.map((q) => q.validFrom),
        ...profile.complianceEvents.flatMap((e) => [e.occurredOn, e.resolvedOn]),
        ...profile.equityRounds.map((r) => r.closedOn),
        ...profile.loans.map((l) => l.startedOn),
      ].filter((date): date is string => date !== null);
      for (const date of dates) expect(date >= enterprise.foundedOn && date <= TODAY, `${enterprise.creditCode} ${date}`).toBe(true);
      for (const month of profile.people.map((p) => p.month)) expect(month < TODAY.slice(0, 7)).toBe(true);
    }
  });
});

describe('generateDemoProfile: plausible figures', () => {
  it('gives three statements to established firms, fewer to young ones', () => {
    const old = pairs.filter(({ enterprise }) => enterprise.foundedOn < '2020-01-01');
    expect(share(old, ({ profile }: { profile: EnterpriseProfile }) => profile.financials.length === 3)).toBeGreaterThan(0.85);
    for (const { enterprise, profile } of pairs) {
      if (enterprise.foundedOn >= '2024-10-01') expect(profile.financials).toEqual([]);
      for (const s of profile.financials) expect(s.year >= Number(enterprise.foundedOn.slice(0, 4)) && s.year <= 2024).toBe(true);
    }
  });

  it('keeps most revenue between ¥1m and ¥200m', () => {
    const revenues = profiles.map((p) => latest(p)?.revenueFen).filter((r): r is bigint => typeof r === 'bigint').map((r) => Number(r) / 100);
    expect(share(revenues, (r: number) => r >= 1_000_000 && r <= 200_000_000)).toBeGreaterThan(0.8);
    expect(median(revenues)).toBeGreaterThan(5_000_000);
    expect(median(revenues)).toBeLessThan(80_000_000);
  });

  it('spends 10–30% of revenue on R&D in IC and biomedicine, 3–6% in manufacturing (medians of established firms)', () => {
    const intensity = (sector: string) =>
      median(pairs.filter(({ enterprise }) => enterprise.stage !== 'startup' && sectorOf(enterprise.industryCode) === sector).map(({ profile }) => computeRatios(latest(profile)!).rdIntensity ?? 0));
    expect(intensity('ic')).toBeGreaterThan(0.1);
    expect(intensity('ic')).toBeLessThan(0.3);
    expect(intensity('biomedicine')).toBeGreaterThan(0.1);
    expect(intensity('manufacturing')).toBeGreaterThan(0.03);
    expect(intensity('manufacturing')).toBeLessThan(0.065);
  });

  it('makes start-ups often loss-making and mature firms mostly profitable', () => {
    const lossShare = (stage: DemoEnterprise['stage']) =>
      share(pairs.filter(({ enterprise, profile }) => enterprise.stage === stage && latest(profile)), ({ profile }: { profile: EnterpriseProfile }) => (latest(profile)!.netProfitFen ?? 0n) < 0n);
    expect(lossShare('startup')).toBeGreaterThan(0.4);
    expect(lossShare('mature')).toBeLessThan(0.2);
  });

  it('keeps balance sheets plausible: assets mostly above liabilities, current ratio 0.5–4', () => {
    const ratios = profiles.map(latest).filter((s) => s !== undefined).map((s) => computeRatios(s));
    expect(share(ratios, (r: ReturnType<typeof computeRatios>) => (r.debtToAssets ?? 0) < 1)).toBeGreaterThan(0.95);
    const current = ratios.map((r) => r.currentRatio).filter((r): r is number => r !== null);
    expect(median(current)).toBeGreaterThan(0.8);
    expect(median(current)).toBeLessThan(3);
  });

  it('gives twelve months of headcount near the registered figure', () => {
    for (const { enterprise, profile } of pairs) {
      const last = profile.people.at(-1);
      if (profile.people.length === 12 && last?.month === '2025-05') expect(last.employees).toBe(enterprise.employees);
      for (const month of profile.people) {
        expect(month.stStaff! <= month.employees! && month.rdStaff! <= month.stStaff!).toBe(true);
      }
    }
    expect(share(profiles, (p: EnterpriseProfile) => p.people.length === 12)).toBeGreaterThan(0.6);
  });

  it('grows IP with age and quality', () => {
    const ipOf = (list: typeof pairs) => median(list.map(({ profile }) => profile.ip.length));
    const byStage = (stage: DemoEnterprise['stage']) => pairs.filter(({ enterprise }) => enterprise.stage === stage);
    expect(ipOf(byStage('mature'))).toBeGreaterThan(ipOf(byStage('startup')));
    const growth = byStage('growth');
    expect(ipOf(growth.filter(({ enterprise }) => enterprise.latentQuality > 0.6))).toBeGreaterThan(ipOf(growth.filter(({ enterprise }) => enterprise.latentQuality < 0.4)));
  });
});

describe('generateDemoProfile: qualifications, compliance and financing', () => {
  it('certifies about 40% of growth and mature firms as HNTE, for three years', () => {
    const established = pairs.filter(({ enterprise }) => enterprise.stage !== 'startup');
    const holds = ({ profile }: { profile: EnterpriseProfile }) => profile.qualifications.some((q) => q.kind === 'hnte' && q.validFrom <= TODAY && TODAY <= q.validTo);
    expect(share(established, holds)).toBeGreaterThan(0.3);
    expect(share(established, holds)).toBeLessThan(0.5);
    for (const q of profiles.flatMap((p) => p.qualifications.filter((x) => x.kind === 'hnte'))) {
      expect(Number(q.validTo.slice(0, 4)) - Number(q.validFrom.slice(0, 4))).toBe(3);
    }
  });

  it('lets 30–70% of firms meet the tech-SME criteria, and registers only those', () => {
    const results = profiles.map((p) => evaluateCriteria(TECH_SME_2022, p, TODAY));
    expect(share(results, (r: { passed: boolean }) => r.passed)).toBeGreaterThan(0.3);
    expect(share(results, (r: { passed: boolean }) => r.passed)).toBeLessThan(0.7);
    profiles.forEach((p, i) => {
      if (p.qualifications.some((q) => q.kind === 'tech_sme')) expect(results[i]!.passed).toBe(true);
    });
  });

  it('has most HNTE holders meet the HNTE criteria as the platform approximates them', () => {
    const holders = profiles.filter((p) => p.qualifications.some((q) => q.kind === 'hnte' && q.validTo >= TODAY));
    expect(share(holders, (p: EnterpriseProfile) => evaluateCriteria(HNTE_2016, p, TODAY).passed)).toBeGreaterThan(0.5);
  });

  it('grades tax mostly A or B, M in the first year, C and rare D for weaker firms', () => {
    const grades = pairs.flatMap(({ enterprise, profile }) => profile.taxGrades.map((g) => ({ grade: g.grade, quality: enterprise.latentQuality })));
    const gradeShare = (...wanted: string[]) => share(grades, (g: { grade: string }) => wanted.includes(g.grade));
    expect(gradeShare('A', 'B')).toBeGreaterThan(0.8);
    expect(gradeShare('M', 'C')).toBeLessThan(0.2);
    expect(gradeShare('D')).toBeLessThan(0.02);
    const poor = grades.filter((g) => g.grade === 'C' || g.grade === 'D');
    expect(poor.length).toBeGreaterThan(0);
    expect(median(poor.map((g) => g.quality))).toBeLessThan(0.3);
  });

  it('makes compliance events rare and commoner for weak firms', () => {
    const rate = (test: (q: number) => boolean) => {
      const group = pairs.filter(({ enterprise }) => test(enterprise.latentQuality));
      return group.reduce((sum, { profile }) => sum + profile.complianceEvents.length, 0) / group.length;
    };
    expect(rate(() => true)).toBeLessThan(0.5);
    expect(rate((q) => q < 0.3)).toBeGreaterThan(2 * rate((q) => q > 0.7));
  });

  it('gives equity rounds in order with growing amounts, and loans that fit the dates', () => {
    expect(share(profiles, (p: EnterpriseProfile) => p.equityRounds.length > 0)).toBeGreaterThan(0.1);
    for (const profile of profiles) {
      profile.equityRounds.forEach((round, i, all) => {
        if (i > 0) expect(round.closedOn > all[i - 1]!.closedOn && round.amountFen > 0n).toBe(true);
        expect(round.investors.length).toBeGreaterThan(0);
      });
      for (const loan of profile.loans) {
        expect(loan.maturesOn > loan.startedOn).toBe(true);
        if (loan.status === 'current') expect(loan.maturesOn > TODAY).toBe(true);
      }
    }
    expect(share(profiles, (p: EnterpriseProfile) => p.loans.length > 0)).toBeGreaterThan(0.15);
  });

  it('leaves completeness spread out, better for better firms', () => {
    const scores = pairs.map(({ enterprise, profile }) => ({ score: assessCompleteness(profile, TODAY).score, quality: enterprise.latentQuality }));
    expect(median(scores.map((s) => s.score))).toBeGreaterThan(70);
    expect(Math.min(...scores.map((s) => s.score))).toBeLessThan(60);
    const mean = (list: typeof scores) => list.reduce((sum, s) => sum + s.score, 0) / list.length;
    expect(mean(scores.filter((s) => s.quality > 0.6))).toBeGreaterThan(mean(scores.filter((s) => s.quality < 0.4)));
  });
});

// The simulator panel's pure pieces: the body it sends, the default period, the budget share, the
// months, and the breakdown rows with the published version merged in by key.
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../api/policy';
import { PROGRAMME_DEFAULTS, type ProgrammeFormValues } from './programme-form';
import { breakdownRows, budgetUsedShare, cumulativeFen, defaultPeriod, formatMonth, formProgrammeKey, parkLabelOf, programmeKey, reasonRows, simulationProgramme } from './simulation-view';

const VALUES: ProgrammeFormValues = {
  ...PROGRAMME_DEFAULTS,
  id: 'zj-2027',
  name: '张江贴息',
  nameEn: 'Zhangjiang interest subsidy',
  ownerPark: 'zhangjiang',
  validFrom: '2027-01-01',
  validTo: '2027-12-31',
  budgetYuan: '5000000',
};

const row = (key: string, grantedFen: number, loans = 2, eligibleLoans = 1) => ({ key, loans, eligibleLoans, interestPaidFen: 0, requestedFen: grantedFen, grantedFen });
const deltaRow = (key: string, draftFen: number, currentFen: number) => ({ key, draftFen, currentFen, deltaFen: draftFen - currentFen, draftEligibleLoans: 1, currentEligibleLoans: 3 });

function simulation(over: Partial<Simulation> = {}): Simulation {
  return {
    byPark: [{ ...row('zhangjiang', 500), name: '张江', nameEn: 'Zhangjiang' }],
    byIndustry: [row('I65', 300), row('C39', 200)],
    byGrade: [row('AA', 300), row('unrated', 200)],
    byMonth: [row('2026-03', 100), row('2026-04', 400)],
    delta: null,
    ...over,
  } as Simulation;
}

describe('simulationProgramme', () => {
  it('sends the editor’s programme without the fields saved beside it', () => {
    const body = simulationProgramme(VALUES);
    expect(body).not.toHaveProperty('name');
    expect(body).not.toHaveProperty('nameEn');
    expect(body).not.toHaveProperty('status');
    expect(body).toMatchObject({ id: 'zj-2027', ownerPark: 'zhangjiang', caps: { budgetFen: 500_000_000 } });
  });
});

describe('programmeKey and formProgrammeKey', () => {
  it('are the same for the same programme in any key order, and differ when a value does', () => {
    expect(programmeKey({ a: 1, b: { c: [1, 2], d: null } })).toBe(programmeKey({ b: { d: null, c: [1, 2] }, a: 1 }));
    expect(formProgrammeKey(VALUES)).toBe(formProgrammeKey({ ...VALUES }));
    expect(formProgrammeKey({ ...VALUES, share: '0.6' })).not.toBe(formProgrammeKey(VALUES));
    // The names are not in the programme: renaming does not make a simulation stale.
    expect(formProgrammeKey({ ...VALUES, name: '新名字' })).toBe(formProgrammeKey(VALUES));
  });

  it('is null while the form cannot make a body', () => {
    expect(formProgrammeKey(undefined)).toBeNull();
    expect(formProgrammeKey({ ...VALUES, budgetYuan: undefined as unknown as string })).toBeNull();
  });
});

describe('defaultPeriod', () => {
  it('is the twelve months up to the business day, both ends counted, without a yearly cap', () => {
    expect(defaultPeriod(dayjs('2026-12-07'))).toEqual({ from: '2025-12-08', to: '2026-12-07' });
    expect(defaultPeriod(dayjs('2028-02-29'))).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('is the year so far when the programme caps each enterprise per year', () => {
    expect(defaultPeriod(dayjs('2026-12-07'), true)).toEqual({ from: '2026-01-01', to: '2026-12-07' });
  });
});

describe('budgetUsedShare', () => {
  it('counts what was granted before the period with the simulated grants', () => {
    expect(budgetUsedShare(1_000, 250)).toBe(0.75);
    expect(budgetUsedShare(1_000, 0)).toBe(1);
    expect(budgetUsedShare(0, 0)).toBeNull();
    expect(budgetUsedShare(null, 0)).toBeNull();
  });
});

describe('formatMonth', () => {
  it('says a month in the reader’s language and leaves anything else as it is', () => {
    expect(formatMonth('2026-05', 'zh-CN')).toBe('2026年5月');
    expect(formatMonth('2026-05', 'en')).toBe('May 2026');
    expect(formatMonth('later', 'en')).toBe('later');
  });
});

describe('breakdownRows', () => {
  it('lists the draft’s groups in the server’s order, named by the label given', () => {
    expect(breakdownRows(simulation(), 'byIndustry', (k) => `name of ${k}`)).toEqual([
      { key: 'I65', label: 'name of I65', loans: 2, eligibleLoans: 1, grantedFen: 300 },
      { key: 'C39', label: 'name of C39', loans: 2, eligibleLoans: 1, grantedFen: 200 },
    ]);
  });

  it('merges the current version in by key, with the groups only it reaches at zero for the draft', () => {
    const s = simulation({ delta: { byMonth: [deltaRow('2026-02', 0, 50), deltaRow('2026-03', 100, 80), deltaRow('2026-04', 400, 0)] } as Simulation['delta'] });
    expect(breakdownRows(s, 'byMonth', (k) => k)).toEqual([
      { key: '2026-02', label: '2026-02', loans: 0, eligibleLoans: 0, grantedFen: 0, current: { eligibleLoans: 3, grantedFen: 50, deltaFen: -50 } },
      { key: '2026-03', label: '2026-03', loans: 2, eligibleLoans: 1, grantedFen: 100, current: { eligibleLoans: 3, grantedFen: 80, deltaFen: 20 } },
      { key: '2026-04', label: '2026-04', loans: 2, eligibleLoans: 1, grantedFen: 400, current: { eligibleLoans: 3, grantedFen: 0, deltaFen: 400 } },
    ]);
  });

  it('keeps grades best first with "unrated" last when the current version adds one', () => {
    const s = simulation({ delta: { byGrade: [deltaRow('AA', 300, 0), deltaRow('AAA', 0, 10), deltaRow('unrated', 200, 0)] } as Simulation['delta'] });
    expect(breakdownRows(s, 'byGrade', (k) => k).map((r) => r.key)).toEqual(['AAA', 'AA', 'unrated']);
  });
});

describe('parkLabelOf', () => {
  it('names a park in the reader’s language, from either version’s rows', () => {
    const s = simulation({ delta: { byPark: [{ ...deltaRow('jinqiao', 0, 5), name: '金桥', nameEn: null }] } as unknown as Simulation['delta'] });
    expect(parkLabelOf(s, 'en')('zhangjiang')).toBe('Zhangjiang');
    expect(parkLabelOf(s, 'zh-CN')('zhangjiang')).toBe('张江');
    expect(parkLabelOf(s, 'en')('jinqiao')).toBe('金桥');
  });
});

describe('cumulativeFen and reasonRows', () => {
  it('adds the grants up month by month', () => {
    expect(cumulativeFen([{ grantedFen: 100 }, { grantedFen: 0 }, { grantedFen: 400 }])).toEqual([100, 100, 500]);
  });

  it('lists the unmet rules most first, without the code’s area', () => {
    expect(reasonRows({ 'subsidy.grade_below': 3, 'subsidy.dishonest': 5, 'subsidy.not_rated': 3 })).toEqual([
      { reason: 'dishonest', loans: 5 },
      { reason: 'grade_below', loans: 3 },
      { reason: 'not_rated', loans: 3 },
    ]);
  });
});

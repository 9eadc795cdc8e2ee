import { describe, expect, it } from 'vitest';
import { assessCompleteness, COMPLETENESS_CHECKS } from './completeness.ts';
import { makeFullStatement, makePeopleMonth, makeProfile } from './fixtures.ts';
import type { EnterpriseProfile } from './types.ts';

const TODAY = '2025-06-30';
const ALL_DECLARED = { ip: TODAY, qualifications: TODAY, equityRounds: TODAY, loans: TODAY };
/** The fixture with its empty lists declared empty: nothing is missing. */
const complete = (overrides: Partial<EnterpriseProfile> = {}) => makeProfile({ declaredNone: ALL_DECLARED, ...overrides });
const scoreOf = (profile: EnterpriseProfile, today = TODAY) => assessCompleteness(profile, today).score;

describe('assessCompleteness', () => {
  it('weighs 100 points: registration 18, financials 38, people 14, IP 10, qualifications 6, tax 8, financing 6', () => {
    const bySection: Record<string, number> = {};
    for (const check of COMPLETENESS_CHECKS) bySection[check.section] = (bySection[check.section] ?? 0) + check.points;
    expect(bySection).toEqual({ registration: 18, financials: 38, people: 14, ip: 10, qualifications: 6, compliance: 8, financing: 6 });
  });

  it('scores a complete profile 100', () => {
    expect(assessCompleteness(complete(), TODAY)).toEqual({ score: 100, missing: [] });
  });

  it('lists empty, undeclared lists as missing, most valuable first', () => {
    const result = assessCompleteness(makeProfile(), TODAY);
    expect(result.score).toBe(88);
    expect(result.missing).toEqual([
      { section: 'qualifications', item: 'qualifications', points: 6, messageZh: '未填写资质认定（如无请声明）', messageEn: 'No qualifications recorded (declare none if there are none)' },
      { section: 'financing', item: 'equityRounds', points: 3, messageZh: '未填写股权融资（如无请声明）', messageEn: 'No equity rounds recorded (declare none if there are none)' },
      { section: 'financing', item: 'loans', points: 3, messageZh: '未填写现有贷款（如无请声明）', messageEn: 'No existing loans recorded (declare none if there are none)' },
    ]);
  });

  it.each([
    // [what changes, score]
    ['no 2024 statement: the statement and its 20 points of figures', { financials: [makeFullStatement(2022), makeFullStatement(2023)] }, 70],
    ['no 2023 statement', { financials: [makeFullStatement(2022), makeFullStatement(2024)] }, 92],
    ['no statements at all', { financials: [] }, 62], // 10 + 20 + 8
    ['2024 revenue missing (a key figure)', { financials: [makeFullStatement(2023), makeFullStatement(2024, { revenueFen: null })] }, 98],
    ['2024 cash missing (another figure)', { financials: [makeFullStatement(2023), makeFullStatement(2024, { cashFen: null })] }, 99],
    ['headcount only from February', { people: [makePeopleMonth('2025-02')] }, 86], // 10 + 4
    ['no S&T or R&D staff in the month', { people: [makePeopleMonth('2025-05', { stStaff: null, rdStaff: null })] }, 97],
    ['no IP and none declared', { ip: [], declaredNone: { ...ALL_DECLARED, ip: undefined } }, 90],
    ['no IP, declared none', { ip: [] }, 100],
    ['tax grade for 2023 only', { taxGrades: [{ year: 2023, grade: 'A' as const }] }, 92],
  ])('%s → %i', (_label, overrides, score) => {
    expect(scoreOf(complete(overrides as Partial<EnterpriseProfile>))).toBe(score);
  });

  it.each([
    ['industryCode', 'X999', 96],
    ['regionCode', '999999', 98],
    ['address', ' ', 98],
    ['registeredCapitalFen', 0n, 98],
    ['employees', 0, 98],
  ])('registration %s = %o → %i', (field, value, score) => {
    const profile = complete();
    expect(scoreOf({ ...profile, registration: { ...profile.registration, [field]: value } })).toBe(score);
  });

  it('allows the filing season: before June last year’s statement, before May last year’s tax grade', () => {
    const profile = complete({ financials: [makeFullStatement(2022), makeFullStatement(2023)], taxGrades: [{ year: 2023, grade: 'B' }], people: [makePeopleMonth('2025-02')] });
    expect(scoreOf(profile, '2025-03-31')).toBe(100);
    expect(scoreOf(profile, '2025-06-01')).toBe(48); // −30 statement and figures, −8 tax grade, −14 headcount older than 3 months
  });

  it('asks a young firm only for what it could have', () => {
    const young = complete({ financials: [], taxGrades: [] });
    const founded = (foundedOn: string) => ({ ...young, registration: { ...young.registration, foundedOn } });
    expect(scoreOf(founded('2025-02-01'))).toBe(100); // nothing for 2024 or 2023 yet
    expect(scoreOf(founded('2024-11-15'))).toBe(92); // no statement due for 2024, but a 2024 tax grade (M) is
    expect(scoreOf(founded('2024-05-01'))).toBe(62); // 2024 statement and tax grade missing; none due for 2023
    expect(assessCompleteness(founded('2024-05-01'), TODAY).missing.map((m) => m.item)).toEqual(['latest', 'taxGrade']);
  });

  it('names the year and the figure that is missing', () => {
    const result = assessCompleteness(complete({ financials: [makeFullStatement(2023), makeFullStatement(2024, { rdExpenseFen: null })] }), TODAY);
    expect(result.missing).toEqual([
      { section: 'financials', item: 'latest.rdExpenseFen', points: 2, messageZh: '2024年度报表缺少研发费用', messageEn: 'R&D expense is missing from the 2024 statement' },
    ]);
  });
});

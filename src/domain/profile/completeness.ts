// How complete a profile is, 0–100, and what is missing, most valuable first. Weights favour
// what ratings and the national criteria read: the latest statement and its key figures.
//
//   registration 18 · financials 38 · people 14 · IP 10 · qualifications 6 · tax grade 8 · financing 6
import { addMonths, monthOf, yearOf } from './dates.ts';
import { FINANCIAL_FIELD_NAMES } from './financial-fields.ts';
import {
  FINANCIAL_FIELDS,
  type DataCategory,
  type DeclarableSection,
  type EnterpriseProfile,
  type FinancialField,
  type FinancialStatement,
  type PeopleMonth,
} from './types.ts';
import { isValidIndustryCode, isValidRegionCode } from '../codes/index.ts';

export interface MissingItem {
  section: DataCategory;
  item: string;
  /** Points this item would add to the score. */
  points: number;
  messageZh: string;
  messageEn: string;
}

export interface Completeness {
  score: number; // integer 0..100
  missing: MissingItem[];
}

/** Last year's statement is due with the annual tax filing (31 May); before June the year before counts. */
const STATEMENT_DUE = '06-01';
/** Tax credit grades for a year are published in April of the next. */
const TAX_GRADE_DUE = '05-01';
const RECENT_PEOPLE_MONTHS = 3;
/** A firm founded in the last quarter of a year files its first full statement for the next. */
const FIRST_STATEMENT_FOUNDED_BEFORE = '10-01';

/** Whether a firm founded on `foundedOn` is expected to have a statement for `year`. */
export function isStatementExpected(foundedOn: string, year: number): boolean {
  return foundedOn < `${year}-${FIRST_STATEMENT_FOUNDED_BEFORE}`;
}

interface Context {
  profile: EnterpriseProfile;
  today: string;
  statementYear: number; // the latest year a statement is expected for
  latest: FinancialStatement | undefined;
  previous: FinancialStatement | undefined;
  previousYear: number;
  people: PeopleMonth | undefined;
}

function contextOf(profile: EnterpriseProfile, today: string): Context {
  const year = yearOf(today);
  const statementYear = today.slice(5) >= STATEMENT_DUE ? year - 1 : year - 2;
  const latest = profile.financials
    .filter((s) => s.year >= statementYear && s.year < year)
    .sort((a, b) => b.year - a.year)[0];
  const previousYear = (latest?.year ?? statementYear) - 1;
  const from = addMonths(monthOf(today), -RECENT_PEOPLE_MONTHS);
  const people = profile.people
    .filter((p) => p.month >= from && p.month <= monthOf(today) && p.employees !== null)
    .sort((a, b) => (a.month < b.month ? 1 : -1))[0];
  const previous = profile.financials.find((s) => s.year === previousYear);
  return { profile, today, statementYear, latest, previous, previousYear, people };
}

/** Items a firm too young to have them gets for free. */
const expected = (c: Context, year: number) => isStatementExpected(c.profile.registration.foundedOn, year);

type Outcome = 'ok' | 'missing' | 'skip'; // skip: counted as missing, but a broader item already says so
interface Check {
  section: DataCategory;
  item: string;
  points: number;
  test(ctx: Context): Outcome | boolean;
  zh(ctx: Context): string;
  en(ctx: Context): string;
}

const filled = (text: string) => text.trim() !== '';
const registration = (item: string, points: number, zh: string, en: string, test: (ctx: Context) => boolean): Check =>
  ({ section: 'registration', item, points, test, zh: () => zh, en: () => en });

const REGISTRATION_CHECKS: Check[] = [
  registration('name', 2, '缺少企业名称', 'Enterprise name is missing', (c) => filled(c.profile.registration.name)),
  registration('legalRepresentative', 2, '缺少法定代表人', 'Legal representative is missing', (c) => filled(c.profile.registration.legalRepresentative)),
  registration('foundedOn', 2, '缺少成立日期', 'Founding date is missing', (c) => filled(c.profile.registration.foundedOn)),
  registration('registeredCapitalFen', 2, '缺少注册资本', 'Registered capital is missing', (c) => c.profile.registration.registeredCapitalFen > 0n),
  registration('regionCode', 2, '注册地区划代码缺失或无效', 'Region code is missing or unknown', (c) => isValidRegionCode(c.profile.registration.regionCode)),
  registration('industryCode', 4, '行业代码缺失或无效', 'Industry code is missing or unknown', (c) => isValidIndustryCode(c.profile.registration.industryCode)),
  registration('address', 2, '缺少注册地址', 'Registered address is missing', (c) => filled(c.profile.registration.address)),
  registration('employees', 2, '缺少职工人数', 'Employee count is missing', (c) => c.profile.registration.employees > 0),
];

/** Figures ratings and criteria read most earn 2 points each; the other eight 1 each. */
const KEY_FIGURES: ReadonlySet<FinancialField> = new Set([
  'revenueFen', 'netProfitFen', 'totalAssetsFen', 'totalLiabilitiesFen', 'rdExpenseFen', 'taxPaidFen',
]);

function figureCheck(field: FinancialField): Check {
  const { zh, en } = FINANCIAL_FIELD_NAMES[field];
  return {
    section: 'financials',
    item: `latest.${field}`,
    points: KEY_FIGURES.has(field) ? 2 : 1,
    test: (c) => (c.latest === undefined ? (expected(c, c.statementYear) ? 'skip' : 'ok') : c.latest[field] !== null),
    zh: (c) => `${c.latest?.year}年度报表缺少${zh}`,
    en: (c) => `${en} is missing from the ${c.latest?.year} statement`,
  };
}

const FINANCIAL_CHECKS: Check[] = [
  {
    section: 'financials', item: 'latest', points: 10, test: (c) => c.latest !== undefined || !expected(c, c.statementYear),
    zh: (c) => `缺少${c.statementYear}年度财务报表`, en: (c) => `No financial statement for ${c.statementYear}`,
  },
  ...FINANCIAL_FIELDS.map(figureCheck),
  {
    section: 'financials', item: 'previous', points: 8, test: (c) => c.previous !== undefined || !expected(c, c.previousYear),
    zh: (c) => `缺少${c.previousYear}年度财务报表`, en: (c) => `No financial statement for ${c.previousYear}`,
  },
];

function staffFieldCheck(field: 'stStaff' | 'rdStaff' | 'socialInsuranceHeadcount', points: number, zh: string, en: string): Check {
  return {
    section: 'people',
    item: `recent.${field}`,
    points,
    test: (c) => (c.people === undefined ? 'skip' : c.people[field] !== null),
    zh: (c) => `${c.people?.month}缺少${zh}`,
    en: (c) => `${c.people?.month} has no ${en}`,
  };
}

const PEOPLE_CHECKS: Check[] = [
  {
    section: 'people', item: 'recent', points: 10, test: (c) => c.people !== undefined,
    zh: () => `近${RECENT_PEOPLE_MONTHS}个月无人员数据`, en: () => `No headcount in the last ${RECENT_PEOPLE_MONTHS} months`,
  },
  staffFieldCheck('stStaff', 2, '科技人员数', 'S&T staff'),
  staffFieldCheck('rdStaff', 1, '研发人员数', 'R&D staff'),
  staffFieldCheck('socialInsuranceHeadcount', 1, '社保缴纳人数', 'social-insurance headcount'),
];

/** A list counts when it has entries or the enterprise has declared it empty. */
function listCheck(section: DataCategory, item: DeclarableSection, points: number, zh: string, en: string): Check {
  return {
    section,
    item,
    points,
    test: (c) => c.profile[item].length > 0 || c.profile.declaredNone?.[item] !== undefined,
    zh: () => `未填写${zh}（如无请声明）`,
    en: () => `No ${en} recorded (declare none if there are none)`,
  };
}

const taxGradeYear = (c: Context) => yearOf(c.today) - (c.today.slice(5) >= TAX_GRADE_DUE ? 1 : 2);

const OTHER_CHECKS: Check[] = [
  listCheck('ip', 'ip', 10, '知识产权', 'IP'),
  listCheck('qualifications', 'qualifications', 6, '资质认定', 'qualifications'),
  {
    section: 'compliance', item: 'taxGrade', points: 8,
    // A firm founded after the graded year has no grade to show.
    test: (c) => c.profile.taxGrades.some((g) => g.year >= taxGradeYear(c)) || c.profile.registration.foundedOn > `${taxGradeYear(c)}-12-31`,
    zh: (c) => `缺少${taxGradeYear(c)}年度纳税信用等级`, en: (c) => `No tax credit grade for ${taxGradeYear(c)}`,
  },
  listCheck('financing', 'equityRounds', 3, '股权融资', 'equity rounds'),
  listCheck('financing', 'loans', 3, '现有贷款', 'existing loans'),
];

export const COMPLETENESS_CHECKS: readonly Check[] = [...REGISTRATION_CHECKS, ...FINANCIAL_CHECKS, ...PEOPLE_CHECKS, ...OTHER_CHECKS];

export function assessCompleteness(profile: EnterpriseProfile, today: string): Completeness {
  const ctx = contextOf(profile, today);
  let score = 0;
  const missing: MissingItem[] = [];
  for (const check of COMPLETENESS_CHECKS) {
    const outcome = check.test(ctx);
    if (outcome === true || outcome === 'ok') score += check.points;
    else if (outcome !== 'skip') {
      const { section, item, points } = check;
      missing.push({ section, item, points, messageZh: check.zh(ctx), messageEn: check.en(ctx) });
    }
  }
  missing.sort((a, b) => b.points - a.points);
  return { score, missing };
}

// Tax grades, compliance events, equity rounds and loans of a demo firm: good firms have A grades,
// few cases and venture money; weak ones collect C grades, penalties and overdue loans.
import { addYears, yearOf } from '../profile/dates.ts';
import { toIsoDate } from './dates.ts';
import type { ComplianceEvent, ComplianceEventKind, EquityRound, ExistingLoan, TaxGrade, TaxGradeYear } from '../profile/types.ts';
import { INSTITUTION_SPECS } from './institution-data.ts';
import { clamp, poisson } from './draws.ts';
import type { DemoTraits } from './profile-traits.ts';
import type { Random } from './random.ts';

/** Grades for a year are published in April of the next. */
const TAX_GRADE_PUBLISHED = '05-01';
const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = { '31': '沪', '37': '鲁' };
/** Whole 万元 (¥10,000), at least one: amounts people report are round. */
const wanRound = (yuan: number): bigint => BigInt(Math.max(1, Math.round(yuan / 10_000))) * 1_000_000n;

export function makeTaxGrades(rng: Random, t: DemoTraits): TaxGradeYear[] {
  const founded = yearOf(t.enterprise.foundedOn);
  const lastPublished = t.todayYear - (t.today.slice(5) >= TAX_GRADE_PUBLISHED ? 1 : 2);
  const skipLatest = rng.chance(0.3 * (1 - t.diligence));
  const grades: TaxGradeYear[] = [];
  for (let year = Math.max(founded, t.todayYear - 3); year <= lastPublished - (skipLatest ? 1 : 0); year++) {
    const score = t.quality + rng.normal(0, 0.15) - (t.declining ? 0.1 : 0);
    // M is the grade of a firm in its first year (新设立企业).
    const grade: TaxGrade = year === founded ? 'M' : score >= 0.42 ? 'A' : score >= 0.08 ? 'B' : score >= -0.1 ? 'C' : 'D';
    grades.push({ year, grade });
  }
  return grades;
}

const EVENT_TEXT: Readonly<Record<ComplianceEventKind, readonly string[]>> = {
  legal_case: ['买卖合同纠纷', '技术服务合同纠纷', '劳动争议', '房屋租赁合同纠纷', '知识产权侵权纠纷'],
  administrative_penalty: ['未按规定公示年度报告信息', '发布违法广告', '消防安全违规', '污染物排放超标', '产品质量抽检不合格'],
  abnormal_operation: ['未按规定期限公示年度报告', '通过登记的住所无法联系'],
  serious_dishonesty: ['拒不履行法院生效判决', '骗取财政补贴资金'],
};

function referenceOf(rng: Random, t: DemoTraits, kind: ComplianceEventKind, year: number): string {
  const region = t.enterprise.regionCode;
  const abbr = PROVINCE_ABBREVIATIONS[region.slice(0, 2)] ?? '沪';
  const n = rng.int(100, 29_999);
  if (kind === 'legal_case') return `（${year}）${abbr}${region.slice(2)}民初${n}号`;
  return `${abbr}市监${kind === 'administrative_penalty' ? '罚' : '异'}〔${year}〕${n}号`;
}

/** Claims centre on ¥300k (log-normal); fines are ¥5k–200k; listings carry no amount. */
function amountOf(rng: Random, kind: ComplianceEventKind): bigint | null {
  if (kind === 'legal_case') return wanRound(Math.exp(rng.normal(Math.log(300_000), 1)));
  return kind === 'administrative_penalty' ? wanRound(rng.float(5_000, 200_000)) : null;
}

/** Rare, and commoner the weaker the firm; looked at over the last five years. */
export function makeComplianceEvents(rng: Random, t: DemoTraits): ComplianceEvent[] {
  const today = t.todayDay;
  const from = Math.max(t.foundedDay, today - 5 * 365);
  const years = (today - from) / 365;
  const weakness = 1 - t.quality;
  const rates: readonly (readonly [ComplianceEventKind, number])[] = [
    ['legal_case', 0.5 * weakness * (t.enterprise.employees / 50) ** 0.3],
    ['administrative_penalty', 0.25 * weakness ** 1.5],
    ['abnormal_operation', 0.15 * weakness ** 3],
  ];
  const events: ComplianceEvent[] = [];
  const references = new Set<string>();
  for (const [kind, rate] of rates) {
    const count = Math.min(6, poisson(rng, (rate * years) / 5));
    for (let i = 0; i < count; i++) {
      const occurred = rng.int(from, today);
      const reference = referenceOf(rng, t, kind, yearOf(toIsoDate(occurred)));
      if (references.has(reference)) continue;
      references.add(reference);
      const resolved = occurred + rng.int(30, kind === 'legal_case' ? 540 : 240);
      const staysOpen = kind === 'abnormal_operation' && rng.chance(0.3 * weakness);
      events.push({
        kind,
        reference,
        occurredOn: toIsoDate(occurred),
        resolvedOn: staysOpen || resolved > today ? null : toIsoDate(resolved),
        amountFen: amountOf(rng, kind),
        description: rng.pick(EVENT_TEXT[kind]),
      });
    }
  }
  return events;
}

const ROUNDS: readonly (readonly [name: string, low: number, high: number])[] = [
  ['天使轮', 3_000_000, 10_000_000],
  ['A轮', 20_000_000, 80_000_000],
  ['B轮', 60_000_000, 250_000_000],
  ['C轮', 150_000_000, 600_000_000],
  ['D轮', 300_000_000, 1_200_000_000],
];
const MAX_ROUNDS: Readonly<Record<DemoTraits['stage'], number>> = { startup: 2, growth: 4, mature: 5 };
const VENTURE_NAMES = INSTITUTION_SPECS.filter((s) => s.type === 'vc_fund' || s.type === 'guidance_fund').map((s) => s.name);
const ANGEL_NAMES = INSTITUTION_SPECS.filter((s) => s.type === 'angel_fund').map((s) => s.name);

function investorsOf(rng: Random, round: number): string[] {
  const pool = round === 0 ? [...ANGEL_NAMES, ...VENTURE_NAMES.slice(0, 2)] : VENTURE_NAMES;
  const chosen = new Set<string>();
  const wanted = rng.int(1, round === 0 ? 2 : 3);
  while (chosen.size < Math.min(wanted, pool.length)) chosen.add(rng.pick(pool));
  return [...chosen];
}

export function makeEquityRounds(rng: Random, t: DemoTraits): EquityRound[] {
  if (!t.ventureBacked) return [];
  const today = t.todayDay;
  const rounds: EquityRound[] = [];
  let day = t.foundedDay + Math.round(rng.float(0.3, 1.5) * 365);
  for (let i = 0; i < MAX_ROUNDS[t.stage] && day <= today; i++) {
    const [round, low, high] = ROUNDS[i]!;
    const amount = rng.float(low, high) * (0.6 + 0.8 * t.quality);
    rounds.push({ closedOn: toIsoDate(day), round, amountFen: wanRound(amount), investors: investorsOf(rng, i) });
    if (!rng.chance(0.5 + 0.35 * t.quality)) break;
    day += Math.round(rng.float(1, 2.5) * 365);
  }
  return rounds;
}

const LENDERS = INSTITUTION_SPECS.filter((s) => s.type === 'bank' || s.type === 'small_loan').map((s) => s.name);

/** Working-capital loans sized to revenue; overdue ones belong to weak firms. */
export function makeLoans(rng: Random, t: DemoTraits, latestRevenueYuan: number | null): ExistingLoan[] {
  if (latestRevenueYuan === null || latestRevenueYuan < 3_000_000 || !rng.chance(0.3 + 0.25 * t.quality)) return [];
  const today = t.todayDay;
  const earliest = Math.max(t.foundedDay, today - 3 * 365);
  const loans: ExistingLoan[] = [];
  const keys = new Set<string>();
  for (let i = rng.int(1, 3); i > 0; i--) {
    const lender = rng.pick(LENDERS);
    const startedOn = toIsoDate(rng.int(earliest, today));
    if (keys.has(lender + startedOn)) continue;
    keys.add(lender + startedOn);
    const maturesOn = addYears(startedOn, rng.weighted([[1, 7], [2, 2], [3, 1]] as const));
    const weakness = 1 - t.quality;
    const overdue = rng.chance(maturesOn <= t.today ? 0.15 * weakness ** 2 : 0.05 * weakness);
    loans.push({
      lender,
      amountFen: wanRound(clamp(latestRevenueYuan * rng.float(0.05, 0.2), 500_000, 50_000_000)),
      startedOn,
      maturesOn,
      status: overdue ? 'overdue' : maturesOn <= t.today ? 'repaid' : 'current',
    });
  }
  return loans;
}

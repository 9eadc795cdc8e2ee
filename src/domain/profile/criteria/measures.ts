// The named figures rules compare against, computed from a profile as of a date. A measure
// that cannot be computed says what is missing instead of throwing.
//
// Money measures are in yuan as plain numbers: Number(fen) / 100 is correctly rounded, so
// against whole-yuan thresholds (¥200,000,000) comparisons come out exactly as in fen.
import { addMonths, calendarYearsBetween, monthOf, yearOf } from '../dates.ts';
import { ipClassOf, isIpInForce } from '../ip.ts';
import { fenToYuan } from '../money.ts';
import { ratioOf } from '../ratios.ts';
import type { CriteriaFigure } from '../../../../shared/profile.ts';
import type { EnterpriseProfile, Fen, FinancialStatement, PeopleMonth, QualificationKind } from '../types.ts';
import { MEASURE_NAMES, type MeasureName, type MeasureUnit, type MissingReason } from './types.ts';

export interface MeasureValue {
  value: number | string | null;
  /** Why value is null: what data is missing or unusable (English). */
  missing?: string;
  /** The same as a code with parameters, for the reader's language. */
  reason?: MissingReason;
}

/** What every measure needs, worked out once per evaluation. */
export interface MeasureContext {
  profile: EnterpriseProfile;
  today: string;
  /** Latest completed fiscal year, no older than two years before today's year. */
  latest: FinancialStatement | null;
  /** Statements of the three years ending with `latest`, oldest first. */
  recent: FinancialStatement[];
  /** Latest headcount in the twelve months up to today. */
  people: PeopleMonth | null;
  /** Filled on first use. */
  ipInForce?: { I: number; II: number };
}

export function buildMeasureContext(profile: EnterpriseProfile, today: string): MeasureContext {
  const year = yearOf(today);
  const completed = profile.financials
    .filter((s) => s.year <= year - 1 && s.year >= year - 2)
    .sort((a, b) => b.year - a.year);
  const latest = completed[0] ?? null;
  const recent = latest
    ? profile.financials.filter((s) => s.year <= latest.year && s.year > latest.year - 3).sort((a, b) => a.year - b.year)
    : [];
  const thisMonth = monthOf(today);
  const earliest = addMonths(thisMonth, -12);
  const people =
    profile.people
      .filter((p) => p.month <= thisMonth && p.month >= earliest)
      .sort((a, b) => (a.month < b.month ? 1 : -1))[0] ?? null;
  return { profile, today, latest, recent, people };
}

const missing = (what: string, code: MissingReason['code'], params: MissingReason['params'] = {}): MeasureValue => ({ value: null, missing: what, reason: { code, params } });
const known = (value: number | string): MeasureValue => ({ value });

function noStatement(ctx: MeasureContext): MeasureValue {
  const year = yearOf(ctx.today);
  return missing(`no financial statement for ${year - 1} or ${year - 2}`, 'no_statement', { years: [year - 1, year - 2] });
}

/** A figure of the latest statement, in yuan. */
function latestYuan(ctx: MeasureContext, field: 'revenueFen' | 'totalAssetsFen', label: string, figure: CriteriaFigure): MeasureValue {
  if (!ctx.latest) return noStatement(ctx);
  const fen = ctx.latest[field];
  return fen === null ? missing(`${label} missing in the ${ctx.latest.year} statement`, 'figure_missing', { figure, year: ctx.latest.year }) : known(fenToYuan(fen));
}

type Pick = (s: FinancialStatement) => Fen | null;

/** a / b on the latest statement, naming the ratio when an input is missing. */
function latestRatio(ctx: MeasureContext, pickA: Pick, pickB: Pick, what: string, measure: MeasureName): MeasureValue {
  if (!ctx.latest) return noStatement(ctx);
  const value = ratioOf(pickA(ctx.latest), pickB(ctx.latest));
  return value === null ? missing(`${what} cannot be computed from the ${ctx.latest.year} statement`, 'ratio_uncomputable', { measure, year: ctx.latest.year }) : known(value);
}

function sumOver(statements: FinancialStatement[], pick: Pick): Fen | null {
  let total = 0n;
  for (const statement of statements) {
    const value = pick(statement);
    if (value === null) return null;
    total += value;
  }
  return total;
}

function recentRatio(ctx: MeasureContext, pickA: Pick, pickB: Pick, what: string, measure: MeasureName): MeasureValue {
  if (!ctx.latest) return noStatement(ctx);
  const years = ctx.recent.map((s) => s.year);
  const value = ratioOf(sumOver(ctx.recent, pickA), sumOver(ctx.recent, pickB));
  return value === null ? missing(`${what} cannot be computed: a figure is missing in ${years.join(', ')}`, 'ratio_uncomputable_years', { measure, years }) : known(value);
}

function staffShare(ctx: MeasureContext, field: 'stStaff' | 'rdStaff', label: string): MeasureValue {
  const p = ctx.people;
  if (!p) return missing(`no headcount in the 12 months to ${monthOf(ctx.today)}`, 'no_headcount', { month: monthOf(ctx.today) });
  if (p[field] === null || p.employees === null || p.employees <= 0) {
    return missing(`${label} or employees missing for ${p.month}`, 'staff_missing', { figure: field === 'stStaff' ? 'st_staff' : 'rd_staff', month: p.month });
  }
  return known(p[field] / p.employees);
}

/** The statements of consecutive years that end with the latest one (input oldest first). */
function consecutiveRun(statements: FinancialStatement[]): FinancialStatement[] {
  let start = statements.length - 1;
  while (start > 0 && statements[start - 1]!.year === statements[start]!.year - 1) start -= 1;
  return statements.slice(Math.max(start, 0));
}

/**
 * HNTE growth formula: with three years a, b, c it is ((b / a) + (c / b)) / 2 − 1; with two,
 * b / a − 1. Every base year must be positive (the guideline scores negative net assets 0).
 */
function averageGrowth(ctx: MeasureContext, pick: Pick, label: string, figure: CriteriaFigure): MeasureValue {
  const series = consecutiveRun(ctx.recent);
  if (series.length < 2) return missing(`${label} growth needs two consecutive years of statements`, 'growth_needs_two_years', { figure });
  const steps: number[] = [];
  for (let i = 1; i < series.length; i++) {
    const step = ratioOf(pick(series[i]!), pick(series[i - 1]!));
    if (step === null) {
      const [from, to] = [series[i - 1]!.year, series[i]!.year];
      return missing(`${label} missing or not positive in ${from} or ${to}`, 'growth_base_missing', { figure, from, to });
    }
    steps.push(step);
  }
  return known(steps.reduce((a, b) => a + b, 0) / steps.length - 1);
}

/** Class-I and Class-II items in force, counted once per context (three measures read them). */
function ipInForce(ctx: MeasureContext): { I: number; II: number } {
  if (ctx.ipInForce === undefined) {
    const counts = { I: 0, II: 0 };
    for (const item of ctx.profile.ip) {
      const ipClass = ipClassOf(item.kind);
      if (ipClass !== null && isIpInForce(item, ctx.today)) counts[ipClass] += 1;
    }
    ctx.ipInForce = counts;
  }
  return ctx.ipInForce;
}

function holdsQualification(ctx: MeasureContext, kind: QualificationKind): MeasureValue {
  const valid = ctx.profile.qualifications.some((q) => q.kind === kind && q.validFrom <= ctx.today && ctx.today <= q.validTo);
  return known(valid ? 1 : 0);
}

const netAssets: Pick = (s) =>
  s.totalAssetsFen === null || s.totalLiabilitiesFen === null ? null : s.totalAssetsFen - s.totalLiabilitiesFen;

/** Total cost and expense, approximated as revenue − operating profit (the statement has no such line). */
const totalCost: Pick = (s) => (s.revenueFen === null || s.operatingProfitFen === null ? null : s.revenueFen - s.operatingProfitFen);

function employeesOf(ctx: MeasureContext): MeasureValue {
  const count = ctx.people?.employees ?? ctx.profile.registration.employees;
  return count > 0 ? known(count) : missing('employee count', 'employee_count_missing');
}

function openAbnormalOperations({ profile, today }: MeasureContext): MeasureValue {
  const open = profile.complianceEvents.filter(
    (e) => e.kind === 'abnormal_operation' && e.occurredOn <= today && (e.resolvedOn === null || e.resolvedOn > today),
  );
  return known(open.length);
}

export interface MeasureDefinition {
  name: MeasureName;
  unit: MeasureUnit;
  description: string;
  compute(ctx: MeasureContext): MeasureValue;
}

type Definition = readonly [unit: MeasureUnit, description: string, compute: (ctx: MeasureContext) => MeasureValue];

/** Keyed by every measure name, so adding a name without a definition does not compile. */
const DEFINITIONS: { readonly [N in MeasureName]: Definition } = {
  employees: ['count', 'Employees in the latest month, else as registered', employeesOf],
  revenue_yuan: ['yuan', 'Revenue of the latest year', (ctx) => latestYuan(ctx, 'revenueFen', 'revenue', 'revenue')],
  total_assets_yuan: ['yuan', 'Total assets at the end of the latest year', (ctx) => latestYuan(ctx, 'totalAssetsFen', 'total assets', 'total_assets')],
  st_staff_share: ['fraction', 'S&T staff / employees, latest month', (ctx) => staffShare(ctx, 'stStaff', 'S&T staff')],
  rd_staff_share: ['fraction', 'R&D staff / employees, latest month', (ctx) => staffShare(ctx, 'rdStaff', 'R&D staff')],
  rd_revenue_ratio: [
    'fraction',
    'R&D expense / revenue, latest year',
    (ctx) => latestRatio(ctx, (s) => s.rdExpenseFen, (s) => s.revenueFen, 'R&D / revenue', 'rd_revenue_ratio'),
  ],
  rd_cost_ratio: [
    'fraction',
    'R&D expense / (revenue − operating profit), latest year',
    (ctx) => latestRatio(ctx, (s) => s.rdExpenseFen, totalCost, 'R&D / total cost (revenue − operating profit)', 'rd_cost_ratio'),
  ],
  rd_revenue_ratio_3y: [
    'fraction',
    'Σ R&D / Σ revenue over up to the last 3 years',
    (ctx) => recentRatio(ctx, (s) => s.rdExpenseFen, (s) => s.revenueFen, '3-year R&D / revenue', 'rd_revenue_ratio_3y'),
  ],
  rd_domestic_share_3y: [
    'fraction',
    'Σ domestic R&D / Σ R&D over up to the last 3 years',
    (ctx) => recentRatio(ctx, (s) => s.rdExpenseDomesticFen, (s) => s.rdExpenseFen, '3-year domestic R&D share', 'rd_domestic_share_3y'),
  ],
  high_tech_revenue_share: [
    'fraction',
    'High-tech product revenue / revenue, latest year',
    (ctx) => latestRatio(ctx, (s) => s.highTechRevenueFen, (s) => s.revenueFen, 'high-tech revenue share', 'high_tech_revenue_share'),
  ],
  class1_ip_count: ['count', 'Class-I IP items in force', (ctx) => known(ipInForce(ctx).I)],
  class2_ip_count: ['count', 'Class-II IP items in force', (ctx) => known(ipInForce(ctx).II)],
  core_ip_count: ['count', 'Class-I and Class-II IP items in force', (ctx) => known(ipInForce(ctx).I + ipInForce(ctx).II)],
  registered_years: ['years', 'Years since founding', (ctx) => known(calendarYearsBetween(ctx.profile.registration.foundedOn, ctx.today))],
  industry_code: ['code', 'GB/T 4754 industry code as registered', (ctx) => known(ctx.profile.registration.industryCode)],
  revenue_growth_avg: [
    'fraction',
    'Average yearly revenue growth over up to 3 years (HNTE formula)',
    (ctx) => averageGrowth(ctx, (s) => s.revenueFen, 'revenue', 'revenue'),
  ],
  net_asset_growth_avg: [
    'fraction',
    'Average yearly net-asset growth over up to 3 years (HNTE formula)',
    (ctx) => averageGrowth(ctx, netAssets, 'net assets', 'net_assets'),
  ],
  open_abnormal_operations: ['count', 'Abnormal-operation listings not resolved today', openAbnormalOperations],
  valid_hnte: ['flag', '1 when an HNTE certificate is valid today', (ctx) => holdsQualification(ctx, 'hnte')],
  valid_rd_platform: [
    'flag',
    '1 when a provincial-or-higher R&D platform is recognised today',
    (ctx) => holdsQualification(ctx, 'provincial_rd_platform'),
  ],
};

export const MEASURES: ReadonlyMap<MeasureName, MeasureDefinition> = new Map(
  MEASURE_NAMES.map((name) => {
    const [unit, description, compute] = DEFINITIONS[name];
    return [name, { name, unit, description, compute }];
  }),
);

export function measureDefinition(name: MeasureName): MeasureDefinition {
  const definition = MEASURES.get(name);
  if (!definition) throw new RangeError(`unknown measure "${name}"`);
  return definition;
}

/** One measure of one profile as of `today`. Evaluating many rules? Build the context once. */
export function measure(profile: EnterpriseProfile, name: MeasureName, today: string): MeasureValue {
  return measureDefinition(name).compute(buildMeasureContext(profile, today));
}

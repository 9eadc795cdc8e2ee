// The named figures rules compare against, computed from a profile as of a date. A measure
// that cannot be computed says what is missing instead of throwing.
//
// Money measures are in yuan as plain numbers: Number(fen) / 100 is correctly rounded, so
// against whole-yuan thresholds (¥200,000,000) comparisons come out exactly as in fen.
import { addMonths, calendarYearsBetween, monthOf, yearOf } from '../dates.ts';
import { ipClassOf, isIpInForce } from '../ip.ts';
import { fenToYuan } from '../money.ts';
import { ratioOf } from '../ratios.ts';
import type { EnterpriseProfile, Fen, FinancialStatement, PeopleMonth, QualificationKind } from '../types.ts';
import type { MeasureName, MeasureUnit } from './types.ts';

export interface MeasureValue {
  value: number | string | null;
  /** Why value is null: what data is missing or unusable. */
  missing?: string;
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

const missing = (what: string): MeasureValue => ({ value: null, missing: what });
const known = (value: number | string): MeasureValue => ({ value });

function noStatement(ctx: MeasureContext): MeasureValue {
  const year = yearOf(ctx.today);
  return missing(`no financial statement for ${year - 1} or ${year - 2}`);
}

/** A figure of the latest statement, in yuan. */
function latestYuan(ctx: MeasureContext, field: 'revenueFen' | 'totalAssetsFen', label: string): MeasureValue {
  if (!ctx.latest) return noStatement(ctx);
  const fen = ctx.latest[field];
  return fen === null ? missing(`${label} missing in the ${ctx.latest.year} statement`) : known(fenToYuan(fen));
}

/** a / b on the latest statement, naming whichever input is missing. */
function latestRatio(ctx: MeasureContext, a: Fen | null | undefined, b: Fen | null | undefined, what: string): MeasureValue {
  if (!ctx.latest) return noStatement(ctx);
  const value = ratioOf(a ?? null, b ?? null);
  return value === null ? missing(`${what} cannot be computed from the ${ctx.latest.year} statement`) : known(value);
}

function sumOver(statements: FinancialStatement[], pick: (s: FinancialStatement) => Fen | null): Fen | null {
  let total = 0n;
  for (const statement of statements) {
    const value = pick(statement);
    if (value === null) return null;
    total += value;
  }
  return total;
}

function recentRatio(ctx: MeasureContext, pickA: (s: FinancialStatement) => Fen | null, pickB: (s: FinancialStatement) => Fen | null, what: string): MeasureValue {
  if (!ctx.latest) return noStatement(ctx);
  const years = ctx.recent.map((s) => s.year).join(', ');
  const value = ratioOf(sumOver(ctx.recent, pickA), sumOver(ctx.recent, pickB));
  return value === null ? missing(`${what} cannot be computed: a figure is missing in ${years}`) : known(value);
}

function staffShare(ctx: MeasureContext, field: 'stStaff' | 'rdStaff', label: string): MeasureValue {
  const p = ctx.people;
  if (!p) return missing(`no headcount in the 12 months to ${monthOf(ctx.today)}`);
  if (p[field] === null || p.employees === null || p.employees <= 0) return missing(`${label} or employees missing for ${p.month}`);
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
function averageGrowth(ctx: MeasureContext, pick: (s: FinancialStatement) => Fen | null, label: string): MeasureValue {
  const series = consecutiveRun(ctx.recent);
  if (series.length < 2) return missing(`${label} growth needs two consecutive years of statements`);
  const steps: number[] = [];
  for (let i = 1; i < series.length; i++) {
    const step = ratioOf(pick(series[i]!), pick(series[i - 1]!));
    if (step === null) return missing(`${label} missing or not positive in ${series[i - 1]!.year} or ${series[i]!.year}`);
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

const netAssets = (s: FinancialStatement): Fen | null =>
  s.totalAssetsFen === null || s.totalLiabilitiesFen === null ? null : s.totalAssetsFen - s.totalLiabilitiesFen;

/** Total cost and expense, approximated as revenue − operating profit (the statement has no such line). */
const totalCost = (s: FinancialStatement): Fen | null =>
  s.revenueFen === null || s.operatingProfitFen === null ? null : s.revenueFen - s.operatingProfitFen;

export interface MeasureDefinition {
  name: MeasureName;
  unit: MeasureUnit;
  description: string;
  compute(ctx: MeasureContext): MeasureValue;
}

const DEFINITIONS: readonly MeasureDefinition[] = [
  { name: 'employees', unit: 'count', description: 'Employees in the latest month, else as registered', compute: (ctx) => {
    const count = ctx.people?.employees ?? ctx.profile.registration.employees;
    return count > 0 ? known(count) : missing('employee count');
  } },
  { name: 'revenue_yuan', unit: 'yuan', description: 'Revenue of the latest year', compute: (ctx) => latestYuan(ctx, 'revenueFen', 'revenue') },
  { name: 'total_assets_yuan', unit: 'yuan', description: 'Total assets at the end of the latest year', compute: (ctx) => latestYuan(ctx, 'totalAssetsFen', 'total assets') },
  { name: 'st_staff_share', unit: 'fraction', description: 'S&T staff / employees, latest month', compute: (ctx) => staffShare(ctx, 'stStaff', 'S&T staff') },
  { name: 'rd_staff_share', unit: 'fraction', description: 'R&D staff / employees, latest month', compute: (ctx) => staffShare(ctx, 'rdStaff', 'R&D staff') },
  { name: 'rd_revenue_ratio', unit: 'fraction', description: 'R&D expense / revenue, latest year', compute: (ctx) => latestRatio(ctx, ctx.latest?.rdExpenseFen, ctx.latest?.revenueFen, 'R&D / revenue') },
  { name: 'rd_cost_ratio', unit: 'fraction', description: 'R&D expense / (revenue − operating profit), latest year', compute: (ctx) => latestRatio(ctx, ctx.latest?.rdExpenseFen, ctx.latest ? totalCost(ctx.latest) : null, 'R&D / total cost (revenue − operating profit)') },
  { name: 'rd_revenue_ratio_3y', unit: 'fraction', description: 'Σ R&D / Σ revenue over up to the last 3 years', compute: (ctx) => recentRatio(ctx, (s) => s.rdExpenseFen, (s) => s.revenueFen, '3-year R&D / revenue') },
  { name: 'rd_domestic_share_3y', unit: 'fraction', description: 'Σ domestic R&D / Σ R&D over up to the last 3 years', compute: (ctx) => recentRatio(ctx, (s) => s.rdExpenseDomesticFen, (s) => s.rdExpenseFen, '3-year domestic R&D share') },
  { name: 'high_tech_revenue_share', unit: 'fraction', description: 'High-tech product revenue / revenue, latest year', compute: (ctx) => latestRatio(ctx, ctx.latest?.highTechRevenueFen, ctx.latest?.revenueFen, 'high-tech revenue share') },
  { name: 'class1_ip_count', unit: 'count', description: 'Class-I IP items in force', compute: (ctx) => known(ipInForce(ctx).I) },
  { name: 'class2_ip_count', unit: 'count', description: 'Class-II IP items in force', compute: (ctx) => known(ipInForce(ctx).II) },
  { name: 'core_ip_count', unit: 'count', description: 'Class-I and Class-II IP items in force', compute: (ctx) => known(ipInForce(ctx).I + ipInForce(ctx).II) },
  { name: 'registered_years', unit: 'years', description: 'Years since founding', compute: (ctx) => known(calendarYearsBetween(ctx.profile.registration.foundedOn, ctx.today)) },
  { name: 'industry_code', unit: 'code', description: 'GB/T 4754 industry code as registered', compute: (ctx) => known(ctx.profile.registration.industryCode) },
  { name: 'revenue_growth_avg', unit: 'fraction', description: 'Average yearly revenue growth over up to 3 years (HNTE formula)', compute: (ctx) => averageGrowth(ctx, (s) => s.revenueFen, 'revenue') },
  { name: 'net_asset_growth_avg', unit: 'fraction', description: 'Average yearly net-asset growth over up to 3 years (HNTE formula)', compute: (ctx) => averageGrowth(ctx, netAssets, 'net assets') },
  { name: 'open_abnormal_operations', unit: 'count', description: 'Abnormal-operation listings not resolved today', compute: (ctx) => known(ctx.profile.complianceEvents.filter((e) => e.kind === 'abnormal_operation' && e.occurredOn <= ctx.today && (e.resolvedOn === null || e.resolvedOn > ctx.today)).length) },
  { name: 'valid_hnte', unit: 'flag', description: '1 when an HNTE certificate is valid today', compute: (ctx) => holdsQualification(ctx, 'hnte') },
  { name: 'valid_rd_platform', unit: 'flag', description: '1 when a provincial-or-higher R&D platform is recognised today', compute: (ctx) => holdsQualification(ctx, 'provincial_rd_platform') },
];

export const MEASURES: ReadonlyMap<MeasureName, MeasureDefinition> = new Map(DEFINITIONS.map((d) => [d.name, d]));

export function measureDefinition(name: MeasureName): MeasureDefinition {
  const definition = MEASURES.get(name);
  if (!definition) throw new RangeError(`unknown measure "${name}"`);
  return definition;
}

/** One measure of one profile as of `today`. Evaluating many rules? Build the context once. */
export function measure(profile: EnterpriseProfile, name: MeasureName, today: string): MeasureValue {
  return measureDefinition(name).compute(buildMeasureContext(profile, today));
}

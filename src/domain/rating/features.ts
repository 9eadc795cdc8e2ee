// The feature catalogue the rating reads: each feature has a definition, a unit and a rule for
// when it cannot be computed. Pure: the profile and "today" in, numbers (or null) out.
import { buildMeasureContext, type MeasureContext } from '../profile/criteria/measures.ts';
import { monthOf, addMonths, calendarYearsBetween } from '../profile/dates.ts';
import { CLASS_I_IP_KINDS, CLASS_II_IP_KINDS, isIpInForce } from '../profile/ip.ts';
import { fenToYuan } from '../profile/money.ts';
import { computeRatios } from '../profile/ratios.ts';
import type { EnterpriseProfile, QualificationKind } from '../profile/types.ts';

export type Dimension = 'innovation' | 'financial' | 'compliance';

export interface FeatureDefinition {
  key: string;
  dimension: Dimension;
  nameZh: string;
  nameEn: string;
  unit: 'yuan' | 'fraction' | 'times' | 'count' | 'years' | 'grade' | 'flag';
  definition: string;
  /** What a missing value means to the model: a sub-score in 0..1 (conservative below 0.5). */
  missingSubScore: number;
  compute(ctx: FeatureContext): number | null;
}

export interface FeatureContext extends MeasureContext {
  ratios: ReturnType<typeof computeRatios> | null;
}

const TAX_GRADE_VALUE: Record<string, number> = { A: 4, B: 3, M: 2, C: 1, D: 0 };

const yearsAgo = (today: string, years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
const ipCount = (ctx: FeatureContext, kinds: readonly string[]) =>
  ctx.profile.ip.filter((i) => kinds.includes(i.kind) && isIpInForce(i, ctx.today)).length;
const holds = (ctx: FeatureContext, kinds: QualificationKind[]) =>
  ctx.profile.qualifications.some((q) => kinds.includes(q.kind) && q.validFrom <= ctx.today && q.validTo >= ctx.today) ? 1 : 0;
const eventsSince = (ctx: FeatureContext, kind: string, years: number) =>
  ctx.profile.complianceEvents.filter((e) => e.kind === kind && e.occurredOn >= yearsAgo(ctx.today, years)).length;
const share = (part: number | null | undefined, whole: number | null | undefined) =>
  part === null || part === undefined || !whole || whole <= 0 ? null : part / whole;

export const FEATURES: readonly FeatureDefinition[] = [
  // Innovation: what banks cannot see on a balance sheet.
  { key: 'rd_intensity', dimension: 'innovation', nameZh: '研发投入强度', nameEn: 'R&D intensity', unit: 'fraction', definition: 'R&D expense / revenue, latest statement', missingSubScore: 0.2, compute: (c) => c.ratios?.rdIntensity ?? null },
  { key: 'rd_staff_share', dimension: 'innovation', nameZh: '研发人员占比', nameEn: 'R&D staff share', unit: 'fraction', definition: 'R&D staff / employees, latest month in the last 12', missingSubScore: 0.2, compute: (c) => share(c.people?.rdStaff, c.people?.employees) },
  { key: 'postgrad_share', dimension: 'innovation', nameZh: '硕博人员占比', nameEn: "Master's/PhD share", unit: 'fraction', definition: "staff with a master's or PhD / employees", missingSubScore: 0.2, compute: (c) => share(c.people?.postgradStaff, c.people?.employees) },
  { key: 'invention_patents', dimension: 'innovation', nameZh: '有效I类知识产权', nameEn: 'Class-I IP in force', unit: 'count', definition: 'granted invention patents, IC layouts, plant varieties, new drugs in force', missingSubScore: 0, compute: (c) => ipCount(c, CLASS_I_IP_KINDS) },
  { key: 'class2_ip', dimension: 'innovation', nameZh: '有效II类知识产权', nameEn: 'Class-II IP in force', unit: 'count', definition: 'granted utility models, designs, software copyrights in force', missingSubScore: 0, compute: (c) => ipCount(c, CLASS_II_IP_KINDS) },
  {
    key: 'new_inventions', dimension: 'innovation', nameZh: '近两年新授权发明专利', nameEn: 'Inventions granted in 2 years', unit: 'count', definition: 'invention patents granted in the last 24 months', missingSubScore: 0,
    compute: (c) => c.profile.ip.filter((i) => i.kind === 'invention_patent' && i.grantedOn !== null && i.grantedOn >= yearsAgo(c.today, 2)).length,
  },
  { key: 'hnte', dimension: 'innovation', nameZh: '高新技术企业', nameEn: 'High-tech enterprise', unit: 'flag', definition: 'holds a valid HNTE certificate', missingSubScore: 0, compute: (c) => holds(c, ['hnte']) },
  { key: 'specialised', dimension: 'innovation', nameZh: '专精特新', nameEn: 'Specialised SME', unit: 'flag', definition: 'holds a valid 专精特新 or little-giant qualification', missingSubScore: 0, compute: (c) => holds(c, ['specialized_sme', 'little_giant']) },
  { key: 'rd_platform', dimension: 'innovation', nameZh: '省级以上研发平台', nameEn: 'Provincial R&D platform', unit: 'flag', definition: 'runs a provincial-or-higher R&D platform', missingSubScore: 0, compute: (c) => holds(c, ['provincial_rd_platform']) },
  {
    key: 'equity_raised', dimension: 'innovation', nameZh: '近三年股权融资', nameEn: 'Equity raised in 3 years', unit: 'yuan', definition: 'sum of equity rounds closed in the last 36 months', missingSubScore: 0,
    compute: (c) => fenToYuan(c.profile.equityRounds.filter((r) => r.closedOn >= yearsAgo(c.today, 3)).reduce((s, r) => s + r.amountFen, 0n)),
  },
  // Financial: scale, growth, profitability, leverage, liquidity.
  { key: 'revenue', dimension: 'financial', nameZh: '营业收入', nameEn: 'Revenue', unit: 'yuan', definition: 'revenue of the latest statement', missingSubScore: 0.1, compute: (c) => (c.latest?.revenueFen != null ? fenToYuan(c.latest.revenueFen) : null) },
  { key: 'revenue_growth', dimension: 'financial', nameZh: '营收增长率', nameEn: 'Revenue growth', unit: 'fraction', definition: 'revenue growth against the year before', missingSubScore: 0.35, compute: (c) => c.ratios?.revenueGrowth ?? null },
  { key: 'net_margin', dimension: 'financial', nameZh: '净利润率', nameEn: 'Net margin', unit: 'fraction', definition: 'net profit / revenue', missingSubScore: 0.3, compute: (c) => c.ratios?.netMargin ?? null },
  { key: 'debt_to_assets', dimension: 'financial', nameZh: '资产负债率', nameEn: 'Debt to assets', unit: 'fraction', definition: 'total liabilities / total assets', missingSubScore: 0.3, compute: (c) => c.ratios?.debtToAssets ?? null },
  { key: 'current_ratio', dimension: 'financial', nameZh: '流动比率', nameEn: 'Current ratio', unit: 'times', definition: 'current assets / current liabilities', missingSubScore: 0.3, compute: (c) => c.ratios?.currentRatio ?? null },
  {
    key: 'cash_flow_margin', dimension: 'financial', nameZh: '经营现金流/收入', nameEn: 'Operating cash flow margin', unit: 'fraction', definition: 'operating cash flow / revenue', missingSubScore: 0.3,
    compute: (c) => (c.latest && c.latest.operatingCashFlowFen !== null && c.latest.revenueFen && c.latest.revenueFen > 0n ? Number(c.latest.operatingCashFlowFen) / Number(c.latest.revenueFen) : null),
  },
  // Compliance: tax record, courts, regulators, and whether the workforce is holding up.
  { key: 'tax_grade', dimension: 'compliance', nameZh: '纳税信用等级', nameEn: 'Tax credit grade', unit: 'grade', definition: 'latest tax grade, A=4, B=3, M=2, C=1, D=0', missingSubScore: 0.4, compute: (c) => { const g = [...c.profile.taxGrades].sort((a, b) => b.year - a.year)[0]; return g ? TAX_GRADE_VALUE[g.grade]! : null; } },
  { key: 'legal_cases', dimension: 'compliance', nameZh: '近三年涉诉', nameEn: 'Legal cases in 3 years', unit: 'count', definition: 'legal cases in the last 36 months', missingSubScore: 1, compute: (c) => eventsSince(c, 'legal_case', 3) },
  { key: 'penalties', dimension: 'compliance', nameZh: '近三年行政处罚', nameEn: 'Penalties in 3 years', unit: 'count', definition: 'administrative penalties in the last 36 months', missingSubScore: 1, compute: (c) => eventsSince(c, 'administrative_penalty', 3) },
  {
    key: 'abnormal_listing', dimension: 'compliance', nameZh: '经营异常名录', nameEn: 'Abnormal-operation listing', unit: 'flag', definition: 'currently on the abnormal-operation list', missingSubScore: 1,
    compute: (c) => (c.profile.complianceEvents.some((e) => e.kind === 'abnormal_operation' && e.resolvedOn === null) ? 1 : 0),
  },
  { key: 'overdue_loans', dimension: 'compliance', nameZh: '逾期贷款', nameEn: 'Overdue loans', unit: 'count', definition: 'existing loans reported overdue', missingSubScore: 1, compute: (c) => c.profile.loans.filter((l) => l.status === 'overdue').length },
  {
    key: 'headcount_trend', dimension: 'compliance', nameZh: '社保人数变化', nameEn: 'Insured headcount trend', unit: 'fraction', definition: 'change of social-insurance headcount over the last 6 months', missingSubScore: 0.4,
    compute: (c) => {
      const now = monthOf(c.today);
      const months = c.profile.people.filter((p) => p.socialInsuranceHeadcount !== null && p.month <= now).sort((a, b) => (a.month < b.month ? 1 : -1));
      const latest = months[0];
      const earlier = latest && months.find((p) => p.month <= addMonths(latest.month, -6));
      return latest && earlier && earlier.socialInsuranceHeadcount! > 0 ? latest.socialInsuranceHeadcount! / earlier.socialInsuranceHeadcount! - 1 : null;
    },
  },
];

export const ageInYears = (profile: EnterpriseProfile, today: string) => calendarYearsBetween(profile.registration.foundedOn, today);

export function featureContext(profile: EnterpriseProfile, today: string): FeatureContext {
  const ctx = buildMeasureContext(profile, today);
  const previous = ctx.latest ? profile.financials.find((s) => s.year === ctx.latest!.year - 1) : undefined;
  return { ...ctx, ratios: ctx.latest ? computeRatios(ctx.latest, previous) : null };
}

/** Every feature's value; null where it cannot be computed. */
export function computeFeatures(profile: EnterpriseProfile, today: string): Record<string, number | null> {
  const ctx = featureContext(profile, today);
  return Object.fromEntries(FEATURES.map((f) => [f.key, f.compute(ctx)]));
}

// The STAR Market (科创板) readiness rules as data: the science-and-technology attributes and the
// listing standards, versioned like the criteria rule sets. Plain JSON (money as integer fen
// numbers, ratios as decimal strings) so a version can be stored, loaded and compared exactly.

/** A decimal such as "0.05": parsed to an exact fraction, never a float. */
export type DecimalText = string;

/** Thresholds of the attributes (科创属性评价指引, 2024 revision). */
export interface StarAttributeRules {
  /** How many fiscal years "the last years" are. */
  years: number;
  /** R&D over the years as a share of revenue over the same years, or … */
  rdShareOfRevenue: DecimalText;
  /** … R&D over the years in total. */
  rdTotalFen: number;
  /** R&D staff as a share of employees. */
  rdStaffShare: DecimalText;
  /** Invention patents (granted) that form main-business revenue. */
  inventionPatents: number;
  /** Revenue growth a year (compound) over the years, or … */
  revenueGrowth: DecimalText;
  /** … revenue of the last year. */
  lastRevenueFen: number;
  /** The exception: this many invention patents stand in for all the above. */
  exceptionInventionPatents: number;
}

export const STAR_CONDITION_KINDS = [
  'market_value',
  'net_profit_positive_each_year',
  'net_profit_total',
  'revenue_last_year',
  'rd_share_of_revenue',
  'operating_cash_flow_total',
  'needs_assessment',
] as const;
export type StarConditionKind = (typeof STAR_CONDITION_KINDS)[number];

export type StarCondition =
  | { kind: 'market_value'; minFen: number }
  | { kind: 'net_profit_positive_each_year'; years: number }
  | { kind: 'net_profit_total'; years: number; minFen: number }
  | { kind: 'revenue_last_year'; minFen: number }
  | { kind: 'rd_share_of_revenue'; years: number; minRatio: DecimalText }
  | { kind: 'operating_cash_flow_total'; years: number; minFen: number }
  /** Not derivable from data (e.g. a major breakthrough of the main product): never met automatically. */
  | { kind: 'needs_assessment'; topic: string };

/** A listing standard holds when every condition of one of its alternatives holds. */
export interface StarStandard {
  id: string;
  nameZh: string;
  nameEn: string;
  alternatives: StarCondition[][];
}

export interface StarRuleSet {
  code: string;
  version: string;
  effectiveFrom: string; // YYYY-MM-DD
  nameZh: string;
  nameEn: string;
  source: string;
  attributes: StarAttributeRules;
  standards: StarStandard[];
}

export const STAR_INDICATOR_IDS = [
  'rd_share_of_revenue',
  'rd_total',
  'rd_staff_share',
  'invention_patents',
  'revenue_growth',
  'last_revenue',
  'exception_invention_patents',
] as const;
export type StarIndicatorId = (typeof STAR_INDICATOR_IDS)[number];

/** Attribute groups: each regular group needs one of its indicators; the exception replaces them all. */
export const STAR_GROUPS = ['rd_investment', 'rd_staff', 'invention_patents', 'revenue', 'exception'] as const;
export type StarGroup = (typeof STAR_GROUPS)[number];

export type StarUnit = 'ratio' | 'fen' | 'count' | 'assessment';

/**
 * How a gap closes at the enterprise's recent growth: already met, within `yearsToClose` years,
 * not at its current growth, not without the missing data, or not by growth at all (a valuation,
 * an expert's assessment).
 */
export const STAR_OUTLOOKS = ['met', 'closes', 'not_at_current_growth', 'no_data', 'not_projected'] as const;
export type StarOutlook = (typeof STAR_OUTLOOKS)[number];

/** Why a value is missing: the data the platform lacks. */
export const STAR_MISSING = ['financial_years', 'staff_month', 'market_value'] as const;
export type StarMissing = (typeof STAR_MISSING)[number];

/** A measured value: fen as bigint, ratios as numbers rounded for display, counts as integers. */
export type StarValue = bigint | number;

export interface StarMeasured {
  met: boolean;
  unit: StarUnit;
  actual: StarValue | null;
  required: StarValue | null;
  /** How far from the requirement (required − actual, in the unit); 0 when met, null when unknown. */
  gap: StarValue | null;
  yearsToClose: number | null;
  outlook: StarOutlook;
  missing?: StarMissing;
}

export interface StarIndicatorResult extends StarMeasured {
  id: StarIndicatorId;
  group: StarGroup;
}

export interface StarGroupResult {
  id: StarGroup;
  met: boolean;
  indicators: StarIndicatorId[];
}

export interface StarConditionResult extends StarMeasured {
  kind: StarConditionKind;
  /** Set on a needs_assessment condition. */
  topic?: string;
}

export interface StarStandardResult {
  id: string;
  nameZh: string;
  nameEn: string;
  status: 'met' | 'not_met' | 'needs_assessment';
  met: boolean;
  /** The unmet conditions of the alternative closest to being met. */
  gaps: StarConditionResult[];
  alternatives: StarConditionResult[][];
}

export type MarketValueSource = 'user' | 'last_round' | 'none';

export interface StarReadiness {
  ruleSetCode: string;
  ruleSetVersion: string;
  /** The fiscal years the figures are of, oldest first. */
  fiscalYears: number[];
  /** The month the headcounts are of. */
  staffMonth: string | null;
  attributesMet: boolean;
  /** Met through the exception rather than the regular groups. */
  attributesMetBy: 'regular' | 'exception' | null;
  groups: StarGroupResult[];
  indicators: StarIndicatorResult[];
  expectedMarketValueFen: bigint | null;
  marketValueSource: MarketValueSource;
  standards: StarStandardResult[];
  /** Recent growth a year, as decimals (null when it cannot be computed). */
  growth: StarGrowth;
}

export interface StarGrowth {
  revenue: number | null;
  rdExpense: number | null;
  netProfit: number | null;
  operatingCashFlow: number | null;
  employees: number | null;
  rdStaff: number | null;
  /** Invention patents granted a year, on average over the recent years. */
  inventionPatentsPerYear: number;
}

// The science-and-technology attributes: four regular groups (each met by one of its indicators)
// or the invention-patent exception.
import type { StarFacts } from './facts.ts';
import { atLeastCount, atLeastFen, lastRevenue, lastYearsSum, revenueGrowth, shareOfYears, staffShare, type Measure } from './measures.ts';
import { withOutlook } from './outlook.ts';
import type { StarAttributeRules, StarGroup, StarGroupResult, StarGrowth, StarIndicatorId, StarIndicatorResult } from './types.ts';

interface IndicatorDefinition {
  id: StarIndicatorId;
  group: StarGroup;
  measure: (rules: StarAttributeRules, facts: StarFacts) => Measure;
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'rd_share_of_revenue', group: 'rd_investment', measure: (r, f) => shareOfYears(f, 'rdExpenseFen', 'revenueFen', r.years, r.rdShareOfRevenue) },
  { id: 'rd_total', group: 'rd_investment', measure: (r, f) => atLeastFen(lastYearsSum(f, 'rdExpenseFen', r.years), r.rdTotalFen) },
  { id: 'rd_staff_share', group: 'rd_staff', measure: (r, f) => staffShare(f, r.rdStaffShare) },
  { id: 'invention_patents', group: 'invention_patents', measure: (r, f) => atLeastCount(f.inventionPatents, r.inventionPatents) },
  { id: 'revenue_growth', group: 'revenue', measure: (r, f) => revenueGrowth(f, r.years, r.revenueGrowth) },
  { id: 'last_revenue', group: 'revenue', measure: (r, f) => atLeastFen(lastRevenue(f), r.lastRevenueFen) },
  { id: 'exception_invention_patents', group: 'exception', measure: (r, f) => atLeastCount(f.inventionPatents, r.exceptionInventionPatents) },
];

const REGULAR: readonly StarGroup[] = ['rd_investment', 'rd_staff', 'invention_patents', 'revenue'];

export interface AttributesResult {
  met: boolean;
  metBy: 'regular' | 'exception' | null;
  groups: StarGroupResult[];
  indicators: StarIndicatorResult[];
}

export function evaluateAttributes(rules: StarAttributeRules, facts: StarFacts, growth: StarGrowth): AttributesResult {
  const indicators = INDICATORS.map((d) => ({ id: d.id, group: d.group, ...withOutlook((f) => d.measure(rules, f), facts, growth) }));
  const groups = [...REGULAR, 'exception' as const].map((id) => {
    const members = indicators.filter((i) => i.group === id);
    return { id, met: members.some((i) => i.met), indicators: members.map((i) => i.id) };
  });
  const regular = groups.filter((g) => g.id !== 'exception').every((g) => g.met);
  const exception = groups.find((g) => g.id === 'exception')!.met;
  return { met: regular || exception, metBy: regular ? 'regular' : exception ? 'exception' : null, groups, indicators };
}

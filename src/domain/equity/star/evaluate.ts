// STAR Market readiness of one enterprise: the attributes and each listing standard, with every
// indicator's value, requirement, gap and the years until it closes at the recent growth.
import type { EnterpriseProfile } from '../../profile/types.ts';
import { evaluateAttributes } from './attributes.ts';
import { starFactsOf, type StarFacts } from './facts.ts';
import { growthOf } from './growth.ts';
import { evaluateStandard } from './standards.ts';
import type { MarketValueSource, StarReadiness, StarRuleSet } from './types.ts';

/** The most years any rule of the set reads, so the facts hold them all. */
export function yearsRead(ruleSet: StarRuleSet): number {
  const counts = ruleSet.standards.flatMap((s) => s.alternatives.flat()).map((c) => ('years' in c ? c.years : 1));
  return Math.max(ruleSet.attributes.years, ...counts);
}

export interface ExpectedMarketValue {
  fen: bigint | null;
  source: MarketValueSource;
}

/** The user's figure when given, else the latest round's post-money valuation, else none. */
export function expectedMarketValue(profile: EnterpriseProfile, userFen: bigint | null): ExpectedMarketValue {
  if (userFen !== null) return { fen: userFen, source: 'user' };
  const valued = profile.equityRounds
    .filter((r) => r.postMoneyValuationFen != null)
    .sort((a, b) => (a.closedOn < b.closedOn ? 1 : a.closedOn > b.closedOn ? -1 : 0))[0];
  return valued ? { fen: valued.postMoneyValuationFen!, source: 'last_round' } : { fen: null, source: 'none' };
}

export function evaluateStarFacts(ruleSet: StarRuleSet, facts: StarFacts, marketValue: ExpectedMarketValue): StarReadiness {
  const growth = growthOf(facts, ruleSet.attributes.years);
  const attributes = evaluateAttributes(ruleSet.attributes, facts, growth);
  return {
    ruleSetCode: ruleSet.code,
    ruleSetVersion: ruleSet.version,
    fiscalYears: facts.years.map((y) => y.year),
    staffMonth: facts.staff?.month ?? null,
    attributesMet: attributes.met,
    attributesMetBy: attributes.metBy,
    groups: attributes.groups,
    indicators: attributes.indicators,
    expectedMarketValueFen: marketValue.fen,
    marketValueSource: marketValue.source,
    standards: ruleSet.standards.map((s) => evaluateStandard(s, facts, growth, marketValue.fen)),
    growth,
  };
}

export function evaluateStarReadiness(ruleSet: StarRuleSet, profile: EnterpriseProfile, today: string, userMarketValueFen: bigint | null = null): StarReadiness {
  const facts = starFactsOf(profile, today, yearsRead(ruleSet));
  return evaluateStarFacts(ruleSet, facts, expectedMarketValue(profile, userMarketValueFen));
}

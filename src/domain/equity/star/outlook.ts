// From a measure on today's facts to its outlook: met, closing in so many years at the recent
// growth, not at that growth, or unknown for want of data.
import type { StarFacts } from './facts.ts';
import { yearsUntil } from './growth.ts';
import type { Measure } from './measures.ts';
import type { StarGrowth, StarMeasured } from './types.ts';

export function withOutlook(measure: (facts: StarFacts) => Measure, facts: StarFacts, growth: StarGrowth): StarMeasured {
  const now = measure(facts);
  if (now.met) return { ...now, yearsToClose: 0, outlook: 'met' };
  if (now.missing) return { ...now, yearsToClose: null, outlook: 'no_data' };
  const years = yearsUntil(facts, growth, (projected) => measure(projected).met);
  return { ...now, yearsToClose: years, outlook: years === null ? 'not_at_current_growth' : 'closes' };
}

// Rebuilding a stored scorecard. The JSON may come from a file or the database, so it is checked
// in full before use: a model that loads must also score.
import { z } from 'zod';
import { fail } from '../../shared/errors.ts';
import { createScorecard, type ScorecardJson, type ScorecardModel } from './scorecard-model.ts';

const finite = z.number().finite();
const bin = z.object({ label: z.string(), count: z.number().int().min(0), positives: z.number().int().min(0), woe: finite, iv: finite, points: finite });
const common = { name: z.string().min(1), coefficient: finite, iv: finite, bins: z.array(bin).min(2), unseenPoints: finite };
const feature = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('numeric'), cuts: z.array(finite), ...common }),
  z.object({ kind: z.literal('categorical'), groups: z.array(z.array(z.string())).min(1), otherGroup: z.number().int().min(-1), ...common }),
]);
const schema = z.object({
  kind: z.literal('scorecard'),
  version: z.literal(1),
  scaling: z.object({ baseScore: finite, baseOdds: finite.positive(), pdo: finite.positive() }),
  intercept: finite,
  basePoints: finite,
  features: z.array(feature),
});

export function scorecardFromJSON(value: unknown): ScorecardModel {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fail('model_file.not_scorecard', { path: parsed.error.issues[0]?.path.join('.') ?? '' });
  const json: ScorecardJson = parsed.data;
  for (const f of json.features) {
    const valueBins = f.kind === 'numeric' ? f.cuts.length + 1 : f.groups.length;
    if (f.bins.length !== valueBins + 1) throw fail('model_file.scorecard_bins', { feature: f.name, got: f.bins.length, expected: valueBins + 1 });
    if (f.kind === 'numeric' && f.cuts.some((c, i) => i > 0 && c <= f.cuts[i - 1]!)) throw fail('model_file.scorecard_cuts_order', { feature: f.name });
    if (f.kind === 'categorical' && f.otherGroup >= f.groups.length) throw fail('model_file.scorecard_other_group', { feature: f.name });
  }
  return createScorecard(json);
}

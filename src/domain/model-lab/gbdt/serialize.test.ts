import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.ts';
import { gbdtFromJSON, trainGbdt } from './index.ts';
import { mixedData } from './synthetic.ts';

describe('toJSON / gbdtFromJSON', () => {
  const data = mixedData({ rows: 1500, seed: 21 });
  const model = trainGbdt(data, { seed: 21, maxRounds: 60 });
  const json = JSON.parse(JSON.stringify(model.toJSON())) as { trees: { nodes: Record<string, unknown>[] }[] };

  it('round-trips through JSON text to identical predictions and explanations', () => {
    const loaded = gbdtFromJSON(json, model.featureNames);
    expect(loaded.rounds).toBe(model.rounds);
    for (let row = 0; row < data.rows; row++) expect(loaded.predict(data, row)).toBe(model.predict(data, row));
    expect(loaded.explain(data, 5)).toEqual(model.explain(data, 5));
    expect(loaded.toJSON()).toEqual(json);
  });

  it('stores real thresholds and category labels, not bin indices', () => {
    const splits = json.trees.flatMap((t) => t.nodes).filter((n) => n.feature !== undefined);
    const numeric = splits.filter((n) => n.feature === 1);
    const categorical = splits.filter((n) => n.feature === 0);
    expect(numeric.some((n) => typeof n.threshold === 'number' && !Number.isInteger(n.threshold))).toBe(true);
    expect(categorical.every((n) => (n.leftCategories as string[]).every((c) => ['north', 'south', 'east', 'west', 'centre'].includes(c)))).toBe(true);
  });

  it('refuses a feature set that does not match, naming the difference', () => {
    const names = [...model.featureNames.slice(1), 'turnover'];
    expect(refusal(() => gbdtFromJSON(json, names))).toEqual({ code: 'model_file.feature_set_mismatch', params: { missing: ['region'], unexpected: ['turnover'] } });
  });

  it.each([
    ['another format', { ...json, format: 'xgboost' }, 'model_file.not_gbdt', { format: 'kejin-gbdt' }],
    ['another version', { ...json, version: 7 }, 'model_file.unsupported_version', { format: 'kejin-gbdt', version: '7' }],
    ['no trees', { ...json, trees: [] }, 'model_file.no_trees', {}],
    ['a child pointing backwards', { ...json, trees: [{ nodes: [{ feature: 0, missing: 'left', left: 0, right: 1, cover: 2, leftCategories: [] }, { value: 0, cover: 1 }] }] }, 'model_file.node_invalid', { tree: 0, node: 0, property: 'left' }],
    ['an unknown category', { ...json, trees: [{ nodes: [{ feature: 0, missing: 'left', left: 1, right: 2, cover: 2, leftCategories: ['mars'] }, { value: 0, cover: 1 }, { value: 0, cover: 1 }] }] }, 'model_file.node_invalid', { tree: 0, node: 0, property: 'leftCategories' }],
    ['a leaf without a value', { ...json, trees: [{ nodes: [{ cover: 1 }] }] }, 'model_file.node_invalid', { tree: 0, node: 0, property: 'value' }],
    ['an unreachable node', { ...json, trees: [{ nodes: [{ value: 0, cover: 1 }, { value: 0, cover: 1 }] }] }, 'model_file.nodes_unreachable', { tree: 0 }],
  ])('rejects %s with a code and the place, not a sentence', (_, bad, code, params) => {
    expect(refusal(() => gbdtFromJSON(bad))).toEqual({ code, params });
  });
});

function refusal(load: () => unknown) {
  try {
    load();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return { code: (err as DomainError).code, params: (err as DomainError).params };
  }
  throw new Error('expected a refusal');
}

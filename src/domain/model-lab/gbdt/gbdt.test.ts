import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../shared/errors.ts';
import type { Dataset } from '../types.ts';
import { computeAuc, holdoutSplit } from './eval-data.ts';
import { trainGbdt } from './index.ts';
import { missingSignalData, mixedData, thresholdData } from './synthetic.ts';

const predictAll = (model: { predict(d: Dataset, r: number): number }, data: Dataset) =>
  Float64Array.from({ length: data.rows }, (_, r) => model.predict(data, r));

function holdoutAuc(data: Dataset, seed: number): number {
  const { train, test } = holdoutSplit(data, 0.3, seed);
  const model = trainGbdt(train, { seed });
  return computeAuc(predictAll(model, test), test.labels);
}

describe('trainGbdt', () => {
  it('finds a single threshold that separates the classes', () => {
    expect(holdoutAuc(thresholdData({ rows: 2000, seed: 1 }), 1)).toBeGreaterThan(0.995);
  });

  it('learns where missing values belong when missingness carries the signal', () => {
    const data = missingSignalData({ rows: 3000, seed: 2 });
    const model = trainGbdt(data, { seed: 2 });
    const probe: Dataset = {
      features: data.features.map((f) => ({ ...f, values: Float64Array.of(NaN, 0.2, 0.9) }) as typeof f),
      labels: Uint8Array.of(1, 0, 1),
      rows: 3,
    };
    const [missing, low, high] = predictAll(model, probe);
    expect(missing).toBeGreaterThan(0.9);
    expect(low).toBeLessThan(0.1);
    expect(high).toBeGreaterThan(0.9);
  });

  it('uses categorical and partly missing features', () => {
    expect(holdoutAuc(mixedData({ rows: 4000, seed: 3 }), 3)).toBeGreaterThan(0.78);
  });

  it('matches categories by label, not by code', () => {
    const data = mixedData({ rows: 1000, seed: 4 });
    const model = trainGbdt(data, { seed: 4, maxRounds: 30 });
    const region = data.features[0]!;
    if (region.kind !== 'categorical') throw new Error('expected a categorical feature');
    const reversed = [...region.categories].reverse();
    const recoded: Dataset = {
      ...data,
      features: [{ ...region, categories: reversed, codes: region.codes.map((c) => (c < 0 ? -1 : reversed.length - 1 - c)) }, ...data.features.slice(1)],
    };
    expect(predictAll(model, recoded)).toEqual(predictAll(model, data));
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const data = mixedData({ rows: 1500, seed: 5 });
    const json = (seed: number) => JSON.stringify(trainGbdt(data, { seed, maxRounds: 40 }).toJSON());
    expect(json(7)).toBe(json(7));
    expect(json(7)).not.toBe(json(8));
  });

  it('keeps the best round when validation loss stops improving', () => {
    const data = mixedData({ rows: 1000, seed: 6, noise: 5 }); // noisy labels: boosting soon overfits
    const model = trainGbdt(data, { seed: 6, maxRounds: 400, learningRate: 0.3, earlyStoppingRounds: 10 });
    expect(model.rounds).toBeGreaterThan(0);
    expect(model.rounds).toBeLessThan(400);
  });

  it('respects maxLeaves and maxDepth', () => {
    const data = mixedData({ rows: 2000, seed: 7 });
    const json = trainGbdt(data, { seed: 7, maxRounds: 5, maxLeaves: 8, maxDepth: 2 }).toJSON() as { trees: { nodes: { value?: number }[] }[] };
    for (const tree of json.trees) expect(tree.nodes.filter((n) => n.value !== undefined).length).toBeLessThanOrEqual(4);
  });

  it('refuses bad options and one-class data', () => {
    const data = thresholdData({ rows: 200, seed: 8 });
    const problemsOf = (options: Parameters<typeof trainGbdt>[1]) => {
      try {
        trainGbdt(data, options);
      } catch (err) {
        return (err as DomainError).fields.map(({ field, code, params }) => ({ field, code, params }));
      }
      throw new Error('expected a refusal');
    };
    expect(problemsOf({ seed: 1, learningRate: 0 })).toEqual([{ field: 'learningRate', code: 'training.option_fraction', params: { option: 'learningRate' } }]);
    expect(problemsOf({ seed: 1, maxBins: 300, validationFraction: 1 })).toEqual([
      { field: 'maxBins', code: 'training.option_whole_between', params: { option: 'maxBins', min: 2, max: 255 } },
      { field: 'validationFraction', code: 'training.option_share', params: { option: 'validationFraction' } },
    ]);
    expect(() => trainGbdt({ ...data, labels: new Uint8Array(200) }, { seed: 1 })).toThrow(/both classes/);
  });

  it('refuses to predict on a dataset without the model features', () => {
    const data = thresholdData({ rows: 300, seed: 9 });
    const model = trainGbdt(data, { seed: 9, maxRounds: 5 });
    const other: Dataset = { ...data, features: data.features.slice(1) };
    expect(() => model.predict(other, 0)).toThrow(/lacks the column\(s\) x/);
  });
});

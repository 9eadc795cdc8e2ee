import { describe, expect, it } from 'vitest';
import { backtest } from '../backtest.ts';
import { datasetFromCsv } from '../csv-dataset.ts';
import { splitStratified } from '../split.ts';
import { syntheticCreditRows, toCsv } from '../synthetic-credit.ts';
import type { Dataset } from '../types.ts';
import { binFeature } from './binning.ts';
import { scorecardFromJSON, trainScorecard } from './index.ts';
import { scalingFactors } from './scorecard-model.ts';
import { informationValue } from './woe.ts';

const synthetic = (rows: number, seed: number) => datasetFromCsv(toCsv(syntheticCreditRows(rows, seed)), { label: 'defaulted' }).dataset;
const badRates = (bins: { count: number; positives: number }[]) => bins.filter((b) => b.count > 0).map((b) => b.positives / b.count);

describe('scorecard binning', () => {
  const data = synthetic(4000, 1);
  const feature = (name: string) => data.features.find((f) => f.name === name)!;

  it('bins a number into a monotone bad rate with a separate missing bin', () => {
    const { binning, bins } = binFeature(feature('income'), data.labels);
    expect(binning.kind).toBe('numeric');
    const values = badRates(bins.slice(0, -1));
    expect(values.length).toBeGreaterThanOrEqual(3);
    values.slice(1).forEach((rate, i) => expect(rate).toBeLessThan(values[i]!)); // more income, fewer defaults
    expect(bins[bins.length - 1]!.count).toBeGreaterThan(100); // ~5% of incomes are blank
    bins.slice(0, -1).forEach((b) => expect(b.count).toBeGreaterThanOrEqual(0.05 * data.rows));
  });

  it('groups categories by bad rate and finds little information in noise', () => {
    const region = binFeature(feature('region'), data.labels).binning;
    expect(region.kind === 'categorical' && region.groups.flat().sort()).toEqual(['east', 'north', 'south', 'west']);
    expect(region.kind === 'categorical' && region.groups[0]).toContain('north'); // the safest region first
    expect(informationValue(binFeature(feature('age'), data.labels).bins.filter((b) => b.count > 0))).toBeLessThan(0.02); // age has no effect
  });
});

describe('trainScorecard', () => {
  const { train, holdout } = splitStratified(synthetic(5000, 2), 0.3, 1);
  const model = trainScorecard(train);

  it('keeps the informative features, drops the noise, and discriminates on the holdout', () => {
    expect([...model.featureNames].sort()).toEqual(['income', 'region', 'utilisation']);
    expect(backtest(model, holdout).metrics.auc).toBeGreaterThan(0.75);
  });

  it('scales points so that the score is offset − factor · ln(odds of a positive)', () => {
    const { factor, offset } = scalingFactors({ baseScore: 600, baseOdds: 50, pdo: 20 });
    for (const row of [0, 1, 2, 50]) {
      const p = model.predict(holdout, row);
      expect(model.score(holdout, row)).toBeCloseTo(offset - factor * Math.log(p / (1 - p)), 6);
    }
    const table = model.table();
    expect(table[0]).toEqual({ feature: expect.any(String), bin: expect.any(String), count: expect.any(Number), badRate: expect.any(Number), woe: expect.any(Number), iv: expect.any(Number), points: expect.any(Number) });
    const income = table.filter((r) => r.feature === 'income' && r.bin !== 'missing');
    income.slice(1).forEach((r, i) => expect(r.points).toBeGreaterThan(income[i]!.points));
  });

  it('survives a trip through JSON and refuses data without its features', () => {
    const again = scorecardFromJSON(JSON.parse(JSON.stringify(model)));
    for (let row = 0; row < 20; row++) expect(again.predict(holdout, row)).toBe(model.predict(holdout, row));
    const lacking: Dataset = { ...holdout, features: holdout.features.filter((f) => f.name !== 'income') };
    expect(() => backtest(again, lacking)).toThrow(/lacks the column\(s\) income/);
    expect(() => scorecardFromJSON({ kind: 'scorecard', version: 1 })).toThrow(expect.objectContaining({ code: 'model_file.not_scorecard', params: { path: 'scaling' } }));
    const json = JSON.parse(JSON.stringify(model)) as { features: { name: string; bins: unknown[] }[] };
    const [first] = json.features;
    const short = { ...json, features: [{ ...first, bins: first!.bins.slice(1) }, ...json.features.slice(1)] };
    expect(() => scorecardFromJSON(short)).toThrow(expect.objectContaining({ code: 'model_file.scorecard_bins', params: { feature: first!.name, got: first!.bins.length - 1, expected: first!.bins.length } }));
  });

  it('refuses text where the model has numbers, and scores an unseen category neutrally', () => {
    const text = datasetFromCsv('income,utilisation,region,defaulted\nhigh,0.5,north,0\nlow,0.2,mars,1\n', { label: 'defaulted' }).dataset;
    expect(() => model.predict(text, 0)).toThrow(/"income" holds text here but numbers in the model/);
    const unseen = datasetFromCsv('income,utilisation,region,defaulted\n36000,0.5,mars,0\n42000,0.7,north,1\n', { label: 'defaulted' }).dataset;
    expect(Number.isFinite(model.predict(unseen, 0))).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(trainScorecard(train))).toBe(JSON.stringify(model));
  });
});

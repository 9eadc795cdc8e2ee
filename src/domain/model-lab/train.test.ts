import { describe, expect, it } from 'vitest';
import { backtest } from './backtest.ts';
import { datasetFromCsv } from './csv-dataset.ts';
import { splitStratified } from './split.ts';
import { syntheticCreditRows, toCsv } from './synthetic-credit.ts';
import { trainModels } from './train.ts';

const dataset = datasetFromCsv(toCsv(syntheticCreditRows(3000, 5)), { label: 'defaulted' }).dataset;

describe('trainModels', () => {
  it('splits, trains and measures each kind on the holdout, the same way for a seed', () => {
    let now = 0;
    const result = trainModels(dataset, { kinds: ['scorecard'], holdout: 0.3, seed: 9, clock: () => (now += 250) });
    const positives = dataset.labels.reduce((s, y) => s + y, 0);
    expect(result).toMatchObject({ rows: 3000, positives, holdout: { rows: 900, positives: Math.round(positives * 0.3) } });
    const [entry] = result.models;
    expect(entry).toMatchObject({ kind: 'scorecard', train_seconds: 0.25 });
    expect(entry!.auc).toBeGreaterThan(0.7);
    expect(entry!.gini).toBeCloseTo(2 * entry!.auc - 1, 12);
    const again = trainModels(dataset, { kinds: ['scorecard'], holdout: 0.3, seed: 9 });
    expect(again.models[0]!.auc).toBe(entry!.auc);
  });

  it('refuses data with too few positives for the holdout', () => {
    const thin = { ...dataset, labels: Uint8Array.from(dataset.labels, (_, i) => (i < 4 ? 1 : 0)) };
    expect(() => trainModels(thin, { kinds: ['scorecard'], holdout: 0.3, seed: 1 })).toThrow(/Too few positive rows \(4\)/);
  });
});

describe('backtest', () => {
  it('reports metrics, a calibration table by grade, and the PSI against a reference period', () => {
    const { train, holdout } = splitStratified(dataset, 0.5, 3);
    const result = trainModels(train, { kinds: ['scorecard'], holdout: 0.3, seed: 3 });
    const report = backtest(result.models[0]!.model, holdout, { reference: train });
    expect(report.calibration).toHaveLength(10);
    expect(report.calibration.reduce((s, g) => s + g.count, 0)).toBe(holdout.rows);
    expect(report.calibration[9]!.observed).toBeGreaterThan(report.calibration[0]!.observed);
    expect(report.stability!.psi).toBeLessThan(0.1); // same population, so stable
  });
});

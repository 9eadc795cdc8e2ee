// Runs in `npm run test:data` only: it reads the Polish bankruptcy data set from ../shared/data beside the clone.
import { describe, expect, it } from 'vitest';
import { dataSetPath } from '../../../../test/data-sets.ts';
import { computeAuc, holdoutSplit, loadCsvDataset } from './eval-data.ts';
import { trainGbdt } from './index.ts';

describe('polish bankruptcy (1 year), 30% stratified holdout', () => {
  it('reaches AUC ≥ 0.90', () => {
    const data = loadCsvDataset(dataSetPath('polish-bankruptcy-1year.csv'), 'bankrupt', '1');
    expect([data.rows, data.features.length]).toEqual([7027, 64]);
    const { train, test } = holdoutSplit(data, 0.3, 1);
    const model = trainGbdt(train, { seed: 1 });
    const scores = Float64Array.from({ length: test.rows }, (_, r) => model.predict(test, r));
    expect(computeAuc(scores, test.labels)).toBeGreaterThanOrEqual(0.9);
  }, 20_000);
});

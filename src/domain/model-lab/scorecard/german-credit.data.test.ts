// Runs in `npm run test:data` only: it reads the German credit data set from ../shared/data beside the clone.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataSetPath } from '../../../../test/data-sets.ts';
import { backtest } from '../backtest.ts';
import { datasetFromCsv } from '../csv-dataset.ts';
import { splitStratified } from '../split.ts';
import { trainScorecard } from './index.ts';

describe('scorecard on the German credit data', () => {
  const file = dataSetPath('german-credit.csv');
  const { dataset } = datasetFromCsv(fs.readFileSync(file), { label: 'creditability', positive: 'bad' });

  it('reaches the binned-logistic level on a 30% stratified holdout', () => {
    const aucs = [1, 2, 3].map((seed) => {
      const { train, holdout } = splitStratified(dataset, 0.3, seed);
      return backtest(trainScorecard(train), holdout).metrics.auc;
    });
    expect(Math.min(...aucs)).toBeGreaterThan(0.75);
    expect(aucs.reduce((a, b) => a + b) / aucs.length).toBeGreaterThan(0.77);
  });
});

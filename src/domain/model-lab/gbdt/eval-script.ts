// Holdout AUC and training time on the shared data sets: npx tsx src/domain/model-lab/gbdt/eval-script.ts
import { performance } from 'node:perf_hooks';
import { computeAuc, DATA_DIR, holdoutSplit, loadCsvDataset } from './eval-data.ts';
import { trainGbdt, type GbdtOptions } from './index.ts';

const sets = [
  { file: 'polish-bankruptcy-1year.csv', label: 'bankrupt', positive: '1' },
  { file: 'german-credit.csv', label: 'creditability', positive: 'bad' },
];
const extra = JSON.parse(process.argv[2] ?? '{}') as Partial<GbdtOptions>;

for (const set of sets) {
  const data = loadCsvDataset(DATA_DIR + set.file, set.label, set.positive);
  for (const seed of [1, 2, 3]) {
    const { train, test } = holdoutSplit(data, 0.3, seed);
    const started = performance.now();
    const model = trainGbdt(train, { seed, ...extra });
    const seconds = (performance.now() - started) / 1000;
    const scores = Float64Array.from({ length: test.rows }, (_, r) => model.predict(test, r));
    const auc = computeAuc(scores, test.labels);
    console.log(`${set.file} seed ${seed}: AUC ${auc.toFixed(4)}, ${model.rounds} rounds, ${seconds.toFixed(2)} s`);
  }
}

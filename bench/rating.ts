// Credit evaluation: batch-scoring 100,000 enterprises on PGlite and PostgreSQL, and training
// both model kinds on 10,000 rows × 64 features.
import type { Database } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createRandom } from '../src/domain/demo/random.ts';
import { trainModels } from '../src/domain/model-lab/train.ts';
import type { Dataset, Feature } from '../src/domain/model-lab/types.ts';
import { seedDemo } from '../src/services/demo/seed-demo.ts';
import { installExpertModel, scoreEnterprises } from '../src/services/rating/score-enterprises.ts';
import { onPglite, onPostgres } from './databases.ts';
import type { Benchmark, Figures } from './main.ts';
import { round } from './stats.ts';

const ENTERPRISES = Number(process.env.KEJIN_BENCH_ENTERPRISES ?? 100_000);

async function scoreAll(database: Database, prefix: string): Promise<Figures> {
  await migrate(database);
  await installExpertModel(database);
  const seeded = performance.now();
  await seedDemo(database, { seed: 5, enterprises: ENTERPRISES, now: new Date(), withAccounts: false });
  const seedSeconds = (performance.now() - seeded) / 1000;
  const started = performance.now();
  const result = await scoreEnterprises(database, { now: new Date() });
  const seconds = (performance.now() - started) / 1000;
  return {
    [`seed_${ENTERPRISES}_with_profiles_${prefix}_s`]: round(seedSeconds, 1),
    [`score_${ENTERPRISES}_${prefix}_s`]: round(seconds, 1),
    [`score_per_s_${prefix}`]: Math.round(result.scored / seconds),
  };
}

/** 10,000 × 64 numeric features, 8 of them informative, 5% missing, ~10% positives. */
function syntheticDataset(rows: number, columns: number, seed: number): Dataset {
  const random = createRandom(seed);
  const values = Array.from({ length: columns }, () => new Float64Array(rows));
  const labels = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    let logit = -2.5;
    for (let c = 0; c < columns; c++) {
      const x = random.normal(0, 1);
      values[c]![r] = random.next() < 0.05 ? NaN : x;
      if (c < 8) logit += (c % 2 ? -0.6 : 0.7) * x + (c === 0 ? 0.4 * x * x : 0);
    }
    labels[r] = random.next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  }
  const features: Feature[] = values.map((v, c) => ({ kind: 'numeric', name: `f${c}`, values: v }));
  return { features, labels, rows };
}

export const ratingBenchmark: Benchmark = {
  name: 'rating',
  description: 'batch-score 100,000 enterprises (PGlite, PostgreSQL); train scorecard and gbdt on 10,000 × 64',
  async run() {
    const dataset = syntheticDataset(10_000, 64, 9);
    const trained = trainModels(dataset, { kinds: ['scorecard', 'gbdt'], holdout: 0.3, seed: 9, clock: () => performance.now() });
    const figures: Figures = {};
    for (const m of trained.models) {
      figures[`train_${m.kind}_10k_x_64_s`] = round(m.train_seconds, 2);
      figures[`train_${m.kind}_auc`] = round(m.auc, 3);
    }
    Object.assign(figures, await onPglite((database) => scoreAll(database, 'pglite')));
    Object.assign(figures, await onPostgres((database) => scoreAll(database, 'pg')));
    return figures;
  },
};

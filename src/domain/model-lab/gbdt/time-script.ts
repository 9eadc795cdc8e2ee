// Training and prediction time on 10,000 rows × 64 features: npx tsx src/domain/model-lab/gbdt/time-script.ts
import { performance } from 'node:perf_hooks';
import { createRandom } from '../../demo/random.ts';
import type { Dataset } from '../types.ts';
import { trainGbdt, type GbdtOptions } from './index.ts';

function wideData(rows: number, width: number, seed: number): Dataset {
  const random = createRandom(seed);
  const features = Array.from({ length: width }, (_, f) => ({
    kind: 'numeric' as const,
    name: `f${f}`,
    values: Float64Array.from({ length: rows }, () => (random.next() < 0.05 ? NaN : random.normal())),
  }));
  const labels = Uint8Array.from({ length: rows }, (_, r) => {
    let logit = -1;
    for (let f = 0; f < 8; f++) {
      const v = features[f]!.values[r]!;
      logit += v === v ? Math.sin(v * (f + 1)) : 0.5;
    }
    return random.next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  });
  return { features, labels, rows };
}

const data = wideData(10_000, 64, 1);
for (const options of [{ seed: 1 }, { seed: 1, maxRounds: 1000, earlyStoppingRounds: 1000 }] as GbdtOptions[]) {
  const started = performance.now();
  const model = trainGbdt(data, options);
  const trainSeconds = (performance.now() - started) / 1000;
  const t0 = performance.now();
  let sum = 0;
  for (let r = 0; r < data.rows; r++) sum += model.predict(data, r);
  const predictMs = performance.now() - t0;
  const t1 = performance.now();
  for (let r = 0; r < 100; r++) model.explain(data, r);
  const explainMs = (performance.now() - t1) / 100;
  console.log(
    `${JSON.stringify(options)}: ${model.rounds} rounds, train ${trainSeconds.toFixed(2)} s, ` +
      `predict ${((predictMs * 1000) / data.rows).toFixed(1)} µs/row, explain ${explainMs.toFixed(1)} ms/row (mean ${(sum / data.rows).toFixed(3)})`,
  );
}

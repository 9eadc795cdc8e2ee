// Evaluation helpers for this folder's tests and eval script only (production code does not import
// them): a plain CSV → Dataset loader, a seeded stratified split, and AUC.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { createRandom } from '../../demo/random.ts';
import type { Dataset, Feature } from '../types.ts';
import { stratifiedSplit } from './sampling.ts';

/** Columns whose non-empty cells all parse as numbers become numeric; the rest categorical. */
export function loadCsvDataset(path: string, label: string, positive: string): Dataset {
  const records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const names = Object.keys(records[0] ?? {}).filter((n) => n !== label);
  const features = names.map((name) => toFeature(name, records.map((r) => (r[name] ?? '').trim())));
  const labels = Uint8Array.from(records, (r) => (r[label]?.trim() === positive ? 1 : 0));
  return { features, labels, rows: records.length };
}

function toFeature(name: string, cells: string[]): Feature {
  const numeric = cells.every((c) => c === '' || Number.isFinite(Number(c)));
  if (numeric) return { kind: 'numeric', name, values: Float64Array.from(cells, (c) => (c === '' ? NaN : Number(c))) };
  const categories = [...new Set(cells.filter((c) => c !== ''))].sort();
  const index = new Map(categories.map((c, i) => [c, i]));
  return { kind: 'categorical', name, categories, codes: Int32Array.from(cells, (c) => index.get(c) ?? -1) };
}

export function subsetDataset(data: Dataset, rows: Int32Array): Dataset {
  const features = data.features.map((f): Feature =>
    f.kind === 'numeric'
      ? { ...f, values: Float64Array.from(rows, (r) => f.values[r]!) }
      : { ...f, codes: Int32Array.from(rows, (r) => f.codes[r]!) },
  );
  return { features, labels: Uint8Array.from(rows, (r) => data.labels[r]!), rows: rows.length };
}

export function holdoutSplit(data: Dataset, testFraction: number, seed: number): { train: Dataset; test: Dataset } {
  const { fit, held } = stratifiedSplit(data.labels, testFraction, createRandom(seed));
  return { train: subsetDataset(data, fit), test: subsetDataset(data, held) };
}

/** Area under the ROC curve by ranks, with ties given their average rank. */
export function computeAuc(scores: ArrayLike<number>, labels: Uint8Array): number {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && scores[order[j]!] === scores[order[i]!]) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (labels[order[k]!]) {
        positives++;
        rankSum += rank;
      }
    }
    i = j;
  }
  const negatives = labels.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export const DATA_DIR = new URL('../../../../../shared/data/', import.meta.url).pathname;

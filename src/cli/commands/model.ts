// `kejin model train`: the model lab from the command line. It reads one CSV and needs no
// database; a model file is written only after every step has succeeded.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { fail } from '../../domain/shared/errors.ts';
import { datasetFromCsv, type CsvDataset } from '../../domain/model-lab/csv-dataset.ts';
import type { ScorecardModel } from '../../domain/model-lab/scorecard/index.ts';
import { MODEL_KINDS, trainModels, type TrainResult } from '../../domain/model-lab/train.ts';
import type { ModelKind } from '../../domain/model-lab/types.ts';
import { printTable } from './output.ts';
import { UsageError } from './parse.ts';

const MAX_FILE_BYTES = 2 * 1024 ** 3;
const TABLE_ROWS = 60;

interface TrainFlags {
  data?: string;
  label?: string;
  positive?: string;
  holdout: string;
  seed: string;
  kind: string;
  out?: string;
  json?: boolean;
}

export function registerModel(program: Command) {
  const model = program.command('model').description('Model lab: train and backtest credit-risk models from a CSV');
  model
    .command('train')
    .description('Train a scorecard and/or gradient-boosted trees on a CSV with a binary outcome; measure them on a stratified holdout')
    .option('--data <file>', 'CSV (UTF-8) with a header row: feature columns and the label column')
    .option('--label <column>', 'the outcome column (two values)')
    .option('--positive <value>', 'the label value of the event to predict, e.g. bad (default 1 when the values are 0/1)')
    .option('--holdout <fraction>', 'share of each class held out for measurement, in (0, 0.9)', '0.3')
    .option('--seed <n>', 'seed of the holdout split and of training (whole number)', '42')
    .option('--kind <kind>', 'scorecard | gbdt | both', 'both')
    .option('--out <file>', 'write the trained models (parameters, metrics, scorecard table) as JSON')
    .option('--json', 'print one JSON object: {"rows", "positives", "models": [{"kind", "auc", "ks", "gini", "brier", "train_seconds"}]}')
    .action((flags: TrainFlags) => runTrain(flags));
}

function runTrain(flags: TrainFlags) {
  const options = parseFlags(flags);
  const progress = (message: string) => (process.stderr.isTTY ? process.stderr.write(`${message}\n`) : undefined);
  progress(`reading ${options.data}`);
  const csv = datasetFromCsv(readCsv(options.data), { label: options.label, positive: options.positive });
  const result = trainModels(csv.dataset, { kinds: options.kinds, holdout: options.holdout, seed: options.seed, clock: () => performance.now(), onProgress: progress });
  if (options.out) writeAtomically(options.out, JSON.stringify(modelFile(options, csv, result), null, 2));
  if (flags.json) console.log(JSON.stringify(summaryJson(result)));
  else report(csv, result, options.out);
}

function parseFlags(flags: TrainFlags) {
  if (!flags.data) throw new UsageError('--data <file> is required');
  if (!flags.label) throw new UsageError('--label <column> is required');
  const holdout = Number(flags.holdout);
  if (!(holdout > 0 && holdout < 0.9)) throw new UsageError(`--holdout must be a number above 0 and below 0.9, got "${flags.holdout}"`);
  const seed = Number(flags.seed);
  if (flags.seed.trim() === '' || !Number.isSafeInteger(seed)) throw new UsageError(`--seed must be a whole number, got "${flags.seed}"`);
  const kinds: ModelKind[] = flags.kind === 'both' ? [...MODEL_KINDS] : (MODEL_KINDS as readonly string[]).includes(flags.kind) ? [flags.kind as ModelKind] : [];
  if (!kinds.length) throw new UsageError(`--kind must be scorecard, gbdt or both, got "${flags.kind}"`);
  if (flags.out && !fs.existsSync(path.dirname(path.resolve(flags.out)))) throw new UsageError(`--out: the folder of ${flags.out} does not exist`);
  return { data: flags.data, label: flags.label, positive: flags.positive, holdout, seed, kinds, out: flags.out };
}

function readCsv(file: string): Buffer {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw fail('cli.not_a_file', { file });
    size = stat.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw fail('cli.no_such_file', { file });
    throw err;
  }
  if (size > MAX_FILE_BYTES) throw fail('cli.file_too_large', { file, sizeGb: (size / 1024 ** 3).toFixed(1) });
  return fs.readFileSync(file);
}

function writeAtomically(file: string, text: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file); // a reader never sees half a model file
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

function summaryJson(result: TrainResult) {
  return {
    rows: result.rows,
    positives: result.positives,
    models: result.models.map((m) => ({ kind: m.kind, auc: m.auc, ks: m.ks, gini: m.gini, brier: m.brier, train_seconds: round(m.train_seconds, 3) })),
  };
}

function modelFile(options: ReturnType<typeof parseFlags>, csv: CsvDataset, result: TrainResult) {
  return {
    data: path.basename(options.data),
    label: csv.label,
    positive: csv.positive,
    negative: csv.negative,
    holdout: options.holdout,
    seed: options.seed,
    rows: result.rows,
    positives: result.positives,
    features: csv.dataset.features.map((f) => ({ name: f.name, kind: f.kind })),
    models: result.models.map(({ model, ...metrics }) => ({
      ...metrics,
      featureNames: model.featureNames,
      ...(model.kind === 'scorecard' ? { table: (model as ScorecardModel).table() } : {}),
      parameters: model,
    })),
  };
}

function report(csv: CsvDataset, result: TrainResult, out: string | undefined) {
  console.log(`${result.rows} rows, ${result.positives} with ${csv.label} = ${csv.positive}; holdout ${result.holdout.rows} rows (${result.holdout.positives} positive).\n`);
  printTable(
    result.models.map((m) => ({ model: m.kind, features: m.model.featureNames.length, AUC: round(m.auc), KS: round(m.ks), Gini: round(m.gini), Brier: round(m.brier), seconds: round(m.train_seconds, 2) })),
  );
  const scorecard = result.models.find((m) => m.kind === 'scorecard')?.model as ScorecardModel | undefined;
  if (scorecard) {
    const table = scorecard.table();
    console.log(`\nScorecard (${csv.label} = ${csv.positive} is "bad"; higher points = lower risk):`);
    printTable(table.slice(0, TABLE_ROWS).map((r) => ({ ...r, badRate: Number.isNaN(r.badRate) ? '' : round(r.badRate, 3), woe: round(r.woe, 3), iv: round(r.iv, 3), points: Math.round(r.points) })));
    if (table.length > TABLE_ROWS) console.log(`… and ${table.length - TABLE_ROWS} more bins (use --out for the whole table)`);
  }
  if (out) console.log(`\nWrote the models to ${out}.`);
}

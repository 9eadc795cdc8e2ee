// Defaults and checks for the boosting options, in one place so training code can trust them.
import { invalidFields, problem, type FieldProblem } from '../../shared/errors.ts';

export interface GbdtOptions {
  seed: number;
  /** Shrinkage applied to every tree; 0.05–0.1 is the usual range. */
  learningRate?: number;
  maxRounds?: number;
  /** Leaves per tree; trees grow leaf-wise (best gain first) up to this count. */
  maxLeaves?: number;
  /** Optional depth cap on top of maxLeaves; unlimited when omitted. */
  maxDepth?: number;
  minSamplesLeaf?: number;
  /** L2 penalty on leaf values (XGBoost's lambda). */
  l2?: number;
  /** Quantile bins per numeric feature (≤ 255; one more bin is kept for missing). */
  maxBins?: number;
  /** Fraction of rows drawn, without replacement, for each tree. */
  subsample?: number;
  /** Fraction of features drawn for each tree. */
  colsample?: number;
  /** Stratified share of the training data held back for early stopping; 0 turns it off. */
  validationFraction?: number;
  earlyStoppingRounds?: number;
}

export type ResolvedOptions = Required<GbdtOptions>;

/** Hessian floor for a child: keeps Newton steps finite where the model is already sure. */
export const MIN_CHILD_HESSIAN = 1e-3;

export function resolveOptions(options: GbdtOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    seed: options.seed,
    learningRate: options.learningRate ?? 0.05,
    maxRounds: options.maxRounds ?? 1000,
    maxLeaves: options.maxLeaves ?? 31,
    maxDepth: options.maxDepth ?? Number.POSITIVE_INFINITY,
    minSamplesLeaf: options.minSamplesLeaf ?? 20,
    l2: options.l2 ?? 1,
    maxBins: options.maxBins ?? 255,
    subsample: options.subsample ?? 0.8,
    colsample: options.colsample ?? 0.8,
    validationFraction: options.validationFraction ?? 0.15,
    earlyStoppingRounds: options.earlyStoppingRounds ?? 50,
  };
  checkOptions(resolved);
  return resolved;
}

function checkOptions(o: ResolvedOptions): void {
  const problems: FieldProblem[] = [];
  const need = (ok: boolean, field: keyof ResolvedOptions, message: string) => {
    if (!ok) problems.push(problem(field, 'training.option_invalid', { option: field, detail: message }));
  };
  const isInt = (v: number) => Number.isInteger(v);
  need(Number.isFinite(o.seed), 'seed', 'must be a finite number');
  need(o.learningRate > 0 && o.learningRate <= 1, 'learningRate', 'must be in (0, 1]');
  need(isInt(o.maxRounds) && o.maxRounds >= 1, 'maxRounds', 'must be a whole number ≥ 1');
  need(isInt(o.maxLeaves) && o.maxLeaves >= 2, 'maxLeaves', 'must be a whole number ≥ 2');
  need(o.maxDepth >= 1 && (isInt(o.maxDepth) || o.maxDepth === Infinity), 'maxDepth', 'must be a whole number ≥ 1');
  need(isInt(o.minSamplesLeaf) && o.minSamplesLeaf >= 1, 'minSamplesLeaf', 'must be a whole number ≥ 1');
  need(o.l2 >= 0 && Number.isFinite(o.l2), 'l2', 'must be ≥ 0');
  need(isInt(o.maxBins) && o.maxBins >= 2 && o.maxBins <= 255, 'maxBins', 'must be a whole number in [2, 255]');
  need(o.subsample > 0 && o.subsample <= 1, 'subsample', 'must be in (0, 1]');
  need(o.colsample > 0 && o.colsample <= 1, 'colsample', 'must be in (0, 1]');
  need(o.validationFraction >= 0 && o.validationFraction < 1, 'validationFraction', 'must be in [0, 1)');
  need(isInt(o.earlyStoppingRounds) && o.earlyStoppingRounds >= 1, 'earlyStoppingRounds', 'must be a whole number ≥ 1');
  if (problems.length) throw invalidFields(problems);
}

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
  const isInt = (v: number) => Number.isInteger(v);
  const fraction = (option: 'learningRate' | 'subsample' | 'colsample') => {
    if (!(o[option] > 0 && o[option] <= 1)) problems.push(problem(option, 'training.option_fraction', { option }));
  };
  const wholeAtLeast = (option: 'maxRounds' | 'maxLeaves' | 'minSamplesLeaf' | 'earlyStoppingRounds', min: number) => {
    if (!(isInt(o[option]) && o[option] >= min)) problems.push(problem(option, 'training.option_whole_at_least', { option, min }));
  };
  if (!Number.isFinite(o.seed)) problems.push(problem('seed', 'training.option_not_finite', { option: 'seed' }));
  fraction('learningRate');
  wholeAtLeast('maxRounds', 1);
  wholeAtLeast('maxLeaves', 2);
  if (!(o.maxDepth >= 1 && (isInt(o.maxDepth) || o.maxDepth === Infinity))) problems.push(problem('maxDepth', 'training.option_whole_at_least', { option: 'maxDepth', min: 1 }));
  wholeAtLeast('minSamplesLeaf', 1);
  if (!(o.l2 >= 0 && Number.isFinite(o.l2))) problems.push(problem('l2', 'training.option_at_least', { option: 'l2', min: 0 }));
  if (!(isInt(o.maxBins) && o.maxBins >= 2 && o.maxBins <= 255)) problems.push(problem('maxBins', 'training.option_whole_between', { option: 'maxBins', min: 2, max: 255 }));
  fraction('subsample');
  fraction('colsample');
  if (!(o.validationFraction >= 0 && o.validationFraction < 1)) problems.push(problem('validationFraction', 'training.option_share', { option: 'validationFraction' }));
  wholeAtLeast('earlyStoppingRounds', 1);
  if (problems.length) throw invalidFields(problems);
}

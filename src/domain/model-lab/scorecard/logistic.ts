// Logistic regression by Newton–Raphson (iteratively reweighted least squares) with a small ridge
// penalty on the slopes. Deterministic: no random start, no sampling; a few iterations suffice for
// the ≤ 20 weight-of-evidence columns a scorecard has.

export interface LogisticFit {
  intercept: number;
  coefficients: number[];
  iterations: number;
}

export interface LogisticOptions {
  /** Ridge penalty per training row; keeps collinear WoE columns from trading huge opposite weights. */
  l2PerRow: number;
  maxIterations: number;
  tolerance: number;
}

const DEFAULTS: LogisticOptions = { l2PerRow: 1e-3, maxIterations: 50, tolerance: 1e-9 };

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function fitLogistic(columns: readonly Float64Array[], labels: Uint8Array, options: Partial<LogisticOptions> = {}): LogisticFit {
  const { l2PerRow, maxIterations, tolerance } = { ...DEFAULTS, ...options };
  const problem = { columns, labels, lambda: l2PerRow * labels.length };
  const mean = labels.reduce((s, y) => s + y, 0) / labels.length;
  let beta = new Float64Array(columns.length + 1);
  beta[0] = Math.log((mean + 1e-9) / (1 - mean + 1e-9));
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const { objective, gradient, hessian } = newtonTerms(problem, beta);
    const step = solveSymmetric(hessian, gradient, beta.length);
    // Step halving: a full Newton step can overshoot far from the optimum (rare events, near separation).
    let scale = 1;
    let next = beta.map((b, j) => b + step[j]!);
    while (penalisedLogLikelihood(problem, next) < objective && scale > 1e-6) {
      scale /= 2;
      next = beta.map((b, j) => b + scale * step[j]!);
    }
    const largest = step.reduce((m, s) => Math.max(m, Math.abs(s * scale)), 0);
    beta = next;
    if (largest < tolerance) break;
  }
  return { intercept: beta[0]!, coefficients: Array.from(beta.subarray(1)), iterations };
}

interface Problem {
  columns: readonly Float64Array[];
  labels: Uint8Array;
  lambda: number;
}

function linear(problem: Problem, beta: Float64Array, row: number): number {
  let z = beta[0]!;
  for (let j = 0; j < problem.columns.length; j++) z += beta[j + 1]! * problem.columns[j]![row]!;
  return z;
}

/** Log-likelihood minus the ridge penalty (the intercept is not penalised). */
function penalisedLogLikelihood(problem: Problem, beta: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < problem.labels.length; i++) {
    const z = linear(problem, beta, i);
    // log(1 + e^z) written to stay finite for large |z|
    sum += problem.labels[i]! * z - (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
  }
  for (let j = 1; j < beta.length; j++) sum -= (problem.lambda / 2) * beta[j]! ** 2;
  return sum;
}

/** Gradient and (negated) Hessian of the penalised log-likelihood; the Hessian's lower triangle only. */
function newtonTerms(problem: Problem, beta: Float64Array) {
  const k = beta.length;
  const hessian = new Float64Array(k * k);
  const gradient = new Float64Array(k);
  const x = new Float64Array(k);
  x[0] = 1;
  for (let i = 0; i < problem.labels.length; i++) {
    for (let j = 1; j < k; j++) x[j] = problem.columns[j - 1]![i]!;
    const p = sigmoid(linear(problem, beta, i));
    const w = Math.max(p * (1 - p), 1e-12);
    const r = problem.labels[i]! - p;
    for (let a = 0; a < k; a++) {
      gradient[a]! += r * x[a]!;
      for (let b = 0; b <= a; b++) hessian[a * k + b]! += w * x[a]! * x[b]!;
    }
  }
  for (let a = 1; a < k; a++) {
    hessian[a * k + a]! += problem.lambda;
    gradient[a]! -= problem.lambda * beta[a]!;
  }
  return { objective: penalisedLogLikelihood(problem, beta), gradient, hessian };
}

/** Solves H·x = g for a symmetric positive-definite H (lower triangle filled) by Cholesky. */
export function solveSymmetric(h: Float64Array, g: Float64Array, k: number): Float64Array {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i * k + j]!;
      for (let m = 0; m < j; m++) sum -= l[i * k + m]! * l[j * k + m]!;
      // A tiny floor: an all-constant column would make H singular; its coefficient then stays ~0.
      l[i * k + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * k + j]!;
    }
  }
  const y = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let sum = g[i]!;
    for (let m = 0; m < i; m++) sum -= l[i * k + m]! * y[m]!;
    y[i] = sum / l[i * k + i]!;
  }
  const out = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let m = i + 1; m < k; m++) sum -= l[m * k + i]! * out[m]!;
    out[i] = sum / l[i * k + i]!;
  }
  return out;
}

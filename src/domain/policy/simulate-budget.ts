// The budget's share-out over columns, exactly as allocateBudget (budget.ts) does it over claims:
// in full when the requests fit; else first_come (in first-come order, the crossing claim gets the
// remainder) or pro_rata (floor(asked × budget / total asked), the fen left by rounding one each to
// the largest remainders, ties by loan id — a loan's index is its id's rank).
import type { BudgetRule } from './programme.ts';
import { EXACT_LIMIT, FenSums, exactProduct, floorDiv } from './simulate-exact.ts';

export interface BudgetShare {
  /** Per loan (by index): what the budget grants; 0 for loans that asked nothing. */
  grantedFen: Float64Array;
  askedFen: bigint;
  grantedTotalFen: bigint;
  /** True when the requests did not fit in the budget left. */
  short: boolean;
  /** The loan (index) at which the requests, in first-come order, first reach the budget left; −1 when they never do. */
  exhaustedAt: number;
}

/** Shares `budgetFen` among `requested` (per loan index); `order` lists the loan indices in first-come order. */
export function shareBudget(requested: Float64Array, order: Int32Array, rule: BudgetRule, budgetFen: bigint): BudgetShare {
  if (budgetFen < 0n) throw new RangeError('the budget left cannot be negative');
  const asked = new FenSums(1);
  for (let i = 0; i < requested.length; i++) if (requested[i]! > 0) asked.add(0, requested[i]!);
  const askedFen = asked.get(0);
  const exhaustedAt = askedFen >= budgetFen ? crossing(requested, order, budgetFen) : -1;
  if (askedFen <= budgetFen) return { grantedFen: requested, askedFen, grantedTotalFen: askedFen, short: false, exhaustedAt };
  const grantedFen = rule === 'first_come' ? firstCome(requested, order, budgetFen) : proRata(requested, askedFen, budgetFen);
  return { grantedFen, askedFen, grantedTotalFen: budgetFen, short: true, exhaustedAt };
}

/** The first asking loan, in first-come order, at which the running total of requests reaches the budget. */
function crossing(requested: Float64Array, order: Int32Array, budgetFen: bigint): number {
  if (budgetFen <= BigInt(EXACT_LIMIT)) {
    const budget = Number(budgetFen);
    let sum = 0; // below budget ≤ 2^52 before each addition of at most 2^52: exact
    for (const i of order) {
      if (requested[i]! === 0) continue;
      sum += requested[i]!;
      if (sum >= budget) return i;
    }
    return -1;
  }
  let sum = 0n;
  for (const i of order) {
    if (requested[i]! === 0) continue;
    sum += BigInt(requested[i]!);
    if (sum >= budgetFen) return i;
  }
  return -1;
}

function firstCome(requested: Float64Array, order: Int32Array, budgetFen: bigint): Float64Array {
  const granted = new Float64Array(requested.length);
  if (budgetFen <= BigInt(EXACT_LIMIT)) {
    let left = Number(budgetFen);
    for (const i of order) {
      const grant = requested[i]! <= left ? requested[i]! : left;
      granted[i] = grant;
      left -= grant;
    }
    return granted;
  }
  let left = budgetFen;
  for (const i of order) {
    const ask = BigInt(requested[i]!);
    const grant = ask <= left ? ask : left;
    granted[i] = Number(grant); // ≤ the request, itself ≤ 2^52
    left -= grant;
  }
  return granted;
}

/** Only called when the requests exceed the budget, so the budget is below their total. */
function proRata(requested: Float64Array, askedFen: bigint, budgetFen: bigint): Float64Array {
  if (askedFen > BigInt(EXACT_LIMIT)) return proRataBig(requested, askedFen, budgetFen);
  const n = requested.length;
  const [total, budget] = [Number(askedFen), Number(budgetFen)];
  const granted = new Float64Array(n);
  const remainder = new Float64Array(n); // each < total ≤ 2^52: exact
  let floors = 0; // Σ floor(asked × budget / total) ≤ budget ≤ 2^52: exact
  let asking = 0;
  for (let i = 0; i < n; i++) {
    const ask = requested[i]!;
    if (ask === 0) continue;
    asking++;
    const product = exactProduct(ask, budget);
    if (Number.isNaN(product)) {
      const exact = BigInt(ask) * budgetFen;
      granted[i] = Number(exact / askedFen);
      remainder[i] = Number(exact % askedFen);
    } else {
      const fen = floorDiv(product, total);
      granted[i] = fen;
      remainder[i] = product - fen * total;
    }
    floors += granted[i]!;
  }
  const leftover = budget - floors; // fewer fen than asking claims
  if (leftover === 0) return granted;
  const ranked = new Float64Array(asking);
  for (let i = 0, k = 0; i < n; i++) if (requested[i]! > 0) ranked[k++] = remainder[i]!;
  ranked.sort();
  const threshold = ranked[asking - leftover]!; // the leftover-th largest remainder
  let atThreshold = leftover;
  for (let k = asking - leftover; k < asking; k++) if (ranked[k]! > threshold) atThreshold--;
  for (let i = 0; i < n; i++) {
    if (requested[i]! === 0) continue;
    if (remainder[i]! > threshold) granted[i]! += 1;
    else if (remainder[i]! === threshold && atThreshold > 0) {
      granted[i]! += 1;
      atThreshold--;
    }
  }
  return granted;
}

/** The same in bigint, for requests totalling more than 2^52 fen. */
function proRataBig(requested: Float64Array, askedFen: bigint, budgetFen: bigint): Float64Array {
  const granted = new Float64Array(requested.length);
  const parts: { i: number; remainder: bigint }[] = [];
  let leftover = budgetFen;
  for (let i = 0; i < requested.length; i++) {
    if (requested[i]! === 0) continue;
    const exact = BigInt(requested[i]!) * budgetFen;
    const fen = exact / askedFen;
    granted[i] = Number(fen); // ≤ the request
    leftover -= fen;
    parts.push({ i, remainder: exact % askedFen });
  }
  parts.sort((a, b) => (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.i - b.i));
  for (let k = 0; leftover > 0n; k++, leftover--) granted[parts[k]!.i]! += 1;
  return granted;
}

// A claim's calculation trail as stored: each step a JSON array `[step, value, …]` in the fixed key
// order below instead of an object, written as JSON text without an intermediate copy. A run
// stores a hundred thousand trails; the keys were half of every trail's bytes, and building,
// serialising and parsing them dominated its write. Read back, every step is the object it was
// (trailOf), to the fen: fen as JSON numbers when exact (strings beyond 2^53), bigint again on read.
// A step whose keys are not the ones listed (or a trail stored before this encoding) stays an
// object, and objects are read as they are, so no stored trail needs rewriting.
import type { TrailStep } from '../../domain/policy/trail.ts';

/** Each step's keys after `step`, in the order the domain writes them; optional ones last. */
const KEYS: Record<TrailStep['step'], readonly string[]> = {
  repayment: ['date', 'interestFen'],
  repayment_not_counted: ['date', 'interestFen', 'from', 'to'],
  interest_paid: ['repayments', 'interestFen'],
  lpr: ['base', 'month', 'publishedOn', 'rate'],
  rate_cap: ['base', 'lprRate', 'times', 'plusBp', 'capRate', 'loanRate', 'applies'],
  eligible_interest: ['interestPaidFen', 'capRate', 'loanRate', 'eligibleInterestFen', 'rounding'],
  share: ['share', 'eligibleInterestFen', 'subsidyFen', 'rounding'],
  cap: ['cap', 'limitFen', 'alreadyFen', 'roomFen', 'beforeFen', 'afterFen'],
  fee_payment: ['contractNo', 'date', 'amountFen', 'coverageFrom', 'coverageTo', 'coveredAmountFen', 'feeRate'],
  fee_payment_not_counted: ['contractNo', 'date', 'amountFen', 'from', 'to'],
  basis_paid: ['basis', 'payments', 'paidFen'],
  fee_rate_check: ['contractNo', 'date', 'feeRate', 'maxFeeRate', 'within'],
  fee_share: ['contractNo', 'date', 'share', 'paidFen', 'subsidyFen', 'rounding'],
  amount_rate_limit: ['contractNo', 'date', 'maxSubsidyRate', 'coveredAmountFen', 'countedAmountFen', 'days', 'dayCount', 'limitFen', 'beforeFen', 'afterFen', 'rounding'],
  fee_subsidy: ['payments', 'subsidyFen'],
  ineligible: ['reasons'],
  budget: ['rule', 'outcome', 'requestedFen', 'grantedFen', 'budgetLeftBeforeFen', 'budgetLeftAfterFen', 'budgetFen', 'requestedTotalFen', 'remainderFen'],
  clawback_attribution: ['contractNo', 'date', 'paymentSubsidyFen', 'claimComputedFen', 'claimGrantedFen', 'grantedFen', 'rounding'],
  clawback: ['rule', 'contractNo', 'coverageFrom', 'coverageTo', 'surrenderedOn', 'coveredDays', 'unexpiredDays', 'dayCount', 'grantedFen', 'clawbackFen', 'rounding'],
};

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const FEN_KEY = /Fen$/;

/** JSON of one value as the old object trails had it, except fen: a number when exact. */
function jsonOf(v: unknown): string {
  switch (typeof v) {
    case 'bigint':
      return v <= SAFE && v >= -SAFE ? v.toString() : `"${v.toString()}"`;
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      if (v === null || v === undefined) return 'null';
      if (Array.isArray(v)) return `[${v.map(jsonOf).join(',')}]`;
      return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
  }
}

/** The step's values in KEYS order, or null when its keys are not exactly a prefix of them (then it is stored as an object). */
function positional(step: Record<string, unknown>): string | null {
  const keys = KEYS[step.step as TrailStep['step']];
  if (!keys) return null;
  let out = JSON.stringify(step.step);
  let present = 1;
  let seen = 0;
  for (const k in step) if (step[k] !== undefined) seen++;
  for (const k of keys) {
    const v = step[k];
    if (v === undefined) break;
    out += `,${jsonOf(v)}`;
    present++;
  }
  if (present !== seen) return null;
  // The object's own key order must be the stored one, so that reading it back gives the same object.
  let i = -1;
  for (const k in step) {
    if (step[k] === undefined) continue;
    if (i < 0 ? k !== 'step' : k !== keys[i]) return null;
    i++;
  }
  return `[${out}]`;
}

/** The trail as the JSON text stored in `subsidy_claims.trail`. */
export function encodeTrail(trail: readonly TrailStep[]): string {
  let out = '[';
  for (let i = 0; i < trail.length; i++) {
    const step = trail[i] as unknown as Record<string, unknown>;
    if (i) out += ',';
    out += positional(step) ?? objectJson(step);
  }
  return `${out}]`;
}

/** A step kept as an object: fen as strings, as trails were stored before. */
const objectJson = (step: Record<string, unknown>) => JSON.stringify(step, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));

/** The stored trail as a value drizzle writes to the jsonb column (one claim, e.g. a clawback appending steps). */
export const storedTrail = (trail: readonly TrailStep[]): unknown => JSON.parse(encodeTrail(trail));

/** A stored trail read back (either encoding): each step the object it was, fen as bigint. */
export function trailOf(stored: unknown): TrailStep[] {
  return (stored as unknown[]).map((s) => {
    if (!Array.isArray(s)) return Object.fromEntries(Object.entries(s as Record<string, unknown>).map(([k, v]) => [k, FEN_KEY.test(k) && typeof v === 'string' ? BigInt(v) : v]));
    const keys = KEYS[s[0] as TrailStep['step']] ?? [];
    const step: Record<string, unknown> = { step: s[0] };
    for (let i = 1; i < s.length; i++) {
      const k = keys[i - 1]!;
      const v: unknown = s[i];
      step[k] = FEN_KEY.test(k) && (typeof v === 'string' || typeof v === 'number') ? BigInt(v) : v;
    }
    return step;
  }) as unknown as TrailStep[];
}

// A subsidy programme as versioned data: who qualifies (eligibility over the facts the platform
// holds, and rules on the loan), the formula (a share of what was paid — interest, a guarantee fee
// or an insurance premium, by kind — optionally at a rate capped relative to the LPR for interest,
// or at most a yearly rate of the covered amount for fees and premiums), the caps, the budget and how it is shared when it runs short, and whether
// it may be combined with other programmes. `validateProgramme` checks an input on save and names
// each problem by its field path ("caps.perLoanFen", "formula.rateCap.times").
import { z } from 'zod';
import { GRADES, type Grade } from '../../../shared/rating.ts';
import { LOAN_TYPES, type LoanType } from '../../../shared/marketplace.ts';
import { problem, type ArgsOf, type ErrorCode, type ParamValues } from '../shared/errors.ts';
import { zodIssueProblem } from '../shared/zod-issues.ts';
import { compareFractions, parseDecimal } from './decimal.ts';

import { BUDGET_RULES, CLAWBACK_RULES, INTAKES, LPR_BASES, PROGRAMME_KINDS, PROOF_KINDS, PROOF_PROVIDERS, STACKING_RULES, type RequiredProof, type BudgetRule, type ClawbackRule, type Intake, type LprBase, type ProgrammeKind, type StackingRule, type SubsidyBasis } from '../../../shared/policy.ts';

// The vocabularies live in shared/ (the web's editor offers exactly these).
export { BUDGET_RULES, CLAWBACK_RULES, INTAKES, LPR_BASES, PROGRAMME_KINDS, STACKING_RULES, type BudgetRule, type ClawbackRule, type Intake, type LprBase, type ProgrammeKind, type StackingRule, type SubsidyBasis };
export const basisOf = (kind: ProgrammeKind): SubsidyBasis => (kind === 'interest_subsidy' ? 'interest' : kind === 'guarantee_fee_subsidy' ? 'guarantee_fee' : 'premium');

/**
 * A rate relative to the LPR in force on the loan's disbursement date: LPR × times + plusBp.
 * Beijing's "LPR + 40%" is `{ base: 'lpr1y', times: '1.4' }`; "LPR + 40 bp" is `{ base: 'lpr1y', plusBp: 40 }`.
 */
export interface LprRate {
  base: LprBase;
  /** A decimal multiple of the LPR ("1.4"); 1 when absent. */
  times?: string;
  /** Basis points added after the multiple (negative for below); 0 when absent. */
  plusBp?: number;
}

export interface Programme {
  id: string;
  version: number;
  kind: ProgrammeKind;
  /** The owning park's code, or null for a city-wide (platform) programme. */
  ownerPark: string | null;
  /** Business dates (YYYY-MM-DD, Asia/Shanghai), both inclusive: the loan's disbursement date must fall in them. */
  validFrom: string;
  validTo: string;
  eligibility: {
    /** The worst grade accepted (BBB accepts AAA…BBB); null: no rating needed. */
    minGrade: Grade | null;
    requiresValidReport: boolean;
    /** GB/T 4754 prefixes ("I65", "C"); empty: any industry. */
    industryPrefixes: string[];
    /** Park codes; empty: the owner park's enterprises, or any park for a city-wide programme. */
    parkCodes: string[];
    excludeDishonest: boolean;
  };
  loanRules: {
    /** Empty: any loan type. */
    loanTypes: LoanType[];
    /** Partner institutions; empty: any. */
    institutionIds: string[];
    minAmountFen: bigint | null;
    maxAmountFen: bigint | null;
    maxTermMonths: number | null;
    /** The loan's own rate may not exceed this; null: any rate. */
    maxRate: LprRate | null;
    /** Fee and premium programmes: the guarantee's fee rate (the policy's premium rate) a year may not exceed this decimal ("0.008"); absent: any. */
    maxFeeRate?: string;
  };
  formula: {
    /** The share of what counts, a decimal in (0, 1] ("0.5"): of eligible interest paid, or of the guarantee fee or premium paid, by kind. */
    share: string;
    /** Interest programmes: interest counts as if at most at this rate; null: interest counts as paid. Null for fee and premium programmes. */
    rateCap: LprRate | null;
    /** Fee and premium programmes: the subsidy of one payment is at most this decimal a year of the covered amount ("0.01"), over the coverage days / 365; absent: no such limit. */
    maxSubsidyRateOfAmount?: string;
  };
  caps: {
    perEnterprisePerYearFen: bigint | null;
    perLoanFen: bigint | null;
    budgetFen: bigint;
  };
  budgetRule: BudgetRule;
  stacking: StackingRule;
  /** Calendar days the computed result is published for objections. */
  objectionDays: number;
  /** Working days the enterprise has to confirm its receiving account, or it forfeits. */
  confirmDays: number;
  /** How claims arise; absent: 'application'. */
  intake?: Intake;
  /** Fee and premium programmes: what a surrender or early release claws back; absent: nothing ('none'). */
  clawback?: { onSurrender: ClawbackRule };
  /** The proofs a claim needs before the park approves it, each with who provides it; absent: none. */
  proofs?: RequiredProof[];
}

/** One problem with a programme: the field's path, a catalogue code, its parameters and the English. */
export interface ProgrammeIssue {
  path: string;
  code: ErrorCode;
  params: ParamValues;
  message: string;
}

export function programmeIssue<C extends ErrorCode>(path: string, code: C, ...args: ArgsOf<C>): ProgrammeIssue {
  const { field, ...rest } = problem(path, code, ...args);
  return { path: field, ...rest };
}

const MAX_FEN = 1e15; // ¥10 trillion, well inside the exact range of a JSON number
/** Integer fen as a JSON number (exact) or a bigint; a bigint is read as the number it equals. */
const fen = z
  .preprocess((v) => (typeof v === 'bigint' && v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v), z.number().int().min(0).max(MAX_FEN))
  .transform((v) => BigInt(v));
const date = z.iso.date();
const decimal = z.string().refine((v) => parseDecimal(v) !== null, { params: { code: 'programme.decimal_format' } });
const code = z.string().min(1).max(64);

const lprRateSchema = z.strictObject({
  base: z.enum(LPR_BASES),
  times: decimal.optional(),
  plusBp: z.number().int().min(-2000).max(2000).optional(),
});

export const programmeSchema = z.strictObject({
  id: code,
  version: z.number().int().min(1),
  kind: z.enum(PROGRAMME_KINDS),
  ownerPark: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'rule.value_not_park_code').nullable(),
  validFrom: date,
  validTo: date,
  eligibility: z.strictObject({
    minGrade: z.enum(GRADES).nullable(),
    requiresValidReport: z.boolean(),
    industryPrefixes: z.array(z.string().regex(/^[A-T][0-9]{0,4}$/, 'rule.value_not_industry_prefix')).max(200),
    parkCodes: z.array(z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'rule.value_not_park_code')).max(200),
    excludeDishonest: z.boolean(),
  }),
  loanRules: z.strictObject({
    loanTypes: z.array(z.enum(LOAN_TYPES)),
    institutionIds: z.array(code).max(500),
    minAmountFen: fen.nullable(),
    maxAmountFen: fen.nullable(),
    maxTermMonths: z.number().int().min(1).max(360).nullable(),
    maxRate: lprRateSchema.nullable(),
    maxFeeRate: decimal.optional(),
  }),
  formula: z.strictObject({ share: decimal, rateCap: lprRateSchema.nullable(), maxSubsidyRateOfAmount: decimal.optional() }),
  caps: z.strictObject({ perEnterprisePerYearFen: fen.nullable(), perLoanFen: fen.nullable(), budgetFen: fen }),
  budgetRule: z.enum(BUDGET_RULES),
  stacking: z.enum(STACKING_RULES),
  objectionDays: z.number().int().min(0).max(90),
  confirmDays: z.number().int().min(0).max(60),
  intake: z.enum(INTAKES).optional(),
  clawback: z.strictObject({ onSurrender: z.enum(CLAWBACK_RULES) }).optional(),
  proofs: z.array(z.strictObject({ kind: z.enum(PROOF_KINDS), by: z.enum(PROOF_PROVIDERS) })).max(PROOF_KINDS.length).optional(),
});

/** What a programme looks like before validation (fen may be JSON numbers). */
export type ProgrammeInput = z.input<typeof programmeSchema>;

export type ProgrammeValidation = { ok: true; programme: Programme; issues: [] } | { ok: false; issues: ProgrammeIssue[] };

/** Parses and checks a programme: shape first (zod), then rules that contradict each other. */
export function validateProgramme(input: unknown): ProgrammeValidation {
  const parsed = programmeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ ...pathOf(zodIssueProblem(i)) })) };
  const programme: Programme = parsed.data;
  const issues = contradictions(programme);
  return issues.length ? { ok: false, issues } : { ok: true, programme, issues: [] };
}

const pathOf = ({ field, ...rest }: { field: string; code: ErrorCode; params: ParamValues; message: string }): ProgrammeIssue => ({ path: field, ...rest });

function contradictions(p: Programme): ProgrammeIssue[] {
  const issues: ProgrammeIssue[] = [];
  if (p.validFrom > p.validTo) issues.push(programmeIssue('validFrom', 'programme.valid_from_after_to', { from: p.validFrom, to: p.validTo }));
  const { minAmountFen: min, maxAmountFen: max } = p.loanRules;
  if (min !== null && max !== null && min > max) issues.push(programmeIssue('loanRules.minAmountFen', 'programme.amount_min_above_max', { min: String(min), max: String(max) }));
  const share = parseDecimal(p.formula.share)!;
  if (share.numerator === 0n || compareFractions(share, { numerator: 1n, denominator: 1n }) > 0) {
    issues.push(programmeIssue('formula.share', 'programme.share_range', { value: p.formula.share }));
  }
  issues.push(...lprRateIssues(p.formula.rateCap, 'formula.rateCap'), ...lprRateIssues(p.loanRules.maxRate, 'loanRules.maxRate'));
  for (const cap of ['perEnterprisePerYearFen', 'perLoanFen'] as const) {
    const value = p.caps[cap];
    if (value !== null && value > p.caps.budgetFen) issues.push(programmeIssue(`caps.${cap}`, 'programme.cap_above_budget', { cap: String(value), budget: String(p.caps.budgetFen) }));
  }
  issues.push(...kindIssues(p));
  (p.proofs ?? []).forEach((proof, i, all) => {
    if (all.findIndex((o) => o.kind === proof.kind) < i) issues.push(programmeIssue(`proofs.${i}.kind`, 'programme.proof_duplicate', { proof: proof.kind }));
  });
  return issues;
}

/** Fields that mean something for one basis only: an LPR cap on interest, fee-rate and amount limits and clawback on fees and premiums. */
function kindIssues(p: Programme): ProgrammeIssue[] {
  const issues: ProgrammeIssue[] = [];
  const notFor = (path: string) => issues.push(programmeIssue(path, 'programme.field_not_for_kind', { field: path, kind: p.kind }));
  const annualRate = (path: string, value: string | undefined) => {
    if (value === undefined) return;
    const rate = parseDecimal(value)!;
    if (rate.numerator === 0n || compareFractions(rate, { numerator: 1n, denominator: 1n }) > 0) issues.push(programmeIssue(path, 'programme.annual_rate_range', { value }));
  };
  if (basisOf(p.kind) === 'interest') {
    if (p.loanRules.maxFeeRate !== undefined) notFor('loanRules.maxFeeRate');
    if (p.formula.maxSubsidyRateOfAmount !== undefined) notFor('formula.maxSubsidyRateOfAmount');
    if (p.clawback !== undefined) notFor('clawback');
    return issues;
  }
  if (p.formula.rateCap !== null) notFor('formula.rateCap');
  annualRate('loanRules.maxFeeRate', p.loanRules.maxFeeRate);
  annualRate('formula.maxSubsidyRateOfAmount', p.formula.maxSubsidyRateOfAmount);
  return issues;
}

function lprRateIssues(rate: LprRate | null, path: string): ProgrammeIssue[] {
  if (rate === null) return [];
  if (rate.times === undefined && rate.plusBp === undefined) return [programmeIssue(path, 'programme.rate_bound_empty')];
  const times = rate.times === undefined ? null : parseDecimal(rate.times)!;
  if (times !== null && (times.numerator === 0n || compareFractions(times, { numerator: 10n, denominator: 1n }) > 0)) {
    return [programmeIssue(`${path}.times`, 'programme.times_range', { value: rate.times! })];
  }
  return [];
}

/**
 * The version of one programme that decides a loan disbursed on `date`: of the versions whose
 * period holds the date, the highest; null when none does. A later version with a period that
 * still holds an old loan's date replaces an earlier one only for claims not yet decided — the
 * caller keeps the version a decided claim was computed under.
 */
export function versionInForce(versions: readonly Programme[], date: string): Programme | null {
  let found: Programme | null = null;
  for (const v of versions) if (v.validFrom <= date && date <= v.validTo && (found === null || v.version > found.version)) found = v;
  return found;
}

/**
 * The programmes (by code) with a version whose period meets [from, to]: those a run for that
 * period has loans to read for. Codes in order, once each.
 */
export function programmesInForce(versions: readonly Programme[], from: string, to: string): string[] {
  const codes = new Set<string>();
  for (const v of versions) if (v.validFrom <= to && from <= v.validTo) codes.add(v.id);
  return [...codes].sort();
}

/**
 * A draft as the simulator runs it over a past period: as if it had been in force over the whole
 * period (and from when the version it would replace started), so a change to a live programme,
 * which may only start after today, still shows what it would have cost on the same loans. Caps,
 * rules and budget are the draft's own.
 */
export function asIfInForce(draft: Programme, period: { from: string; to: string }, current: Programme | null): Programme {
  const starts = [draft.validFrom, period.from, ...(current ? [current.validFrom] : [])].sort();
  return { ...draft, validFrom: starts[0]!, validTo: draft.validTo > period.to ? draft.validTo : period.to };
}

// A risk compensation pool (风险补偿资金池) as data: who funds it and in what shares, which partner
// institutions may register loans, what share of a loan's net principal loss it pays (plus a bonus
// for an enterprise's first loan), the partner's cumulative cap, the leverage it may carry, the
// non-performing ratio that suspends a partner, when a claim may be filed and the review steps with
// their working-day deadlines and documents. `validatePool` checks a definition on save and names
// each problem by its field path ("coverage.lossShare", "contributors.1.share").
import { z } from 'zod';
import { problem, type ArgsOf, type ErrorCode, type ParamValues } from '../shared/errors.ts';
import { zodIssueProblem } from '../shared/zod-issues.ts';
import { addFractions, compareFractions, parseDecimal, type Fraction } from './decimal.ts';

export const CONTRIBUTOR_KINDS = ['government', 'institution'] as const;
/** government: a city or district body; institution: a partner bank or guarantor putting money in. */
export type ContributorKind = (typeof CONTRIBUTOR_KINDS)[number];

import { CLAIM_DOCUMENTS, type ClaimDocument, type ReviewStep } from '../../../shared/pools.ts';

export { CLAIM_DOCUMENTS, REVIEW_STEPS, type ClaimDocument, type ReviewStep } from '../../../shared/pools.ts';

export interface PoolContributor {
  id: string;
  kind: ContributorKind;
  /** A part of the pool's ratio, a decimal above 0: 4 : 3 : 3 is "4", "3", "3". */
  share: string;
}

export interface ReviewStepRule {
  /** Working days the park administrator has to finish the step, counted from the day it starts. */
  workingDays: number;
  /** What the step needs before it can be finished. */
  documents: ClaimDocument[];
}

export interface Pool {
  id: string;
  version: number;
  /** The owning park's code, or null for a city-wide pool. */
  ownerPark: string | null;
  /** Business dates, both inclusive: a loan registered must be disbursed in them. */
  validFrom: string;
  validTo: string;
  contributors: PoolContributor[];
  /** Institutions that may register loans and claim. */
  partnerIds: string[];
  coverage: {
    /** The share of the net principal loss paid, a decimal in (0, 1] ("0.55"). */
    lossShare: string;
    /** Percentage points added for the enterprise's first loan (5 → 55% becomes 60%); 0 for none. */
    firstLoanBonusPoints: string;
    /** Only enterprises on the key-industry list. */
    requiresKeyIndustry: boolean;
    /** Loans already covered by a policy guarantee are not covered again. */
    excludePolicyGuaranteed: boolean;
  };
  /** A partner is paid at most this share of its actual loss over all its pool claims (e.g. "0.8"), or no cap when null. */
  partnerCapRatio: string | null;
  leverage: {
    /** Loans covered ÷ pool balance may reach this multiple ("10"). */
    target: string;
    /** Whether a registration that would pass the target is let through (flagged) instead of refused. */
    allowAboveTarget: boolean;
  };
  /** A partner whose NPL principal ÷ registered outstanding principal passes this is suspended ("0.03"). */
  nplThreshold: string;
  trigger: {
    /** A claim needs the loan overdue MORE than this many calendar days. */
    overdueDaysMoreThan: number;
    /** A claim needs a court's acceptance of the lawsuit over the loan. */
    requiresLawsuitAccepted: boolean;
  };
  review: Record<ReviewStep, ReviewStepRule>;
}

/** One problem with a pool definition: the field's path, a catalogue code, its parameters and the English. */
export interface PoolIssue {
  path: string;
  code: ErrorCode;
  params: ParamValues;
  message: string;
}

export function poolIssue<C extends ErrorCode>(path: string, code: C, ...args: ArgsOf<C>): PoolIssue {
  const { field, ...rest } = problem(path, code, ...args);
  return { path: field, ...rest };
}

const decimal = z.string().refine((v) => parseDecimal(v) !== null, { params: { code: 'pool.decimal_format' } });
const id = z.string().min(1).max(64);
const parkCode = z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'rule.value_not_park_code');
const stepRule = z.strictObject({ workingDays: z.number().int().min(1).max(60), documents: z.array(z.enum(CLAIM_DOCUMENTS)).max(CLAIM_DOCUMENTS.length) });

export const poolSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  ownerPark: parkCode.nullable(),
  validFrom: z.iso.date(),
  validTo: z.iso.date(),
  contributors: z.array(z.strictObject({ id, kind: z.enum(CONTRIBUTOR_KINDS), share: decimal })).min(1).max(50),
  partnerIds: z.array(id).min(1).max(500),
  coverage: z.strictObject({ lossShare: decimal, firstLoanBonusPoints: decimal, requiresKeyIndustry: z.boolean(), excludePolicyGuaranteed: z.boolean() }),
  partnerCapRatio: decimal.nullable(),
  leverage: z.strictObject({ target: decimal, allowAboveTarget: z.boolean() }),
  nplThreshold: decimal,
  trigger: z.strictObject({ overdueDaysMoreThan: z.number().int().min(0).max(3650), requiresLawsuitAccepted: z.boolean() }),
  review: z.strictObject({ filing: stepRule, review: stepRule, approval: stepRule }),
});

export type PoolInput = z.input<typeof poolSchema>;
export type PoolValidation = { ok: true; pool: Pool; issues: [] } | { ok: false; issues: PoolIssue[] };

/** Parses and checks a pool definition: shape first (zod), then ranges and contradictions, every problem at once. */
export function validatePool(input: unknown): PoolValidation {
  const parsed = poolSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ ...pathOf(zodIssueProblem(i)) })) };
  }
  const pool: Pool = parsed.data;
  const issues = contradictions(pool);
  return issues.length ? { ok: false, issues } : { ok: true, pool, issues: [] };
}

const pathOf = ({ field, ...rest }: { field: string; code: ErrorCode; params: ParamValues; message: string }): PoolIssue => ({ path: field, ...rest });

const ONE: Fraction = { numerator: 1n, denominator: 1n };
const inUnitRange = (f: Fraction) => f.numerator > 0n && compareFractions(f, ONE) <= 0;

function contradictions(p: Pool): PoolIssue[] {
  const issues: PoolIssue[] = [];
  if (p.validFrom > p.validTo) issues.push(poolIssue('validFrom', 'pool.valid_from_after_to', { from: p.validFrom, to: p.validTo }));
  const seen = new Set<string>();
  p.contributors.forEach((c, i) => {
    if (parseDecimal(c.share)!.numerator === 0n) issues.push(poolIssue(`contributors.${i}.share`, 'pool.contributor_share_positive', { value: c.share }));
    if (seen.has(c.id)) issues.push(poolIssue(`contributors.${i}.id`, 'pool.contributor_repeated', { id: c.id }));
    seen.add(c.id);
  });
  const partners = new Set<string>();
  p.partnerIds.forEach((partner, i) => {
    if (partners.has(partner)) issues.push(poolIssue(`partnerIds.${i}`, 'pool.partner_repeated', { id: partner }));
    partners.add(partner);
  });
  const share = parseDecimal(p.coverage.lossShare)!;
  if (!inUnitRange(share)) issues.push(poolIssue('coverage.lossShare', 'pool.share_range', { value: p.coverage.lossShare }));
  else if (compareFractions(addFractions(share, bonusFraction(p.coverage.firstLoanBonusPoints)), ONE) > 0) {
    issues.push(poolIssue('coverage.firstLoanBonusPoints', 'pool.share_with_bonus_above_one', { share: p.coverage.lossShare, bonusPoints: p.coverage.firstLoanBonusPoints }));
  }
  for (const [path, value] of [['partnerCapRatio', p.partnerCapRatio], ['nplThreshold', p.nplThreshold]] as const) {
    if (value !== null && !inUnitRange(parseDecimal(value)!)) issues.push(poolIssue(path, 'pool.ratio_range', { value }));
  }
  const target = parseDecimal(p.leverage.target)!;
  if (target.numerator === 0n || compareFractions(target, { numerator: 100n, denominator: 1n }) > 0) issues.push(poolIssue('leverage.target', 'pool.leverage_target_range', { value: p.leverage.target }));
  return issues;
}

/** Percentage points as a fraction: "5" → 5/100. */
export const bonusFraction = (points: string): Fraction => {
  const f = parseDecimal(points)!;
  return { numerator: f.numerator, denominator: f.denominator * 100n };
};

/** The share of the net loss a loan registered with the pool is covered at: lossShare, plus the bonus on a first loan. */
export function coverageShare(pool: Pool, firstLoan: boolean): Fraction {
  const share = parseDecimal(pool.coverage.lossShare)!;
  return firstLoan ? addFractions(share, bonusFraction(pool.coverage.firstLoanBonusPoints)) : share;
}

/** A refusal or unmet condition: a catalogue code, its parameters and the English. */
export interface PoolReason {
  code: ErrorCode;
  params: ParamValues;
  message: string;
}

export function poolReason<C extends ErrorCode>(code: C, ...args: ArgsOf<C>): PoolReason {
  const { code: c, params, message } = problem('', code, ...args);
  return { code: c, params, message };
}

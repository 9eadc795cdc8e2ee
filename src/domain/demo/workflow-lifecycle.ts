// How a demo application goes: what the enterprise asks for, how long the institution takes, whether
// it asks for more information, what it decides (approval follows the grade, declines give a
// reason the grade and the product's rules explain), then contract and disbursement. The story is
// planned in working days from the submission and cut at today, so recent ones are still open.
import { addMonthsClamped, civilDate, isoDate } from '../loans/due-dates.ts';
import { REPAYMENT_METHODS, type RepaymentMethod } from '../loans/schedule.ts';
import { evaluateRule } from '../marketplace/rules.ts';
import type { Grade } from '../rating/expert-model.ts';
import { GRADES } from '../rating/expert-model.ts';
import type { RejectionReason } from '../workflow/rejections.ts';
import { clamp } from './draws.ts';
import type { Random } from './random.ts';
import type { Clock } from './workflow-clock.ts';
import {
  ACCEPT_COMMENTS,
  APPROVE_COMMENTS,
  DECLINE_OFFER_COMMENTS,
  DISBURSE_COMMENTS,
  FUND_COMMENTS,
  GUARANTEE_CLOSED,
  INFO_EXCHANGES,
  OTHER_SIGN_COMMENTS,
  purposesOf,
  REJECTION_COMMENTS,
  SIGN_COMMENTS,
  WITHDRAW_COMMENTS,
} from './workflow-texts.ts';
import type { Step, WorkflowFirm, WorkflowNeed, WorkflowProduct } from './workflow-types.ts';

/** Approval odds of an eligible loan application, by grade: the grade is what banks lend on. */
export const APPROVAL_BY_GRADE: Readonly<Record<Grade, number>> = { AAA: 0.88, AA: 0.86, A: 0.83, BBB: 0.65, BB: 0.4, B: 0.17, CCC: 0.1, CC: 0.06, C: 0.03 };

/** Steps above the worst grade: C = 0 … AAA = 8. */
export const gradeStepOf = (grade: Grade): number => GRADES.length - 1 - GRADES.indexOf(grade);

export function approvalChance(grade: Grade, eligible: boolean, kind: string): number {
  return APPROVAL_BY_GRADE[grade] * (eligible ? 1 : 0.3) * (kind === 'equity' ? 0.6 : 1);
}

/** The facts of the product's rules the firm fails (empty: eligible). */
export function failedFacts(firm: WorkflowFirm, product: WorkflowProduct): string[] {
  if (!product.product.parks.includes(firm.parkCode)) return ['park'];
  if (!firm.facts) return product.product.rules.map((r) => r.fact);
  const facts = firm.facts;
  return product.product.rules.filter((r) => !evaluateRule(r, facts).passed).map((r) => r.fact);
}

const REASON_OF_FACT: Readonly<Record<string, RejectionReason>> = {
  grade: 'credit_grade',
  score: 'credit_grade',
  tax_grade: 'credit_grade',
  credit_limit: 'debt_level',
  debt_to_assets: 'debt_level',
  current_ratio: 'debt_level',
  revenue: 'financials',
  revenue_growth: 'financials',
  net_margin: 'financials',
  cash_flow_margin: 'financials',
  rd_intensity: 'financials',
  legal_cases: 'legal_risk',
  penalties: 'legal_risk',
  abnormal_listing: 'legal_risk',
  overdue_loans: 'legal_risk',
  invention_patents: 'collateral',
  class2_ip: 'collateral',
  new_inventions: 'collateral',
  industry: 'industry_policy',
};

/** Why an eligible application is declined, by grade band: good firms on terms, weak ones on the grade. */
const REASONS_BY_BAND: readonly (readonly (readonly [RejectionReason, number])[])[] = [
  [['documents', 3], ['collateral', 2], ['debt_level', 2], ['financials', 1], ['other', 1]], // AAA–A
  [['financials', 3], ['collateral', 3], ['debt_level', 2], ['documents', 1], ['credit_grade', 1]], // BBB
  [['credit_grade', 3], ['financials', 3], ['collateral', 2], ['debt_level', 1], ['legal_risk', 1]], // BB
  [['credit_grade', 5], ['financials', 2], ['legal_risk', 2], ['debt_level', 1]], // B and below
];

export const gradeBand = (grade: Grade): number => (['AAA', 'AA', 'A'].includes(grade) ? 0 : grade === 'BBB' ? 1 : grade === 'BB' ? 2 : 3);

export function rejectionReason(rng: Random, grade: Grade, failed: readonly string[]): RejectionReason {
  if (failed.length) return rng.chance(0.75) ? (REASON_OF_FACT[failed[0]!] ?? 'product_scope') : 'product_scope';
  return rng.weighted(REASONS_BY_BAND[gradeBand(grade)]!);
}

export interface Outcome {
  approve: boolean;
  reason: RejectionReason | null;
}

export function decide(rng: Random, firm: WorkflowFirm, product: WorkflowProduct, failed: readonly string[]): Outcome {
  const approve = rng.chance(approvalChance(firm.rating.grade, !failed.length, product.product.kind));
  return { approve, reason: approve ? null : rejectionReason(rng, firm.rating.grade, failed) };
}

/** Money people ask for is round: 10万 below ¥1m, 50万 below ¥10m, 100万 above; within the product's range. */
export function roundAmountFen(fen: bigint, min: bigint, max: bigint): bigint {
  const yuan = Number(fen) / 100;
  const step = yuan < 1e6 ? 1e5 : yuan < 1e7 ? 5e5 : 1e6;
  const rounded = BigInt(Math.max(1, Math.round(yuan / step)) * step) * 100n;
  return rounded < min ? min : rounded > max ? max : rounded;
}

const LOAN_TERMS: readonly (readonly [number, number])[] = [[6, 1], [12, 4], [18, 1], [24, 3], [36, 2], [48, 1], [60, 1]];

export interface Asked {
  amountFen: bigint;
  termMonths: number | null;
  purpose: string;
}

/** What the enterprise asks for: near its credit limit for loans and guarantees, the need's own terms when it posted one. */
export function askFor(rng: Random, firm: WorkflowFirm, product: WorkflowProduct, need: WorkflowNeed | null): Asked {
  const t = product.product.terms;
  const kind = product.product.kind;
  let amount: number;
  if (need) amount = Number(need.amountFen);
  else if (kind === 'equity') amount = Number(t.amountMinFen) * (Number(t.amountMaxFen) / Number(t.amountMinFen)) ** rng.next();
  else amount = Number(firm.rating.creditLimitFen) * rng.float(0.3, 1.1);
  const amountFen = roundAmountFen(BigInt(Math.max(1, Math.round(amount))), t.amountMinFen, t.amountMaxFen);
  let termMonths: number | null = null;
  if (t.termMinMonths !== null && t.termMaxMonths !== null) {
    const [lo, hi] = [t.termMinMonths, t.termMaxMonths];
    const fitting = LOAN_TERMS.filter(([m]) => m >= lo && m <= hi);
    termMonths = need?.termMonths ? clamp(need.termMonths, lo, hi) : fitting.length ? rng.weighted(fitting) : rng.int(lo, hi);
  }
  return { amountFen, termMonths, purpose: need?.purpose ?? rng.pick(purposesOf(kind)) };
}

export interface Offered {
  amountFen: bigint;
  spreadBp: number;
  method: RepaymentMethod;
}

/** The loan as disbursed: mostly what was asked, priced within the product's spread by the grade. */
export function loanOffer(rng: Random, firm: WorkflowFirm, product: WorkflowProduct, asked: bigint): Offered {
  const t = product.product.terms;
  const amountFen = rng.chance(0.15) ? roundAmountFen((asked * BigInt(rng.int(60, 90))) / 100n, t.amountMinFen, asked) : asked;
  const rate = t.rate ?? { spreadMinBp: 50, spreadMaxBp: 150 };
  const risk = clamp(0.15 + (0.7 * (8 - gradeStepOf(firm.rating.grade))) / 8 + rng.normal(0, 0.1), 0, 1);
  const spreadBp = Math.round((rate.spreadMinBp + (rate.spreadMaxBp - rate.spreadMinBp) * risk) / 5) * 5;
  const methods = t.repaymentMethods.filter((m): m is RepaymentMethod => (REPAYMENT_METHODS as readonly string[]).includes(m));
  const method = methods.length ? (rng.chance(0.6) ? methods[0]! : rng.pick(methods)) : 'equal_instalment';
  return { amountFen, spreadBp: clamp(spreadBp, rate.spreadMinBp, rate.spreadMaxBp), method };
}

export interface Planned {
  steps: Step[];
  /** The day the money moved, when it has (a loan's schedule starts then). */
  disbursedOn: string | null;
}

/**
 * The moves an application makes, in working days from its submission: accepted within a couple
 * of days, sometimes a request for information (answered some days later, which pushes the deadline
 * back), a decision mostly within the promised turnaround, then contract and money. Cut at today.
 */
export function planSteps(rng: Random, clock: Clock, submittedOn: string, product: WorkflowProduct, termMonths: number | null, gradeStep: number, outcome: Outcome): Planned {
  const cal = clock.calendar;
  const turnaround = product.product.terms.turnaroundDays;
  const kind = product.product.kind;
  const day = (k: number) => cal.addWorkingDays(submittedOn, k);
  const respond = rng.chance(0.86) ? rng.int(Math.max(1, Math.ceil(turnaround * 0.3)), turnaround) : turnaround + rng.int(1, 8);
  const planned: { k: number; step: Step }[] = [{ k: 0, step: { to: 'submitted', by: 'enterprise', on: submittedOn } }];
  const push = (k: number, step: Omit<Step, 'on'>) => planned.push({ k, step: { ...step, on: day(k) } });
  const accept = rng.chance(0.9) ? rng.int(0, Math.min(2, respond - 1)) : null;
  if (accept !== null) push(accept, { to: 'accepted', by: 'institution', comment: rng.pick(ACCEPT_COMMENTS) });
  let pause = 0;
  const first = (accept ?? 0) + 1;
  const last = Math.min(turnaround - 2, respond - 1);
  if (first <= last && rng.chance(0.12 + 0.03 * (8 - gradeStep))) {
    const asked = rng.int(first, last);
    pause = rng.int(2, 8);
    const [ask, answer] = rng.pick(INFO_EXCHANGES);
    push(asked, { to: 'info_requested', by: 'institution', comment: ask });
    push(asked + pause, { to: 'accepted', by: 'enterprise', comment: answer });
  }
  const decision = respond + pause;
  if (rng.chance(0.04)) {
    const w = rng.int(1, decision);
    const kept = planned.filter((p) => p.k < w);
    kept.push({ k: w, step: { to: 'withdrawn', by: 'enterprise', on: day(w), comment: rng.pick(WITHDRAW_COMMENTS) } });
    return cut(kept, clock, null);
  }
  if (!outcome.approve) {
    const reason = outcome.reason ?? 'other';
    push(decision, { to: 'rejected', by: 'institution', reason, comment: rng.pick(REJECTION_COMMENTS[reason]) });
    return cut(planned, clock, null);
  }
  push(decision, { to: 'approved', by: 'institution', comment: rng.pick(APPROVE_COMMENTS) });
  if (rng.chance(0.03)) {
    push(decision + rng.int(2, 8), { to: 'withdrawn', by: 'enterprise', comment: rng.pick(DECLINE_OFFER_COMMENTS) });
    return cut(planned, clock, null);
  }
  const signed = decision + rng.int(1, 6);
  const funded = signed + rng.int(1, 5);
  push(signed, { to: 'contract_signed', by: 'institution', comment: rng.pick(kind === 'loan' ? SIGN_COMMENTS : OTHER_SIGN_COMMENTS) });
  push(funded, { to: 'disbursed', by: 'institution', comment: rng.pick(kind === 'loan' ? DISBURSE_COMMENTS : (FUND_COMMENTS[kind] ?? DISBURSE_COMMENTS)) });
  const fundedOn = day(funded);
  if ((kind === 'guarantee' || kind === 'insurance') && termMonths) {
    const ends = isoDate(addMonthsClamped(civilDate(fundedOn)!, termMonths));
    planned.push({ k: funded + 1, step: { to: 'closed', by: 'institution', on: cal.addWorkingDays(ends, 0), comment: GUARANTEE_CLOSED } });
  }
  return cut(planned, clock, fundedOn);
}

/** The steps taken before today (in order); the money moved only if its step was taken. */
function cut(planned: { k: number; step: Step }[], clock: Clock, fundedOn: string | null): Planned {
  const steps: Step[] = [];
  for (const { step } of planned) {
    if (step.on >= clock.today) break;
    steps.push(step);
  }
  const funded = fundedOn !== null && steps.some((s) => s.to === 'disbursed');
  return { steps, disbursedOn: funded ? fundedOn : null };
}

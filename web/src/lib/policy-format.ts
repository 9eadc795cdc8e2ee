// How subsidy claims read: the calculation trail step by step in words, the reasons a loan or an
// enterprise does not qualify (catalogue codes with their parameters, names instead of codes), and
// the moves a party may make from a claim's state (the one table in shared/policy.ts).
import type { TFunction } from 'i18next';
import { claimMovesFrom, type ClaimMover, type ClaimTransition, type SubsidyClaimState, type SubsidyReason, type TrailStepJson } from '../api/policy';
import { apiErrorLanguage, problemMessage } from './api-errors';
import type { Messages } from '../i18n/zh-CN';
import type { ParkLabel } from './code-names';
import { formatDate } from './format';
import { labelOr } from './labels';
import { formatFen } from './money';
import { formatDecimalRate, formatSpread } from './workflow-format';

/** The moves `mover` may make from `state`, in the table's order. */
export function movesFor(state: SubsidyClaimState, mover: ClaimMover): ClaimTransition[] {
  return claimMovesFrom(state).filter((tr) => tr.by === mover);
}

/** The key of a move's words under policy.moves: by where it goes, except the park's two answers to an objection. */
export function moveKey(move: Pick<ClaimTransition, 'from' | 'to'>): string {
  if (move.from === 'objected') return move.to === 'published' ? 'dismiss' : 'uphold';
  return move.to;
}

/** Moves that end a claim's chance of payment, shown as danger buttons. */
export const isDangerMove = (move: Pick<ClaimTransition, 'to'>) => move.to === 'rejected' || move.to === 'clawed_back';

/** A share or rate decimal as a percentage: "0.5" → "50%", "0.0345" → "3.45%". */
export const formatPercent = (decimal: string) => formatDecimalRate(decimal, 0);

const fen = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) ? formatFen(value) : '—');
const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const rate = (value: unknown) => (typeof value === 'string' ? formatDecimalRate(value) : '—');

/** Reason parameters that are codes, said with names: parks, loan types, grades stay letters. */
function namedParams(t: TFunction, params: Record<string, unknown>, parkLabel?: ParkLabel): Record<string, unknown> {
  const named = { ...params };
  const park = (code: unknown) => (typeof code === 'string' && parkLabel ? parkLabel(code) : code);
  const loanType = (code: unknown) => (typeof code === 'string' ? labelOr(t, `market.loanTypes.${code}`, code) : code);
  if ('park' in named) named.park = park(named.park);
  if (Array.isArray(named.parks)) named.parks = named.parks.map(park);
  if ('loanType' in named) named.loanType = loanType(named.loanType);
  if (Array.isArray(named.loanTypes)) named.loanTypes = named.loanTypes.map(loanType);
  for (const key of ['amount', 'min', 'max'] as const) {
    const value = named[key];
    // Amounts are sent as fen strings or numbers; the texts say "分", so they stay fen, grouped.
    if ((typeof value === 'string' && /^\d+$/.test(value)) || typeof value === 'number') named[key] = String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  }
  if (typeof named.rate === 'string' && /^\d*\.\d+$/.test(named.rate)) named.rate = formatDecimalRate(named.rate);
  return named;
}

/** Why a loan or an enterprise does not qualify, in the reader's language. */
export function reasonText(t: TFunction, reason: Pick<SubsidyReason, 'code' | 'params' | 'message'>, language: string, parkLabel?: ParkLabel): string {
  return problemMessage({ code: reason.code, params: namedParams(t, reason.params, parkLabel), message: reason.message }, apiErrorLanguage(language));
}

/** "LPR × 1.4 +40bp" without the parts that are their defaults. */
function lprFormula(times: unknown, plusBp: unknown): { times: string; plusBp: string } {
  return { times: text(times) || '1', plusBp: typeof plusBp === 'number' && plusBp !== 0 ? ` ${formatSpread(plusBp)}` : '' };
}

type TrailKey = keyof Messages['policy']['trail'];
/** A label from one of the policy vocabularies; empty rather than the code when it has none. */
const vocab = (t: TFunction, group: 'lprBases' | 'caps' | 'bases' | 'budgetRules', value: unknown) => labelOr(t, `policy.${group}.${text(value)}`, '');

export interface TrailLine {
  step: string;
  text: string;
}

/** One step of a calculation trail in words; `capApplies` is what the trail's rate-cap step said, if it had one. */
export function trailLine(t: TFunction, language: string, s: TrailStepJson, capApplies?: boolean): TrailLine {
  const step = text(s.step);
  const date = (value: unknown) => formatDate(text(value), language);
  const say = (key: TrailKey, values: Record<string, unknown> = {}): TrailLine => ({ step, text: t(`policy.trail.${key}`, values) });
  switch (step) {
    case 'repayment':
      return say('repayment', { date: date(s.date), interest: fen(s.interestFen) });
    case 'repayment_not_counted':
      return say('repayment_not_counted', { date: date(s.date), interest: fen(s.interestFen), from: date(s.from), to: date(s.to) });
    case 'interest_paid':
      return say('interest_paid', { count: s.repayments, interest: fen(s.interestFen) });
    case 'lpr':
      return say('lpr', { base: vocab(t, 'lprBases', s.base), month: text(s.month), publishedOn: date(s.publishedOn), rate: rate(s.rate) });
    case 'rate_cap':
      return say(s.applies === true ? 'rate_cap_applies' : 'rate_cap_within', { base: vocab(t, 'lprBases', s.base), lpr: rate(s.lprRate), ...lprFormula(s.times, s.plusBp), cap: rate(s.capRate), loanRate: rate(s.loanRate) });
    case 'eligible_interest':
      // The cap rate is recorded even when the loan's rate is within it: then interest counts as paid.
      return typeof s.capRate === 'string' && capApplies !== false
        ? say('eligible_capped', { paid: fen(s.interestPaidFen), cap: rate(s.capRate), loanRate: rate(s.loanRate), eligible: fen(s.eligibleInterestFen) })
        : say('eligible_full', { eligible: fen(s.eligibleInterestFen) });
    case 'share':
      return say('share', { eligible: fen(s.eligibleInterestFen), share: formatPercent(text(s.share)), subsidy: fen(s.subsidyFen) });
    case 'cap':
      return say(s.beforeFen === s.afterFen ? 'cap_unchanged' : 'cap', { cap: vocab(t, 'caps', s.cap), limit: fen(s.limitFen), already: fen(s.alreadyFen), room: fen(s.roomFen), before: fen(s.beforeFen), after: fen(s.afterFen) });
    case 'fee_payment':
      return say('fee_payment', { date: date(s.date), contractNo: text(s.contractNo), amount: fen(s.amountFen), from: date(s.coverageFrom), to: date(s.coverageTo), covered: fen(s.coveredAmountFen), rate: rate(s.feeRate) });
    case 'fee_payment_not_counted':
      return say('fee_payment_not_counted', { date: date(s.date), contractNo: text(s.contractNo), amount: fen(s.amountFen), from: date(s.from), to: date(s.to) });
    case 'basis_paid':
      return say('basis_paid', { count: s.payments, basis: vocab(t, 'bases', s.basis), paid: fen(s.paidFen) });
    case 'fee_rate_check':
      return say(s.within === true ? 'fee_rate_within' : 'fee_rate_above', { contractNo: text(s.contractNo), rate: rate(s.feeRate), max: rate(s.maxFeeRate) });
    case 'fee_share':
      return say('fee_share', { contractNo: text(s.contractNo), date: date(s.date), paid: fen(s.paidFen), share: formatPercent(text(s.share)), subsidy: fen(s.subsidyFen) });
    case 'amount_rate_limit':
      return say('amount_rate_limit', { contractNo: text(s.contractNo), date: date(s.date), rate: rate(s.maxSubsidyRate), counted: fen(s.countedAmountFen), days: s.days, limit: fen(s.limitFen), before: fen(s.beforeFen), after: fen(s.afterFen) });
    case 'fee_subsidy':
      return say('fee_subsidy', { count: s.payments, subsidy: fen(s.subsidyFen) });
    case 'ineligible': {
      const codes = Array.isArray(s.reasons) ? s.reasons.filter((r): r is string => typeof r === 'string') : [];
      const separator = apiErrorLanguage(language) === 'en' ? '; ' : '；';
      return say('ineligible', { reasons: codes.map((code) => reasonText(t, { code, params: {}, message: '' }, language)).filter(Boolean).join(separator) });
    }
    case 'budget': {
      const values = { rule: vocab(t, 'budgetRules', s.rule), requested: fen(s.requestedFen), granted: fen(s.grantedFen), before: fen(s.budgetLeftBeforeFen), after: fen(s.budgetLeftAfterFen) };
      if (s.outcome === 'pro_rata') return say('budget_pro_rata', { ...values, budget: fen(s.budgetFen), total: fen(s.requestedTotalFen), remainder: fen(s.remainderFen ?? 0) });
      return say(s.outcome === 'remainder' ? 'budget_remainder' : s.outcome === 'exhausted' ? 'budget_exhausted' : 'budget_in_full', values);
    }
    case 'clawback_attribution':
      return say('clawback_attribution', { contractNo: text(s.contractNo), date: date(s.date), payment: fen(s.paymentSubsidyFen), computed: fen(s.claimComputedFen), claimGranted: fen(s.claimGrantedFen), granted: fen(s.grantedFen) });
    case 'clawback': {
      const key = s.rule === 'full' ? 'clawback_full' : s.rule === 'pro_rata_unexpired' ? 'clawback_pro_rata' : 'clawback_none';
      return say(key, { contractNo: text(s.contractNo), surrenderedOn: date(s.surrenderedOn), from: date(s.coverageFrom), to: date(s.coverageTo), covered: s.coveredDays, unexpired: s.unexpiredDays, granted: fen(s.grantedFen), clawback: fen(s.clawbackFen) });
    }
    default:
      return say('other');
  }
}

/** The whole trail in words, in the order it was computed. */
export function trailLines(t: TFunction, language: string, trail: readonly TrailStepJson[]): TrailLine[] {
  const cap = trail.find((s) => s.step === 'rate_cap');
  const capApplies = cap ? cap.applies === true : undefined;
  return trail.map((s) => trailLine(t, language, s, capApplies));
}

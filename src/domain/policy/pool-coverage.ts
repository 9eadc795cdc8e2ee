// Which loans a pool covers and how far it is levered. A partner registers a loan; the pool covers
// its outstanding principal. Leverage is the principal covered ÷ the pool's balance, held against
// the pool's target (¥62.5m backing ¥625m is 10×): a registration that would pass the target is
// refused unless the pool allows it. A partner whose non-performing ratio on its pool loans (NPL
// principal ÷ registered outstanding principal) passes the pool's threshold is suspended: it may
// register nothing new until the ratio falls back.
import { compareFractions, formatFraction, parseDecimal, type Fraction } from './decimal.ts';
import { coverageShare, poolReason, type Pool, type PoolReason } from './pool.ts';

/** A loan a partner asks to register, as the repository reads it from the loan and enterprise rows. */
export interface PoolLoanCandidate {
  loanId: string;
  enterpriseId: string;
  partnerId: string;
  /** The principal the pool would cover (outstanding at registration). */
  principalFen: bigint;
  /** Business date (YYYY-MM-DD). */
  disbursedOn: string;
  /** The enterprise's first loan: the pool adds its first-loan bonus. */
  firstLoan: boolean;
  /** On the key-industry list on the disbursement date. */
  keyIndustry: boolean;
  /** Already covered by a policy guarantee (政策性担保). */
  policyGuaranteed: boolean;
}

/** A loan registered with the pool, as stored. */
export interface RegisteredLoan {
  loanId: string;
  enterpriseId: string;
  partnerId: string;
  /** Principal still outstanding (0 once repaid). */
  outstandingPrincipalFen: bigint;
  /** Classified non-performing by the partner (e.g. overdue more than 90 days). */
  nonPerforming: boolean;
  /** The coverage share fixed at registration ("0.6"). */
  share: string;
}

export interface PartnerStanding {
  partnerId: string;
  loans: number;
  outstandingFen: bigint;
  nplFen: bigint;
  /** NPL principal ÷ outstanding principal, exact ("0.05"); "0" with nothing outstanding. */
  nplRatio: string;
  threshold: string;
  /** The ratio passes the threshold: no new registrations. */
  suspended: boolean;
}

/** The NPL ratio of one partner's registered loans against the pool's threshold. */
export function partnerStanding(pool: Pool, partnerId: string, registered: readonly RegisteredLoan[]): PartnerStanding {
  const own = registered.filter((l) => l.partnerId === partnerId);
  const outstandingFen = sumFen(own.map((l) => l.outstandingPrincipalFen));
  const nplFen = sumFen(own.filter((l) => l.nonPerforming).map((l) => l.outstandingPrincipalFen));
  const ratio: Fraction = outstandingFen === 0n ? { numerator: 0n, denominator: 1n } : { numerator: nplFen, denominator: outstandingFen };
  const suspended = compareFractions(ratio, parseDecimal(pool.nplThreshold)!) > 0;
  return { partnerId, loans: own.length, outstandingFen, nplFen, nplRatio: formatFraction(ratio), threshold: pool.nplThreshold, suspended };
}

/** Principal covered ÷ balance as an exact decimal (or to 10 places with "…"); null when the balance is 0. */
export function leverageOf(coveredFen: bigint, balanceFen: bigint): string | null {
  return balanceFen === 0n ? null : formatFraction({ numerator: coveredFen, denominator: balanceFen });
}

/** The principal the pool can still cover at its target: target × balance − covered, never below 0 (rounded down). */
export function leverageHeadroomFen(pool: Pool, coveredFen: bigint, balanceFen: bigint): bigint {
  const target = parseDecimal(pool.leverage.target)!;
  const most = (target.numerator * balanceFen) / target.denominator;
  return most > coveredFen ? most - coveredFen : 0n;
}

export interface PoolRegistration {
  loanId: string;
  partnerId: string;
  /** The coverage share fixed for the loan: lossShare, plus the bonus on a first loan. */
  share: string;
  coveredFen: bigint;
  coveredAfterFen: bigint;
  /** Leverage once the loan is registered. */
  leverageAfter: string;
  /** Only when the pool allows passing the target: the registration passes it. */
  aboveTarget: boolean;
}

export type RegistrationResult = { ok: true; registration: PoolRegistration } | { ok: false; reasons: PoolReason[] };

export interface RegistrationInput {
  pool: Pool;
  loan: PoolLoanCandidate;
  /** The pool's balance now and the loans registered so far (every partner's). */
  balanceFen: bigint;
  registered: readonly RegisteredLoan[];
}

/** Registers a loan with the pool, or every reason it may not be (each a code with parameters). */
export function registerLoan({ pool, loan, balanceFen, registered }: RegistrationInput): RegistrationResult {
  const reasons: PoolReason[] = [];
  if (!pool.partnerIds.includes(loan.partnerId)) reasons.push(poolReason('pool.partner_not_listed', { partner: loan.partnerId }));
  else {
    const standing = partnerStanding(pool, loan.partnerId, registered);
    if (standing.suspended) reasons.push(poolReason('pool.partner_suspended', { partner: loan.partnerId, ratio: standing.nplRatio, threshold: standing.threshold }));
  }
  if (loan.disbursedOn < pool.validFrom || loan.disbursedOn > pool.validTo) reasons.push(poolReason('pool.loan_outside_period', { date: loan.disbursedOn, from: pool.validFrom, to: pool.validTo }));
  if (registered.some((l) => l.loanId === loan.loanId)) reasons.push(poolReason('pool.loan_already_registered', { loan: loan.loanId }));
  if (pool.coverage.excludePolicyGuaranteed && loan.policyGuaranteed) reasons.push(poolReason('pool.loan_policy_guaranteed', { loan: loan.loanId }));
  if (pool.coverage.requiresKeyIndustry && !loan.keyIndustry) reasons.push(poolReason('pool.enterprise_not_key_industry'));
  const coveredFen = sumFen(registered.map((l) => l.outstandingPrincipalFen));
  const coveredAfterFen = coveredFen + loan.principalFen;
  const target = parseDecimal(pool.leverage.target)!;
  const leverageAfter = leverageOf(coveredAfterFen, balanceFen);
  const aboveTarget = leverageAfter !== null && compareFractions({ numerator: coveredAfterFen, denominator: balanceFen }, target) > 0;
  if (leverageAfter === null) reasons.push(poolReason('pool.balance_empty'));
  else if (aboveTarget && !pool.leverage.allowAboveTarget) {
    reasons.push(poolReason('pool.leverage_above_target', { coveredFen: String(coveredAfterFen), balanceFen: String(balanceFen), leverage: leverageAfter, target: pool.leverage.target }));
  }
  if (reasons.length || leverageAfter === null) return { ok: false, reasons };
  const share = formatFraction(coverageShare(pool, loan.firstLoan));
  return { ok: true, registration: { loanId: loan.loanId, partnerId: loan.partnerId, share, coveredFen: loan.principalFen, coveredAfterFen, leverageAfter, aboveTarget } };
}

export const sumFen = (values: readonly bigint[]): bigint => values.reduce((total, v) => total + v, 0n);

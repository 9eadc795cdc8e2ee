// One pool as the park console shows it on a date: the balance, the principal covered and the
// leverage against the target, the non-performing ratio, claims by state, and each partner's and
// each contributor's figures. Everything comes from rows the repository reads; nothing is stored.
import { compareFractions, formatFraction, parseDecimal } from './decimal.ts';
import { POOL_CLAIM_STATES, FINAL_CLAIM_STATES, type PoolClaimState } from './pool-claims.ts';
import { leverageHeadroomFen, leverageOf, partnerStanding, sumFen, type PartnerStanding, type RegisteredLoan } from './pool-coverage.ts';
import { poolLedger, type ContributorPosition, type LedgerDay, type PoolLedgerEntry } from './pool-ledger.ts';
import type { Pool } from './pool.ts';

/** A claim as stored. */
export interface PoolClaimRow {
  claimId: string;
  partnerId: string;
  loanId: string;
  state: PoolClaimState;
  /** The net principal loss the payout was computed on, once computed. */
  netLossFen: bigint | null;
}

export interface PartnerSummary extends PartnerStanding {
  claims: number;
  /** Claims not yet paid, rejected or withdrawn. */
  openClaims: number;
  /** Net principal loss over its claims that were not rejected or withdrawn: what the cumulative cap is a ratio of. */
  lossFen: bigint;
  paidFen: bigint;
  refundedFen: bigint;
}

export interface PoolSummary {
  poolId: string;
  version: number;
  asOf: string;
  balanceFen: bigint;
  contributedFen: bigint;
  paidFen: bigint;
  refundedFen: bigint;
  /** Outstanding principal of the registered loans. */
  coveredFen: bigint;
  /** covered ÷ balance; null with no balance. */
  leverage: string | null;
  leverageTarget: string;
  aboveTarget: boolean;
  /** Principal that can still be registered before the target is reached. */
  headroomFen: bigint;
  nplFen: bigint;
  nplRatio: string;
  nplThreshold: string;
  claimsByState: Record<PoolClaimState, number>;
  partners: PartnerSummary[];
  contributors: ContributorPosition[];
  days: LedgerDay[];
}

export interface PoolSummaryInput {
  pool: Pool;
  entries: readonly PoolLedgerEntry[];
  registered: readonly RegisteredLoan[];
  claims: readonly PoolClaimRow[];
  /** Ledger entries after this date are left out. */
  asOf: string;
}

const COUNTS_TOWARDS_CAP = (c: PoolClaimRow) => c.state !== 'rejected' && c.state !== 'withdrawn';
const lossOf = (claims: readonly PoolClaimRow[]) => sumFen(claims.filter(COUNTS_TOWARDS_CAP).map((c) => c.netLossFen ?? 0n));

/**
 * What computePayout needs of a partner's history for one claim: its net loss on its other claims
 * (not rejected or withdrawn) and every payout the pool made to it. Refunds of later recoveries
 * are not taken off: the cap limits what was paid out, and a refund makes no room for more.
 */
export function partnerHistory(partnerId: string, claimId: string, claims: readonly PoolClaimRow[], entries: readonly PoolLedgerEntry[]): { otherClaimsLossFen: bigint; paidFen: bigint } {
  const others = claims.filter((c) => c.partnerId === partnerId && c.claimId !== claimId);
  const paidFen = sumFen(entries.filter((e) => e.kind === 'payout' && e.partnerId === partnerId).map((e) => e.amountFen));
  return { otherClaimsLossFen: lossOf(others), paidFen };
}

export function poolSummary({ pool, entries, registered, claims, asOf }: PoolSummaryInput): PoolSummary {
  const ledger = poolLedger(pool, entries, asOf);
  const coveredFen = sumFen(registered.map((l) => l.outstandingPrincipalFen));
  const nplFen = sumFen(registered.filter((l) => l.nonPerforming).map((l) => l.outstandingPrincipalFen));
  const leverage = leverageOf(coveredFen, ledger.balanceFen);
  const target = parseDecimal(pool.leverage.target)!;
  const aboveTarget = ledger.balanceFen === 0n ? coveredFen > 0n : compareFractions({ numerator: coveredFen, denominator: ledger.balanceFen }, target) > 0;
  const claimsByState = Object.fromEntries(POOL_CLAIM_STATES.map((s) => [s, claims.filter((c) => c.state === s).length])) as Record<PoolClaimState, number>;
  const counted = entries.filter((e) => e.date <= asOf);
  const money = (partnerId: string, kind: 'payout' | 'refund') => sumFen(counted.filter((e) => e.kind === kind && e.partnerId === partnerId).map((e) => e.amountFen));
  const partners = pool.partnerIds.map((partnerId): PartnerSummary => {
    const own = claims.filter((c) => c.partnerId === partnerId);
    return {
      ...partnerStanding(pool, partnerId, registered),
      claims: own.length,
      openClaims: own.filter((c) => !FINAL_CLAIM_STATES.includes(c.state)).length,
      lossFen: lossOf(own),
      paidFen: money(partnerId, 'payout'),
      refundedFen: money(partnerId, 'refund'),
    };
  });
  return {
    poolId: pool.id,
    version: pool.version,
    asOf,
    balanceFen: ledger.balanceFen,
    contributedFen: ledger.contributedFen,
    paidFen: ledger.paidFen,
    refundedFen: ledger.refundedFen,
    coveredFen,
    leverage,
    leverageTarget: pool.leverage.target,
    aboveTarget,
    headroomFen: leverageHeadroomFen(pool, coveredFen, ledger.balanceFen),
    nplFen,
    nplRatio: coveredFen === 0n ? '0' : formatFraction({ numerator: nplFen, denominator: coveredFen }),
    nplThreshold: pool.nplThreshold,
    claimsByState,
    partners,
    contributors: ledger.contributors,
    days: ledger.days,
  };
}

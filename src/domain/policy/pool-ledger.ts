// A pool's money over time: contributions (each from a contributor, or a sum to split by the
// pool's shares), payouts on claims and refunds of later recoveries, as a balance by date and a
// position per contributor. A sum shared among contributors goes by their shares with the largest
// remainder: each gets floor(amount × share ÷ total shares), and the fen left by rounding go one
// each to the largest remainders (ties: contributor id), so the parts always add up to the amount.
import { fail } from '../shared/errors.ts';
import { parseDecimal, roundFen } from './decimal.ts';
import type { ContributorKind, Pool, PoolContributor } from './pool.ts';

export type PoolLedgerEntry =
  /** contributorId null: one sum from all contributors, split by their shares. */
  | { kind: 'contribution'; date: string; amountFen: bigint; contributorId: string | null }
  | { kind: 'payout'; date: string; amountFen: bigint; claimId: string; partnerId: string }
  | { kind: 'refund'; date: string; amountFen: bigint; claimId: string; partnerId: string };

export interface ContributorPart {
  contributorId: string;
  fen: bigint;
}

/** Shares `amountFen` among the pool's contributors by their shares; the parts sum to it exactly, in the pool's order. */
export function splitByShares(contributors: readonly PoolContributor[], amountFen: bigint): ContributorPart[] {
  if (amountFen < 0n) throw fail('pool.amount_invalid', { field: 'amountFen', value: String(amountFen) });
  const shares = contributors.map((c) => parseDecimal(c.share)!);
  const denominator = shares.reduce((d, s) => (s.denominator > d ? s.denominator : d), 1n); // powers of ten: the largest holds them all
  const weights = shares.map((s) => (s.numerator * denominator) / s.denominator);
  const total = weights.reduce((sum, w) => sum + w, 0n);
  if (total === 0n) throw fail('pool.contributor_share_positive', { value: '0' });
  const parts = contributors.map((c, i) => {
    const exact = amountFen * weights[i]!;
    return { contributorId: c.id, fen: roundFen(exact, total), remainder: exact % total };
  });
  let leftover = amountFen - parts.reduce((sum, p) => sum + p.fen, 0n);
  const ranked = [...parts].sort((a, b) => (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.contributorId < b.contributorId ? -1 : a.contributorId > b.contributorId ? 1 : 0));
  for (const p of ranked) {
    if (leftover === 0n) break;
    p.fen += 1n;
    leftover -= 1n;
  }
  return parts.map(({ contributorId, fen }) => ({ contributorId, fen }));
}

export interface LedgerDay {
  date: string;
  contributionsFen: bigint;
  payoutsFen: bigint;
  refundsFen: bigint;
  /** At the end of the day. */
  balanceFen: bigint;
}

export interface ContributorPosition {
  contributorId: string;
  kind: ContributorKind;
  share: string;
  contributedFen: bigint;
  /** Its part of every payout and refund, each split by the shares. */
  payoutsFen: bigint;
  refundsFen: bigint;
  balanceFen: bigint;
}

export interface PoolLedger {
  /** One row per date with an entry, oldest first. */
  days: LedgerDay[];
  balanceFen: bigint;
  contributedFen: bigint;
  paidFen: bigint;
  refundedFen: bigint;
  contributors: ContributorPosition[];
}

/** The ledger up to and including `asOf` (all entries when absent); throws `pool.ledger_overdrawn` if a day ends below zero. */
export function poolLedger(pool: Pool, entries: readonly PoolLedgerEntry[], asOf?: string): PoolLedger {
  const known = new Map(pool.contributors.map((c) => [c.id, { contributorId: c.id, kind: c.kind, share: c.share, contributedFen: 0n, payoutsFen: 0n, refundsFen: 0n, balanceFen: 0n }]));
  const counted = entries.filter((e) => asOf === undefined || e.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const days: LedgerDay[] = [];
  let balance = 0n;
  for (const e of counted) {
    if (typeof e.amountFen !== 'bigint' || e.amountFen < 0n) throw fail('pool.amount_invalid', { field: `${e.kind}.amountFen`, value: String(e.amountFen) });
    let day = days.at(-1);
    if (day?.date !== e.date) {
      if (day && day.balanceFen < 0n) throw fail('pool.ledger_overdrawn', { date: day.date, balance: String(day.balanceFen) });
      day = { date: e.date, contributionsFen: 0n, payoutsFen: 0n, refundsFen: 0n, balanceFen: balance };
      days.push(day);
    }
    const parts = partsOf(pool, e);
    for (const { contributorId, fen } of parts) {
      const position = known.get(contributorId);
      if (!position) throw fail('pool.contributor_unknown', { contributor: contributorId });
      if (e.kind === 'contribution') position.contributedFen += fen;
      else if (e.kind === 'payout') position.payoutsFen += fen;
      else position.refundsFen += fen;
      position.balanceFen += e.kind === 'payout' ? -fen : fen;
    }
    if (e.kind === 'contribution') day.contributionsFen += e.amountFen;
    else if (e.kind === 'payout') day.payoutsFen += e.amountFen;
    else day.refundsFen += e.amountFen;
    balance += e.kind === 'payout' ? -e.amountFen : e.amountFen;
    day.balanceFen = balance;
  }
  const last = days.at(-1);
  if (last && last.balanceFen < 0n) throw fail('pool.ledger_overdrawn', { date: last.date, balance: String(last.balanceFen) });
  const total = (key: 'contributionsFen' | 'payoutsFen' | 'refundsFen') => days.reduce((sum, d) => sum + d[key], 0n);
  return { days, balanceFen: balance, contributedFen: total('contributionsFen'), paidFen: total('payoutsFen'), refundedFen: total('refundsFen'), contributors: [...known.values()] };
}

function partsOf(pool: Pool, e: PoolLedgerEntry): ContributorPart[] {
  if (e.kind === 'contribution' && e.contributorId !== null) return [{ contributorId: e.contributorId, fen: e.amountFen }];
  return splitByShares(pool.contributors, e.amountFen);
}

/** The balance at the end of `date`: the last ledger day on or before it, 0 before the first. */
export function balanceOn(ledger: PoolLedger, date: string): bigint {
  let balance = 0n;
  for (const day of ledger.days) {
    if (day.date > date) break;
    balance = day.balanceFen;
  }
  return balance;
}

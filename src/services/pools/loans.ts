// Registering a loan with a pool: the partner bank's officer confirms its own loan (the platform
// may register one on the bank's behalf). registerLoan decides, on the pool's balance and loans
// read under the pool's lock: a non-partner or suspended partner, a loan outside the period, one
// that would pass the leverage target, each refused with its code. The unique (pool, loan) index
// holds "registered once" whoever races.
import { findLoanRow, findPoolLoan, hasEarlierLoan, insertPoolLoan, lockPool, type PoolLoanRow } from '../../db/repositories/pools.ts';
import { isOperator } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { registerLoan, type PoolLoanCandidate, type PoolRegistration } from '../../domain/policy/pool-coverage.ts';
import type { PoolReason } from '../../domain/policy/pool.ts';
import { DomainError, fail } from '../../domain/shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';
import { poolPosition, visiblePool } from './pools.ts';

/** The first reason as the error, every reason in its details. */
export function reasonsError(reasons: readonly PoolReason[]): DomainError {
  const first = reasons[0]!;
  return new DomainError(first.code, first.params, { details: { reasons: reasons.map((r) => ({ code: r.code, params: r.params, message: r.message })) } });
}

export async function registerPoolLoan(ctx: ServiceContext, poolId: string, input: { loanId: string }): Promise<{ poolLoan: PoolLoanRow; registration: PoolRegistration }> {
  const db = ctx.database.db;
  const { row, pool } = await visiblePool(ctx, poolId);
  if (row.status !== 'active') throw fail('pool.closed');
  const loan = await findLoanRow(db, input.loanId);
  if (!loan) throw fail('pool.loan_not_found');
  if (!isOperator(ctx.actor)) authorize(ctx.actor, 'pool.claim', { parties: [loan.institutionId] });
  if (row.parkId !== null && loan.parkId !== row.parkId) throw fail('pool.loan_not_in_park');
  // A defaulted loan may still be registered (the partner's NPL ratio counts it); a repaid or written-off one has nothing to cover.
  if (loan.status === 'closed' || loan.status === 'written_off') throw fail('pool.loan_not_live', { status: loan.status });
  if (await findPoolLoan(db, row.id, loan.id)) throw fail('pool.loan_already_registered', { loan: loan.id });
  const candidate: PoolLoanCandidate = {
    loanId: loan.id,
    enterpriseId: loan.enterpriseId,
    partnerId: loan.institutionId,
    principalFen: loan.outstandingPrincipalFen,
    disbursedOn: loan.disbursedOn,
    firstLoan: !(await hasEarlierLoan(db, loan)),
    // The platform keeps no key-industry list or policy-guarantee flag yet: a pool requiring the
    // list refuses every loan, and no loan counts as policy-guaranteed.
    keyIndustry: false,
    policyGuaranteed: false,
  };
  const today = todayOf(ctx);
  return mutate(ctx, async (tx) => {
    await lockPool(tx, row.id);
    const { balanceFen, registered } = await poolPosition(tx, row.id, pool, today);
    const decided = registerLoan({ pool, loan: candidate, balanceFen, registered });
    if (!decided.ok) throw reasonsError(decided.reasons);
    const r = decided.registration;
    const poolLoan = await insertPoolLoan(tx, { id: newId(), poolId: row.id, loanId: loan.id, partnerId: r.partnerId, enterpriseId: loan.enterpriseId, share: r.share, firstLoan: candidate.firstLoan, principalFen: r.coveredFen, poolVersion: pool.version, registeredOn: today, confirmedBy: ctx.actor.userId, createdAt: ctx.now() });
    return {
      result: { poolLoan, registration: r },
      audit: { action: 'pool.loan_registered', targetType: 'pool', targetId: row.id, parkId: row.parkId, details: { loanId: loan.id, partnerId: r.partnerId, share: r.share, coveredFen: String(r.coveredFen), leverageAfter: r.leverageAfter, aboveTarget: r.aboveTarget } },
    };
  });
}

// Registering a loan with a pool: the partner bank's officer registers its own loan (the platform
// may register one on the bank's behalf), or confirms the registration the platform proposed at
// disbursement (proposals.ts). registerLoan decides, on the pool's balance and registered loans read
// under the pool's lock: a non-partner or suspended partner, a loan outside the period, one that
// would pass the leverage target, each refused with its code. The unique (pool, loan) index holds
// "registered once" whoever races; a proposed or declined row is turned into the registration.
import type { Executor, Tx } from '../../db/client.ts';
import { findLoanRow, findPoolLoan, hasEarlierLoan, insertPoolLoan, lockPool, updatePoolLoanIf, type LoanRow, type PoolListed, type PoolLoanRow, type PoolLoanStatus } from '../../db/repositories/pools.ts';
import { isOperator } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { registerLoan, type PoolLoanCandidate, type PoolRegistration } from '../../domain/policy/pool-coverage.ts';
import type { Pool, PoolReason } from '../../domain/policy/pool.ts';
import { DomainError, fail } from '../../domain/shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';
import { poolPosition, visiblePool } from './pools.ts';

/** The first reason as the error, every reason in its details. */
export function reasonsError(reasons: readonly PoolReason[]): DomainError {
  const first = reasons[0]!;
  return new DomainError(first.code, first.params, { details: { reasons: reasons.map((r) => ({ code: r.code, params: r.params, message: r.message })) } });
}

/** The loan as registerLoan reads it: its outstanding principal now, whether it is the enterprise's first. */
export async function candidateOf(db: Executor, loan: LoanRow): Promise<PoolLoanCandidate> {
  return {
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
}

/** Whether a loan can be covered at all: live or defaulted (the partner's NPL ratio counts a defaulted one), in the pool's park. */
export function checkLoanFits(row: Pick<PoolListed, 'parkId'>, loan: LoanRow): void {
  if (row.parkId !== null && loan.parkId !== row.parkId) throw fail('pool.loan_not_in_park');
  if (loan.status === 'closed' || loan.status === 'written_off') throw fail('pool.loan_not_live', { status: loan.status });
}

/**
 * Registers the loan under the pool's lock, which the caller holds: registerLoan on the balance and
 * registered loans now, then the new row, or the existing proposed/declined row turned registered
 * (only if it is still in that status: a decline racing a confirm loses or wins whole).
 */
export async function registerLocked(tx: Tx, ctx: ServiceContext, row: PoolListed, pool: Pool, loan: LoanRow, existing: { id: string; status: PoolLoanStatus } | null): Promise<{ poolLoan: PoolLoanRow; registration: PoolRegistration }> {
  const today = todayOf(ctx);
  const candidate = await candidateOf(tx, loan);
  const { balanceFen, registered } = await poolPosition(tx, row.id, pool, today);
  const decided = registerLoan({ pool, loan: candidate, balanceFen, registered });
  if (!decided.ok) throw reasonsError(decided.reasons);
  const r = decided.registration;
  const values = { partnerId: r.partnerId, enterpriseId: loan.enterpriseId, share: r.share, firstLoan: candidate.firstLoan, principalFen: r.coveredFen, poolVersion: pool.version, registeredOn: today, status: 'registered' as const, confirmedBy: ctx.actor.userId };
  if (!existing) return { poolLoan: await insertPoolLoan(tx, { id: newId(), poolId: row.id, loanId: loan.id, createdAt: ctx.now(), ...values }), registration: r };
  const updated = await updatePoolLoanIf(tx, existing.id, existing.status, values);
  if (!updated) {
    const now = (await findPoolLoan(tx, row.id, loan.id))?.status ?? 'unknown';
    throw now === 'registered' ? fail('pool.loan_already_registered', { loan: loan.id }) : fail('pool.registration_not_proposed', { status: now });
  }
  return { poolLoan: updated, registration: r };
}

export const registrationAudit = (r: PoolRegistration) => ({ loanId: r.loanId, partnerId: r.partnerId, share: r.share, coveredFen: String(r.coveredFen), leverageAfter: r.leverageAfter, aboveTarget: r.aboveTarget });

export async function registerPoolLoan(ctx: ServiceContext, poolId: string, input: { loanId: string }): Promise<{ poolLoan: PoolLoanRow; registration: PoolRegistration }> {
  const db = ctx.database.db;
  const { row, pool } = await visiblePool(ctx, poolId);
  if (row.status !== 'active') throw fail('pool.closed');
  const loan = await findLoanRow(db, input.loanId);
  if (!loan) throw fail('pool.loan_not_found');
  if (!isOperator(ctx.actor)) authorize(ctx.actor, 'pool.claim', { parties: [loan.institutionId] });
  checkLoanFits(row, loan);
  const existing = await findPoolLoan(db, row.id, loan.id);
  if (existing?.status === 'registered') throw fail('pool.loan_already_registered', { loan: loan.id });
  return mutate(ctx, async (tx) => {
    await lockPool(tx, row.id);
    const done = await registerLocked(tx, ctx, row, pool, loan, existing ? { id: existing.id, status: existing.status as PoolLoanStatus } : null);
    return { result: done, audit: { action: 'pool.loan_registered', targetType: 'pool', targetId: row.id, parkId: row.parkId, details: { ...registrationAudit(done.registration), ...(existing ? { was: existing.status } : {}) } } };
  });
}

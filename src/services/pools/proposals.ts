// Registrations proposed at disbursement: when a loan is disbursed, every active pool whose rules
// take it (the lender a partner and not suspended, disbursed in the pool's period, the pool's
// eligibility rules, the leverage target not passed — registerLoan decides) gets a 'proposed'
// registration, and the lending bank is told; its officer confirms (registerLoan decides again
// under the pool's lock, so two confirmations never carry the pool past its target together) or
// declines. Only registered loans count for coverage, leverage and claims.
//
// The proposal is written inside the disbursement's own transaction (the workflow calls it through
// the hook the server gives it, src/server/workflow-hooks.ts, as the workflow may not import pools):
// a loan is never disbursed without its proposals, nor proposed without being disbursed, and no job
// has to find the loan later. It reads a few rows of the lender's pools and takes no lock: the
// confirmation is what is decided under the lock.
import type { Tx } from '../../db/client.ts';
import { findLoanRow, findPool, findPoolLoan, findPoolLoanById, insertPoolLoan, listPoolRows, lockPool, updatePoolLoanIf, type LoanRow, type PoolLoanRow, type PoolLoanStatus } from '../../db/repositories/pools.ts';
import { systemActor } from '../../domain/access/actor.ts';
import { confirmsRegistration, seesPool } from '../../domain/access/pool-access.ts';
import { registerLoan, type PoolRegistration } from '../../domain/policy/pool-coverage.ts';
import { fail } from '../../domain/shared/errors.ts';
import { notify } from '../notifications/notify.ts';
import { newId } from '../shared/ids.ts';
import { mutate, recordAudit, todayOf, type ServiceContext } from '../shared/context.ts';
import { candidateOf, checkLoanFits, registerLocked, registrationAudit } from './loans.ts';
import { poolOf, poolPosition, poolResource } from './pools.ts';

/** Proposes the loan to every active pool that would take it; returns the proposals written. Runs in the disbursement's transaction. */
export async function proposeAtDisbursement(tx: Tx, ctx: ServiceContext, loan: LoanRow): Promise<PoolLoanRow[]> {
  const today = todayOf(ctx);
  const proposed: PoolLoanRow[] = [];
  for (const row of await listPoolRows(tx, [loan.parkId])) {
    if (row.status !== 'active') continue;
    const pool = poolOf(row);
    if (!pool.partnerIds.includes(loan.institutionId) || (row.parkId !== null && row.parkId !== loan.parkId)) continue;
    if (await findPoolLoan(tx, row.id, loan.id)) continue;
    const candidate = await candidateOf(tx, loan);
    const { balanceFen, registered } = await poolPosition(tx, row.id, pool, today);
    const decided = registerLoan({ pool, loan: candidate, balanceFen, registered });
    if (!decided.ok) continue;
    const r = decided.registration;
    const poolLoan = await insertPoolLoan(tx, {
      id: newId(), poolId: row.id, loanId: loan.id, partnerId: r.partnerId, enterpriseId: loan.enterpriseId, share: r.share, firstLoan: candidate.firstLoan,
      principalFen: r.coveredFen, poolVersion: pool.version, registeredOn: today, status: 'proposed', proposedOn: today, confirmedBy: null, createdAt: ctx.now(),
    });
    // The platform's own step, audited as the system whoever disbursed.
    await recordAudit(tx, { ...ctx, actor: systemActor() }, { action: 'pool.loan_proposed', targetType: 'pool', targetId: row.id, parkId: row.parkId, details: { poolLoanId: poolLoan.id, ...registrationAudit(r) } });
    await notify(tx, {
      organisationId: loan.institutionId,
      kind: 'pool.loan_proposed',
      titleZh: `一笔新放款符合「${row.nameZh}」的入池条件，请确认备案`,
      titleEn: `A loan just disbursed qualifies for ${row.nameEn}: please confirm its registration`,
      link: `/institution/pools/${row.id}`,
      details: { poolId: row.id, poolLoanId: poolLoan.id, loanId: loan.id },
      at: ctx.now(),
    });
    proposed.push(poolLoan);
  }
  return proposed;
}

/** The proposed registration if the actor may decide on it (the partner bank's officers, the operator); not found otherwise. */
async function proposalFor(ctx: ServiceContext, id: string) {
  const db = ctx.database.db;
  const poolLoan = await findPoolLoanById(db, id);
  const row = poolLoan && (await findPool(db, poolLoan.poolId));
  if (!poolLoan || !row) throw fail('pool.registration_not_found');
  const pool = poolOf(row);
  if (!confirmsRegistration(ctx.actor, poolLoan)) {
    if (seesPool(ctx.actor, poolResource(row, pool))) throw fail('access.not_a_party');
    throw fail('pool.registration_not_found');
  }
  if (poolLoan.status !== 'proposed') throw fail('pool.registration_not_proposed', { status: poolLoan.status });
  return { poolLoan, row, pool };
}

/** The partner's officer confirms a proposed registration: decided again now, under the pool's lock. */
export async function confirmPoolLoan(ctx: ServiceContext, id: string): Promise<{ poolLoan: PoolLoanRow; registration: PoolRegistration }> {
  const { poolLoan, row, pool } = await proposalFor(ctx, id);
  if (row.status !== 'active') throw fail('pool.closed');
  const loan = (await findLoanRow(ctx.database.db, poolLoan.loanId))!;
  checkLoanFits(row, loan);
  return mutate(ctx, async (tx) => {
    // Confirmations of one pool are decided one at a time: the second sees the first's coverage.
    await lockPool(tx, row.id);
    const done = await registerLocked(tx, ctx, row, pool, loan, { id: poolLoan.id, status: 'proposed' });
    return { result: done, audit: { action: 'pool.loan_confirmed', targetType: 'pool', targetId: row.id, parkId: row.parkId, details: { poolLoanId: poolLoan.id, ...registrationAudit(done.registration) } } };
  });
}

/** The partner's officer declines a proposed registration: the loan stays out of the pool (it may still be registered by hand later). */
export async function declinePoolLoan(ctx: ServiceContext, id: string): Promise<PoolLoanRow> {
  const { poolLoan, row } = await proposalFor(ctx, id);
  return mutate(ctx, async (tx) => {
    const declined = await updatePoolLoanIf(tx, poolLoan.id, 'proposed', { status: 'declined' satisfies PoolLoanStatus, confirmedBy: ctx.actor.userId });
    if (!declined) throw fail('pool.registration_not_proposed', { status: (await findPoolLoanById(tx, poolLoan.id))?.status ?? 'unknown' });
    return { result: declined, audit: { action: 'pool.loan_declined', targetType: 'pool', targetId: row.id, parkId: row.parkId, details: { poolLoanId: poolLoan.id, loanId: poolLoan.loanId } } };
  });
}

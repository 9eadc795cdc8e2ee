// Pool claims: a partner files on a registered loan once claimTrigger is met; the park's
// administrator takes it through the review steps (POOL_CLAIM_TRANSITIONS decides every move, 409
// with the reason otherwise); approving computes the payout with its trail (computePayout) and
// stores it; paying goes through payFromPool under the pool's lock (never above the balance or
// what was approved, nothing partial); a recovery after payment refunds the pool its share.
// Each move, its history row and its audit record are written in one transaction, only if nobody
// changed the claim since the version the caller read.
import type { Tx } from '../../db/client.ts';
import {
  claimsOfPool,
  findLoanRow,
  findPool,
  findPoolVersion,
  findPoolClaim,
  findPoolClaimDocument,
  findPoolLoan,
  firstMissedDueOn,
  insertLedgerEntry,
  insertPoolClaim,
  insertPoolClaimDocument,
  insertPoolClaimEvent,
  insertPoolRecovery,
  lockPool,
  poolClaimDocumentsOf,
  poolClaimEventsOf,
  poolRecoveriesOf,
  recoveredOnLoan,
  updatePoolClaimIf,
  type NewPoolClaim,
  type PoolClaimEventRow,
  type PoolClaimListed,
  type PoolClaimRecord,
  type PoolDocumentMeta,
  type PoolRecoveryRow,
} from '../../db/repositories/pools.ts';
import { isOperator } from '../../domain/access/actor.ts';
import { poolClaimMover, seesPool } from '../../domain/access/pool-access.ts';
import { authorize } from '../../domain/access/policy.ts';
import { checkClaimMove, claimTrigger, POOL_CLAIM_STATES, reviewClock, reviewStepOf, type PoolClaimMover, type PoolClaimState, type ReviewClock } from '../../domain/policy/pool-claims.ts';
import { computePayout, recoveryRefund } from '../../domain/policy/pool-payout.ts';
import { partnerHistory, type PoolClaimRow } from '../../domain/policy/pool-summary.ts';
import { CLAIM_DOCUMENTS, type ClaimDocument, type Pool } from '../../domain/policy/pool.ts';
import type { PoolTrailStep } from '../../domain/policy/trail.ts';
import { addDays } from '../../domain/shared/business-time.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { acceptDocument } from '../shared/documents.ts';
import { newId } from '../shared/ids.ts';
import type { CalendarStore } from '../workflow/calendar-store.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';
import { reasonsError } from './loans.ts';
import { poolOf, poolPosition, poolResource, visiblePool } from './pools.ts';

/** A trail for JSON storage: fen as strings. */
export const trailJson = (trail: readonly PoolTrailStep[]): unknown => JSON.parse(JSON.stringify(trail, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));

const claimRowOf = (c: PoolClaimRecord): PoolClaimRow => ({ claimId: c.id, partnerId: c.partnerId, loanId: c.loanId, state: c.state as PoolClaimState, netLossFen: c.netLossFen });

export interface FileClaimInput {
  loanId: string;
  /** The date the court accepted the lawsuit (立案), if it has. */
  lawsuitAcceptedOn: string | null;
}

/** A partner files a claim on one of its registered loans. */
export async function filePoolClaim(ctx: ServiceContext, poolId: string, input: FileClaimInput): Promise<PoolClaimRecord> {
  const db = ctx.database.db;
  const { row, pool } = await visiblePool(ctx, poolId);
  const poolLoan = await findPoolLoan(db, row.id, input.loanId);
  const loan = await findLoanRow(db, input.loanId);
  if (!loan) throw fail('pool.loan_not_found');
  if (!isOperator(ctx.actor)) authorize(ctx.actor, 'pool.claim', { parties: [loan.institutionId] });
  if (!poolLoan || poolLoan.status !== 'registered') throw fail('pool.loan_not_registered', { loan: input.loanId });
  const today = todayOf(ctx);
  const missed = await firstMissedDueOn(db, loan.id, today);
  const overdueSince = missed === null ? today : addDays(missed, 1);
  const { registered } = await poolPosition(db, row.id, pool, today);
  const trigger = claimTrigger(pool, { loanId: loan.id, partnerId: poolLoan.partnerId, overdueSince, lawsuitAcceptedOn: input.lawsuitAcceptedOn }, today, registered);
  if (!trigger.met) throw reasonsError(trigger.reasons);
  const open = (await claimsOfPool(db, row.id)).find((c) => c.poolLoanId === poolLoan.id && !['paid', 'rejected', 'withdrawn'].includes(c.state));
  if (open) throw fail('unique.one_open_pool_claim_per_loan');
  return mutate(ctx, async (tx) => {
    const now = ctx.now();
    const claim = await insertPoolClaim(tx, {
      id: newId(), poolId: row.id, poolLoanId: poolLoan.id, loanId: loan.id, partnerId: poolLoan.partnerId, state: 'filed', filedOn: today, overdueSince, overdueDays: trigger.overdueDays,
      lawsuitAcceptedOn: input.lawsuitAcceptedOn, principalAtDefaultFen: loan.defaultExposureFen ?? loan.outstandingPrincipalFen, stepStartedOn: today, filedBy: ctx.actor.userId, createdAt: now, updatedAt: now,
    });
    await insertPoolClaimEvent(tx, { claimId: claim.id, fromState: null, toState: 'filed', mover: 'partner', actorId: ctx.actor.userId, reason: null, comment: null, at: now });
    return { result: claim, audit: { action: 'pool.claim_filed', targetType: 'pool_claim', targetId: claim.id, parkId: row.parkId, details: { poolId: row.id, loanId: loan.id, overdueDays: trigger.overdueDays } } };
  });
}

/** The claim if the actor is on one of its sides (the pool's administrators, the claiming partner); not found otherwise. */
async function claimFor(ctx: ServiceContext, id: string): Promise<{ claim: PoolClaimListed; pool: Pool; by: PoolClaimMover }> {
  const claim = await findPoolClaim(ctx.database.db, id);
  if (!claim) throw fail('pool.claim_not_found');
  const by = poolClaimMover(ctx.actor, { parkId: claim.poolParkId, partnerId: claim.partnerId });
  const row = (await findPool(ctx.database.db, claim.poolId))!;
  const pool = poolOf(row);
  if (!by) {
    // Another partner or a contributor sees the pool's figures but not the claim; anyone else not even that.
    if (seesPool(ctx.actor, poolResource(row, pool))) throw fail('access.not_a_party');
    throw fail('pool.claim_not_found');
  }
  return { claim, pool, by };
}

export interface PoolClaimDetail {
  claim: PoolClaimListed;
  documents: PoolDocumentMeta[];
  recoveries: PoolRecoveryRow[];
  events: PoolClaimEventRow[];
  /** The review step's working-day deadline, while a step runs. */
  clock: ReviewClock | null;
}

export async function readPoolClaim(ctx: ServiceContext, calendars: CalendarStore, id: string): Promise<PoolClaimDetail> {
  const { claim, pool } = await claimFor(ctx, id);
  const db = ctx.database.db;
  const [documents, recoveries, events, calendar] = await Promise.all([poolClaimDocumentsOf(db, [id]), poolRecoveriesOf(db, [id]), poolClaimEventsOf(db, [id]), calendars.get(db)]);
  const clock = claim.stepStartedOn ? reviewClock(pool, claim.state as PoolClaimState, claim.stepStartedOn, todayOf(ctx), calendar) : null;
  return { claim, documents, recoveries, events, clock };
}

/** One document of a claim, bytes and all, to those who may read the claim. */
export async function readPoolClaimDocument(ctx: ServiceContext, claimId: string, documentId: string) {
  await claimFor(ctx, claimId);
  const doc = await findPoolClaimDocument(ctx.database.db, claimId, documentId);
  if (!doc) throw fail('document.not_found');
  return doc;
}

export interface PoolClaimMoveInput {
  to: string;
  version: number;
  reason?: string | null;
  comment?: string | null;
  /** Paying: the amount (default the payout approved) and the payment's reference. */
  payment?: { amountFen?: bigint | null; reference?: string | null } | null;
}

const stale = (c: PoolClaimRecord, sent: number) => fail('pool.claim_stale_version', { sent, version: c.version }, { details: { state: c.state, version: c.version } });

export async function movePoolClaim(ctx: ServiceContext, id: string, input: PoolClaimMoveInput): Promise<PoolClaimRecord> {
  const { claim, pool, by } = await claimFor(ctx, id);
  if (!(POOL_CLAIM_STATES as readonly string[]).includes(input.to)) throw invalidFields([problem('to', 'pool.claim_illegal_move', { from: claim.state, to: input.to, allowed: [] })]);
  const to = input.to as PoolClaimState;
  const from = claim.state as PoolClaimState;
  const documents = [...new Set((await poolClaimDocumentsOf(ctx.database.db, [id])).map((d) => d.kind as ClaimDocument))];
  const today = todayOf(ctx);
  return mutate(ctx, async (tx) => {
    // Money moves one at a time per pool: the balance read below is the one paid from.
    await lockPool(tx, claim.poolId);
    const { entries, balanceFen } = await poolPosition(tx, claim.poolId, pool, today);
    const payment = to === 'paid' ? { amountFen: input.payment?.amountFen ?? claim.approvedFen ?? 0n, approvedFen: claim.approvedFen ?? 0n, balanceFen } : undefined;
    const checked = checkClaimMove({ pool, from, to, by, reason: input.reason ?? null, comment: input.comment ?? null, documents, ...(payment ? { payment } : {}) });
    if (!checked.ok) {
      Object.assign(checked.refusal.error.extra, { details: { state: from } });
      throw checked.refusal.error;
    }
    if (input.version !== claim.version) throw stale(claim, input.version);
    const changes: Partial<NewPoolClaim> = { state: to, updatedAt: ctx.now(), stepStartedOn: reviewStepOf(to) ? today : null };
    if (to === 'rejected') changes.reason = input.reason ?? null;
    if (input.comment?.trim()) changes.comment = input.comment.trim();
    if (to === 'approved') Object.assign(changes, await approval(tx, claim, pool, entries, balanceFen, today));
    if (to === 'paid') {
      const amountFen = payment!.amountFen;
      Object.assign(changes, { paidFen: amountFen, paidOn: today, paymentReference: input.payment?.reference ?? null });
      if (amountFen > 0n) await insertLedgerEntry(tx, { id: newId(), poolId: claim.poolId, kind: 'payout', on: today, amountFen, claimId: claim.id, partnerId: claim.partnerId, reference: input.payment?.reference ?? null, recordedBy: ctx.actor.userId, recordedAt: ctx.now() });
    }
    const moved = await updatePoolClaimIf(tx, claim.id, claim.version, changes);
    if (!moved) throw stale((await findPoolClaim(tx, claim.id)) ?? claim, claim.version);
    await insertPoolClaimEvent(tx, { claimId: claim.id, fromState: from, toState: to, mover: by, actorId: ctx.actor.userId, reason: input.reason ?? null, comment: input.comment?.trim() || null, at: ctx.now() });
    const details: Record<string, unknown> = { from, to, version: moved.version, by };
    if (to === 'approved') Object.assign(details, { approvedFen: String(moved.approvedFen), limitedBy: moved.limitedBy });
    if (to === 'paid') details.paidFen = String(moved.paidFen);
    return { result: moved, audit: { action: `pool.claim_${to}`, targetType: 'pool_claim', targetId: claim.id, parkId: claim.poolParkId, details } };
  });
}

/** The payout an approved claim is due, on the balance and the partner's history now. */
async function approval(tx: Tx, claim: PoolClaimListed, pool: Pool, entries: Parameters<typeof partnerHistory>[3], balanceFen: bigint, today: string): Promise<Partial<NewPoolClaim>> {
  const poolLoan = (await findPoolLoan(tx, claim.poolId, claim.loanId))!;
  const claims = (await claimsOfPool(tx, claim.poolId)).map(claimRowOf);
  // The loan is covered at the share fixed when it was registered, under that version's coverage;
  // the cap and the balance are the pool's now.
  const registeredUnder = await findPoolVersion(tx, claim.poolId, poolLoan.poolVersion);
  const coverage = registeredUnder ? poolOf({ body: registeredUnder.body, code: claim.poolCode, version: registeredUnder.version }).coverage : pool.coverage;
  const payout = computePayout({
    pool: { ...pool, coverage },
    claimId: claim.id,
    partnerId: claim.partnerId,
    loanId: claim.loanId,
    firstLoan: poolLoan.firstLoan,
    principalAtDefaultFen: claim.principalAtDefaultFen,
    recoveriesFen: await recoveredOnLoan(tx, claim.loanId, today),
    partner: partnerHistory(claim.partnerId, claim.id, claims, entries),
    balanceFen,
  });
  return { netLossFen: payout.netLossFen, approvedFen: payout.payoutFen, limitedBy: payout.limitedBy, trail: trailJson(payout.trail) };
}

export interface RecoveryInput {
  amountFen: bigint;
  recoveredOn?: string;
  note?: string;
}

/** A recovery on a paid claim: the partner refunds the pool its paid share of everything recovered since, less what it refunded. */
export async function recordPoolRecovery(ctx: ServiceContext, claimId: string, input: RecoveryInput): Promise<PoolRecoveryRow> {
  const { claim } = await claimFor(ctx, claimId);
  if (claim.state !== 'paid') throw fail('pool.claim_not_paid', { state: claim.state });
  if (input.amountFen <= 0n) throw invalidFields([problem('amountFen', 'pool.amount_invalid', { field: 'amountFen', value: String(input.amountFen) })]);
  const recoveredOn = input.recoveredOn ?? todayOf(ctx);
  return mutate(ctx, async (tx) => {
    await lockPool(tx, claim.poolId);
    const prior = await poolRecoveriesOf(tx, [claim.id]);
    const recoveredFen = prior.reduce((s, r) => s + r.amountFen, 0n) + input.amountFen;
    const refundedFen = prior.reduce((s, r) => s + r.refundFen, 0n);
    const refund = recoveryRefund({ paidFen: claim.paidFen ?? 0n, netLossFen: claim.netLossFen ?? 0n, recoveredFen, refundedFen });
    const entry = refund.refundFen > 0n ? await insertLedgerEntry(tx, { id: newId(), poolId: claim.poolId, kind: 'refund', on: recoveredOn, amountFen: refund.refundFen, claimId: claim.id, partnerId: claim.partnerId, reference: null, recordedBy: ctx.actor.userId, recordedAt: ctx.now() }) : null;
    const row = await insertPoolRecovery(tx, { id: newId(), claimId: claim.id, recoveredOn, amountFen: input.amountFen, refundFen: refund.refundFen, trail: trailJson(refund.trail), ledgerEntryId: entry?.id ?? null, note: input.note ?? '', recordedBy: ctx.actor.userId, recordedAt: ctx.now() });
    return { result: row, audit: { action: 'pool.claim_recovery', targetType: 'pool_claim', targetId: claim.id, parkId: claim.poolParkId, details: { amountFen: String(input.amountFen), refundFen: String(refund.refundFen), recoveredOn } } };
  });
}

/** Adds a document to a claim (either side), stored with its SHA-256. */
export async function addPoolClaimDocument(ctx: ServiceContext, claimId: string, input: { kind: ClaimDocument; name: string; content: Buffer }): Promise<PoolDocumentMeta> {
  const { claim } = await claimFor(ctx, claimId);
  if (!CLAIM_DOCUMENTS.includes(input.kind)) throw invalidFields([problem('kind', 'field.invalid_enum', { values: [...CLAIM_DOCUMENTS] })]);
  const { mediaType: contentType, sha256 } = acceptDocument(input.name, input.content);
  return mutate(ctx, async (tx) => {
    const doc = await insertPoolClaimDocument(tx, { id: newId(), claimId: claim.id, kind: input.kind, name: input.name, contentType, sizeBytes: input.content.length, sha256, content: input.content, uploadedBy: ctx.actor.userId, uploadedAt: ctx.now() });
    return { result: doc, audit: { action: 'pool.claim_document', targetType: 'pool_claim', targetId: claim.id, parkId: claim.poolParkId, details: { kind: input.kind, sha256, sizeBytes: input.content.length } } };
  });
}

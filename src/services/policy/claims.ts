// Moving subsidy claims through their states (src/domain/policy/claim-states.ts decides; 409 with
// the reason otherwise), publishing a run's results for objections, the daily forfeit of claims
// not confirmed in time, and reading claims as the enterprise, the park and the lender see them.
// Each move, its history row and its audit record are written in one transaction only if nobody
// changed the claim since the version the caller read.
import type { Database, Tx } from '../../db/client.ts';
import { findProgrammeRow, findProgrammeVersions } from '../../db/repositories/programmes.ts';
import { claimDocumentsOf } from '../../db/repositories/subsidy-claim-documents.ts';
import { claimEventsOf, claimsPastConfirmation, findClaim, insertClaimEvents, listClaims, updateClaimIf, type ClaimEventRow, type ClaimFilter, type ClaimListed, type ClaimRow, type NewClaim } from '../../db/repositories/subsidy-claims.ts';
import { claimMover, claimScope, managesProgramme } from '../../domain/access/policy-access.ts';
import { authorize, mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { approvalProofRefusal } from '../../domain/policy/claim-proofs.ts';
import { checkClaimMove, isClaimState, type ClaimMover, type ClaimNeed, type SubsidyClaimState } from '../../domain/policy/claim-states.ts';
import type { Programme } from '../../domain/policy/programme.ts';
import { addDays } from '../../domain/shared/business-time.ts';
import { fail, invalidFields, problem, type FieldProblem } from '../../domain/shared/errors.ts';
import { CLAIM_DECISION_REASONS, type ClaimDecisionReason } from '../../../shared/policy.ts';
import type { Page, PageRequest } from '../../db/paging.ts';
import type { CalendarStore } from '../workflow/calendar-store.ts';
import { mutate, recordAudit, systemContext, todayOf, type ServiceContext } from '../shared/context.ts';
import { systemActor } from '../../domain/access/actor.ts';
import { claimInstitutions, claimProofs, type ClaimProofs } from './claim-documents.ts';
import { programmeOf } from './programmes.ts';

export interface ClaimMoveInput {
  to: string;
  version: number;
  comment?: string | null;
  reason?: string | null;
  account?: { name: string; bank: string; number: string } | null;
  payment?: { reference: string; paidOn: string } | null;
  /** Clawing back: how much (default all that was paid). */
  clawbackFen?: bigint | null;
}

export async function readClaims(ctx: ServiceContext, filter: Omit<ClaimFilter, 'scope'>, page: PageRequest): Promise<Page<ClaimListed>> {
  const attempt = mayAttempt(ctx.actor, 'claim.read');
  if (!attempt.allowed) throw refusalOf(attempt);
  return listClaims(ctx.database.db, { ...filter, scope: claimScope(ctx.actor) }, page);
}

export async function readClaim(ctx: ServiceContext, id: string): Promise<{ claim: ClaimListed; events: ClaimEventRow[] } & ClaimProofs> {
  const claim = await findClaim(ctx.database.db, id);
  if (!claim) throw fail('claim.not_found');
  authorize(ctx.actor, 'claim.read', { parkId: claim.parkId, parties: [claim.enterpriseId, ...(await claimInstitutions(ctx.database.db, claim))] });
  const [events, proofs] = await Promise.all([claimEventsOf(ctx.database.db, id), claimProofs(ctx, claim)]);
  return { claim, events, ...proofs };
}

/** The park that owns a claim's programme (null: city-wide), and the version it was computed under. */
async function programmeOfClaim(db: Database['db'] | Tx, claim: ClaimRow): Promise<{ parkId: string | null; programme: Programme }> {
  const row = await findProgrammeRow(db, claim.programmeId);
  return { parkId: row!.parkId, programme: programmeOf(row!) };
}

export async function moveClaim(ctx: ServiceContext, calendars: CalendarStore, id: string, input: ClaimMoveInput): Promise<ClaimListed> {
  const db = ctx.database.db;
  const claim = await findClaim(db, id);
  if (!claim) throw fail('claim.not_found');
  authorize(ctx.actor, 'claim.move', { parkId: claim.parkId, parties: [claim.enterpriseId] });
  const owner = await programmeOfClaim(db, claim);
  const by = claimMover(ctx.actor, { enterpriseId: claim.enterpriseId, programmeParkId: owner.parkId });
  if (!by) throw fail('claim.not_in_your_park');
  if (!isClaimState(input.to)) throw invalidFields([problem('to', 'claim.unknown_state', { state: input.to })]);
  const to = input.to;
  checkOrThrow(claim, to, by, input);
  const proofRefusal = to === 'approved' ? approvalProofRefusal(to, owner.programme.proofs ?? [], (await claimDocumentsOf(db, claim.id)).map((d) => d.kind)) : null;
  if (proofRefusal) throw proofRefusal;
  if (input.version !== claim.version) throw stale(claim, input.version);
  const today = todayOf(ctx);
  const changes = changesOf(claim, to, input, owner.programme, await calendars.get(db), today);
  return mutate(ctx, async (tx) => {
    const moved = await writeMove(tx, ctx, claim, to, changes, { by, reason: input.reason ?? null, comment: input.comment?.trim() || null });
    return { result: { ...claim, ...moved }, audit: { action: `claim.${to}`, targetType: 'subsidy_claim', targetId: claim.id, parkId: claim.parkId, details: { from: claim.state, to, version: moved.version, programme: claim.programmeCode, reason: input.reason ?? undefined, ...(to === 'paid' ? { paymentReference: input.payment!.reference } : {}) } } };
  });
}

function checkOrThrow(claim: ClaimRow, to: SubsidyClaimState, by: ClaimMover, input: ClaimMoveInput) {
  const has: Partial<Record<ClaimNeed, boolean>> = { comment: !!input.comment?.trim(), reason: !!input.reason, account: !!input.account, payment: !!input.payment };
  const checked = checkClaimMove({ from: claim.state as SubsidyClaimState, to, by, has });
  if (checked.ok) return;
  const r = checked.refusal;
  if (r.kind === 'missing') throw invalidFields([{ field: r.field, code: r.error.code, params: r.error.params, message: r.error.message }]);
  Object.assign(r.error.extra, { state: claim.state, ...(r.kind === 'illegal' ? { allowed: r.allowed } : {}) });
  throw r.error;
}

const stale = (c: ClaimRow, sent: number) => fail('claim.stale_version', { sent, version: c.version }, { details: { state: c.state, version: c.version } });

const ACCOUNT_NUMBER = /^\d{8,30}$/;

/** What else changes with the state: deadlines on publication, the account, the reference, the clawback. */
function changesOf(c: ClaimRow, to: SubsidyClaimState, input: ClaimMoveInput, p: Programme, calendar: WorkingCalendar, today: string): Partial<NewClaim> {
  const problems: FieldProblem[] = [];
  const changes: Partial<NewClaim> = {};
  if (to === 'published' && c.state === 'computed') Object.assign(changes, publication(p, calendar, today));
  if (to === 'objected' && c.objectionUntil && today > c.objectionUntil) throw fail('claim.objection_period_over', { until: c.objectionUntil });
  if (to === 'confirmed') {
    if (c.confirmBy && today > c.confirmBy) throw fail('claim.confirmation_closed', { confirmBy: c.confirmBy });
    const a = input.account!;
    if (!ACCOUNT_NUMBER.test(a.number)) problems.push(problem('account.number', 'claim.account_number_format'));
    Object.assign(changes, { accountName: a.name, accountBank: a.bank, accountNumber: a.number, confirmedOn: today });
  }
  if (to === 'rejected' || to === 'clawed_back') {
    const reason = input.reason!;
    if (!(CLAIM_DECISION_REASONS as readonly string[]).includes(reason)) problems.push(problem('reason', 'claim.unknown_reason', { reason, reasons: [...CLAIM_DECISION_REASONS] }));
    else if ((reason as ClaimDecisionReason) === 'other' && !input.comment?.trim()) problems.push(problem('comment', 'claim.other_reason_needs_comment'));
    changes.decisionReason = reason;
  }
  if (to === 'clawed_back') {
    const fen = input.clawbackFen ?? c.subsidyFen;
    if (fen > c.subsidyFen || fen <= 0n) problems.push(problem('clawbackFen', 'claim.clawback_above_paid', { clawback: String(fen), paid: String(c.subsidyFen) }));
    Object.assign(changes, { clawbackFen: fen, clawedBackOn: today });
  }
  if (to === 'paid') Object.assign(changes, { paymentReference: input.payment!.reference, paidOn: input.payment!.paidOn });
  if (problems.length) throw invalidFields(problems);
  return changes;
}

/** Published today: objections for the programme's calendar days, then its working days to confirm the account. */
export function publication(p: Programme, calendar: WorkingCalendar, today: string) {
  const objectionUntil = addDays(today, p.objectionDays);
  return { publishedOn: today, objectionUntil, confirmBy: calendar.addWorkingDays(objectionUntil, p.confirmDays) };
}

interface MoveNote {
  by: ClaimMover;
  reason: string | null;
  comment: string | null;
}

async function writeMove(tx: Tx, ctx: ServiceContext, c: ClaimRow, to: SubsidyClaimState, changes: Partial<NewClaim>, note: MoveNote): Promise<ClaimRow> {
  const moved = await updateClaimIf(tx, c.id, c.version, { ...changes, state: to, updatedAt: ctx.now() });
  if (!moved) {
    const now = await findClaim(tx, c.id);
    throw stale(now ?? c, c.version);
  }
  await insertClaimEvents(tx, [{ claimId: c.id, fromState: c.state, toState: to, mover: note.by, actorId: ctx.actor.userId, reason: note.reason, comment: note.comment, at: ctx.now() }]);
  return moved;
}

/** Publishes every computed claim of a programme (one period, or all) in one transaction. */
export async function publishClaims(ctx: ServiceContext, calendars: CalendarStore, code: string, periodFrom?: string): Promise<{ published: number }> {
  const db = ctx.database.db;
  const rows = await findProgrammeVersions(db, code);
  if (!rows.length) throw fail('programme.not_found', { id: code });
  authorize(ctx.actor, 'programme.manage', { parkId: rows[0]!.parkId });
  if (!managesProgramme(ctx.actor, rows[0]!.parkId)) throw fail('claim.not_in_your_park');
  const calendar = await calendars.get(db);
  const today = todayOf(ctx);
  const computed = (await listClaims(db, { scope: { kind: 'all' }, programmeCode: code, states: ['computed'], ...(periodFrom ? { periodFrom } : {}) }, { page: 1, pageSize: 1_000_000 })).items;
  const programmes = new Map(rows.map((r) => [r.id, programmeOf(r)]));
  return mutate(ctx, async (tx) => {
    let published = 0;
    for (const c of computed) {
      const moved = await updateClaimIf(tx, c.id, c.version, { ...publication(programmes.get(c.programmeId)!, calendar, today), state: 'published', updatedAt: ctx.now() });
      if (!moved) throw stale(c, c.version);
      published++;
    }
    await insertClaimEvents(tx, computed.map((c) => ({ claimId: c.id, fromState: 'computed', toState: 'published', mover: 'park', actorId: ctx.actor.userId, reason: null, comment: null, at: ctx.now() })));
    return { result: { published }, audit: { action: 'claim.published', targetType: 'programme', targetId: rows[0]!.id, parkId: rows[0]!.parkId, details: { code, published, periodFrom } } };
  });
}

/** The platform's own move: published claims past their confirmation deadline are forfeited (idempotent). */
export async function forfeitUnconfirmed(database: Database, now: Date, timezone: string): Promise<number> {
  const ctx = { ...systemContext({ database, timezone, now: () => now }), actor: systemActor() };
  const due = await claimsPastConfirmation(database.db, todayOf(ctx));
  let forfeited = 0;
  for (const c of due) {
    await database.db.transaction(async (tx) => {
      const moved = await updateClaimIf(tx, c.id, c.version, { state: 'forfeited', updatedAt: now });
      if (!moved) return; // moved meanwhile (confirmed at the last minute, or another sweep)
      await insertClaimEvents(tx, [{ claimId: c.id, fromState: 'published', toState: 'forfeited', mover: 'platform', actorId: null, reason: null, comment: null, at: now }]);
      await recordAudit(tx, ctx, { action: 'claim.forfeited', targetType: 'subsidy_claim', targetId: c.id, parkId: c.parkId, details: { from: 'published', to: 'forfeited', confirmBy: c.confirmBy, by: 'platform' } });
      forfeited++;
    });
  }
  return forfeited;
}

// Moving an application through its states: the enterprise or the institution asks, the state table
// decides (409 with the reason otherwise), and the change, its history row, its notification and
// its audit record are written in one transaction only if nobody changed the application since the
// version the caller read (optimistic lock: two officers approving at once, one wins).
import type { Tx } from '../../db/client.ts';
import { findApplication, insertApplicationEvent, updateApplicationIf, type ApplicationRow, type NewApplication } from '../../db/repositories/applications.ts';
import type { LoanRow } from '../../db/repositories/loans.ts';
import { findProduct } from '../../db/repositories/products.ts';
import { systemActor } from '../../domain/access/actor.ts';
import { applicationMover } from '../../domain/access/workflow-access.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { businessDateOf } from '../../domain/shared/business-time.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { checkApproval, type ApprovalInput } from '../../domain/workflow/approval.ts';
import { isRejectionReason } from '../../domain/workflow/rejections.ts';
import { checkMove, stateNamed, type ApplicationState, type Mover } from '../../domain/workflow/states.ts';
import { mutate, recordAudit, type ServiceContext, todayOf } from '../shared/context.ts';
import type { CalendarStore } from './calendar-store.ts';
import { disburseLoan, type LoanTermsInput } from './disburse.ts';
import { markDefaulted, markWrittenOff } from './loan-book.ts';
import { notifyMove } from './move-notices.ts';

export interface MoveInput {
  to: string;
  version: number;
  reason?: string | null;
  comment?: string | null;
  /** Approving a loan: the amount, rate (LPR tenor + spread) and term the disbursement must honour. */
  approval?: ApprovalInput | null;
  /** Disbursing a loan: method and date (amount, rate and term default to the approval's). */
  loan?: LoanTermsInput | null;
}

/**
 * What other areas do when the workflow makes a move, given by whoever composes the platform (the
 * workflow does not depend on them), inside the move's transaction: proposing the pool
 * registrations a disbursed loan qualifies for.
 */
export interface MoveHooks {
  loanDisbursed: (tx: Tx, ctx: ServiceContext, loan: LoanRow) => Promise<unknown>;
}

export async function moveApplication(ctx: ServiceContext, calendars: CalendarStore, id: string, input: MoveInput, hooks: MoveHooks): Promise<ApplicationRow> {
  const db = ctx.database.db;
  const current = await findApplication(db, id);
  if (!current) throw fail('application.not_found');
  authorize(ctx.actor, 'application.move', { parkId: current.parkId, parties: [current.enterpriseId, current.institutionId] });
  const by = applicationMover(ctx.actor, current);
  if (!by) throw fail('access.not_a_party_to_move');
  return changeState(ctx, await calendars.get(db), current, by, input, hooks);
}

/** The platform's own moves (repayments recorded, the overdue sweep), inside the caller's transaction. */
export async function movePlatform(tx: Tx, ctx: ServiceContext, a: ApplicationRow, to: ApplicationState, comment: string): Promise<ApplicationRow> {
  const checked = checkMove({ from: a.state as ApplicationState, to, by: 'platform', productIsLoan: a.productKind === 'loan' });
  if (!checked.ok) throw checked.refusal.error;
  const moved = await writeMove(tx, ctx, a, to, { updatedAt: ctx.now() }, { comment, reason: null, by: 'platform' });
  // The platform's own move, audited as the system whoever's action set it off.
  await recordAudit(tx, { ...ctx, actor: systemActor() }, { action: `application.${to}`, targetType: 'application', targetId: a.id, parkId: a.parkId, details: { from: a.state, to, version: moved.version, by: 'platform', comment } });
  return moved;
}

async function changeState(ctx: ServiceContext, calendar: WorkingCalendar, a: ApplicationRow, by: Mover, input: MoveInput, hooks: MoveHooks): Promise<ApplicationRow> {
  const to = stateNamed(input.to);
  if (!to) throw invalidFields([problem('to', 'application.unknown_state', { state: input.to })]);
  const productIsLoan = a.productKind === 'loan';
  const checked = checkMove({ from: a.state as ApplicationState, to, by, productIsLoan, reason: input.reason, comment: input.comment, hasLoanTerms: !!input.loan, hasApprovalTerms: !!input.approval });
  if (!checked.ok) {
    const r = checked.refusal;
    if (r.kind === 'missing') throw invalidFields([{ field: r.field, code: r.error.code, params: r.error.params, message: r.error.message }]);
    Object.assign(r.error.extra, r.kind === 'illegal' ? { state: a.state, allowed: r.allowed } : { state: a.state });
    throw r.error;
  }
  if (input.version !== a.version) throw staleVersion(a, input.version);
  if (to === 'rejected') checkRejection(input);
  const approval = approvalChanges(a, to, input);
  const today = todayOf(ctx);
  const turnaround = to === 'submitted' ? ((await findProduct(ctx.database.db, a.productId))?.turnaroundDays ?? 0) : 0;
  const changes = { ...stateChanges(a, to, calendar, today, ctx.now(), turnaround, ctx.timezone), ...(to === 'rejected' ? { rejectionReason: input.reason!, rejectionText: input.comment?.trim() ?? null } : {}), ...approval };
  return mutate(ctx, async (tx) => {
    const moved = await writeMove(tx, ctx, a, to, changes, { comment: input.comment ?? null, reason: input.reason ?? null, by });
    if (to === 'disbursed' && input.loan) await hooks.loanDisbursed(tx, ctx, await disburseLoan(tx, ctx, calendar, moved, input.loan));
    if (to === 'defaulted') await markDefaulted(tx, ctx, a.id, today, input.reason ?? null);
    if (to === 'written_off') await markWrittenOff(tx, ctx, a.id, today, input.comment ?? null);
    return { result: moved, audit: { action: `application.${to}`, targetType: 'application', targetId: a.id, parkId: a.parkId, details: { from: a.state, to, version: moved.version, reason: input.reason ?? undefined, ...approvalAudit(approval) } } };
  });
}

function staleVersion(a: ApplicationRow, sent: number) {
  return fail('application.stale_version', { sent, version: a.version, state: a.state }, { details: { state: a.state, version: a.version } });
}

/** A loan's approval records its terms; terms sent with any other move are refused. */
function approvalChanges(a: ApplicationRow, to: ApplicationState, input: MoveInput): Partial<NewApplication> {
  if (!input.approval) return {};
  if (to !== 'approved' || a.productKind !== 'loan') throw invalidFields([problem('approval', 'application.approval_terms_not_applicable')]);
  const checked = checkApproval(a, input.approval);
  if (!checked.ok) throw invalidFields(checked.problems);
  const t = checked.terms;
  return { approvedAmountFen: t.amountFen, approvedLprTenor: t.lprTenor, approvedSpreadBp: t.spreadBp, approvedTermMonths: t.termMonths };
}

const approvalAudit = (c: Partial<NewApplication>) =>
  c.approvedAmountFen === undefined ? {} : { approved: { amountFen: String(c.approvedAmountFen), lprTenor: c.approvedLprTenor, spreadBp: c.approvedSpreadBp, termMonths: c.approvedTermMonths } };

function checkRejection(input: MoveInput) {
  const reason = input.reason!.trim();
  if (!isRejectionReason(reason)) throw invalidFields([problem('reason', 'application.unknown_rejection_reason', { reason })]);
  if (reason === 'other' && !input.comment?.trim()) throw invalidFields([problem('comment', 'application.other_reason_needs_comment')]);
}

/** What else changes with the state: submission starts the deadline, a request for information pauses it, a decision stops it. */
function stateChanges(a: ApplicationRow, to: ApplicationState, calendar: WorkingCalendar, today: string, now: Date, turnaroundDays: number, timezone: string): Partial<NewApplication> {
  const changes: Partial<NewApplication> = { updatedAt: now };
  if (to === 'submitted') Object.assign(changes, { submittedAt: now, deadlineOn: calendar.addWorkingDays(today, turnaroundDays) });
  if (to === 'info_requested' && a.deadlineOn) changes.pausedOn = today;
  if (a.state === 'info_requested' && a.pausedOn && a.deadlineOn) {
    const paused = Math.max(0, calendar.workingDaysBetween(a.pausedOn, today));
    Object.assign(changes, { pausedOn: null, pausedWorkingDays: a.pausedWorkingDays + paused, deadlineOn: calendar.addWorkingDays(a.deadlineOn, paused) });
  }
  if ((to === 'approved' || to === 'rejected') && a.submittedAt) {
    const pausedNow = a.pausedOn ? Math.max(0, calendar.workingDaysBetween(a.pausedOn, today)) : 0;
    changes.decidedAt = now;
    changes.responseWorkingDays = Math.max(0, calendar.workingDaysBetween(businessDateOf(a.submittedAt, timezone), today) - a.pausedWorkingDays - pausedNow);
  }
  return changes;
}

interface MoveNote {
  comment: string | null;
  reason: string | null;
  by: Mover;
}

async function writeMove(tx: Tx, ctx: ServiceContext, a: ApplicationRow, to: ApplicationState, changes: Partial<NewApplication>, note: MoveNote): Promise<ApplicationRow> {
  const moved = await updateApplicationIf(tx, a.id, a.version, { ...changes, state: to });
  if (!moved) {
    const now = await findApplication(tx, a.id);
    throw staleVersion(now ?? a, a.version);
  }
  const actorOrganisation = note.by === 'institution' ? a.institutionId : note.by === 'enterprise' ? a.enterpriseId : null;
  await insertApplicationEvent(tx, { applicationId: a.id, fromState: a.state, toState: to, version: moved.version, actorId: ctx.actor.userId, actorEmail: ctx.actor.email, actorOrganisationId: actorOrganisation, reason: note.reason, comment: note.comment, at: ctx.now() });
  await notifyMove(tx, moved, a.state as ApplicationState, note.by, ctx.now());
  return moved;
}

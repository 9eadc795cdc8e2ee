// Moving an application through its states: the enterprise or the institution asks, the state table
// decides (409 with the reason otherwise), and the change, its history row, its notification and
// its audit record are written in one transaction only if nobody changed the application since the
// version the caller read (optimistic lock: two officers approving at once, one wins).
import type { Tx } from '../../db/client.ts';
import { findApplication, insertApplicationEvent, updateApplicationIf, type ApplicationRow, type NewApplication } from '../../db/repositories/applications.ts';
import { findProduct } from '../../db/repositories/products.ts';
import { systemActor } from '../../domain/access/actor.ts';
import { applicationMover } from '../../domain/access/workflow-access.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { businessDateOf } from '../../domain/shared/business-time.ts';
import { conflict, DomainError, forbidden, invalidInput, notFound } from '../../domain/shared/errors.ts';
import { isRejectionReason, REJECTION_REASONS } from '../../domain/workflow/rejections.ts';
import { APPLICATION_STATES, checkMove, stateNamed, type ApplicationState, type Mover } from '../../domain/workflow/states.ts';
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
  /** Disbursing a loan: its terms. */
  loan?: LoanTermsInput | null;
}

export async function moveApplication(ctx: ServiceContext, calendars: CalendarStore, id: string, input: MoveInput): Promise<ApplicationRow> {
  const db = ctx.database.db;
  const current = await findApplication(db, id);
  if (!current) throw notFound('Application');
  authorize(ctx.actor, 'application.move', { parkId: current.parkId, parties: [current.enterpriseId, current.institutionId] });
  const by = applicationMover(ctx.actor, current);
  if (!by) throw forbidden('Only the enterprise and the institution this application concerns may move it');
  return changeState(ctx, await calendars.get(db), current, by, input);
}

/** The platform's own moves (repayments recorded, the overdue sweep), inside the caller's transaction. */
export async function movePlatform(tx: Tx, ctx: ServiceContext, a: ApplicationRow, to: ApplicationState, comment: string): Promise<ApplicationRow> {
  const checked = checkMove({ from: a.state as ApplicationState, to, by: 'platform', productIsLoan: a.productKind === 'loan' });
  if (!checked.ok) throw conflict(checked.refusal.message);
  const moved = await writeMove(tx, ctx, a, to, { updatedAt: ctx.now() }, { comment, reason: null, by: 'platform' });
  // The platform's own move, audited as the system whoever's action set it off.
  await recordAudit(tx, { ...ctx, actor: systemActor() }, { action: `application.${to}`, targetType: 'application', targetId: a.id, parkId: a.parkId, details: { from: a.state, to, version: moved.version, by: 'platform', comment } });
  return moved;
}

async function changeState(ctx: ServiceContext, calendar: WorkingCalendar, a: ApplicationRow, by: Mover, input: MoveInput): Promise<ApplicationRow> {
  const to = stateNamed(input.to);
  if (!to) throw invalidInput(`Unknown state "${input.to}"`, [{ field: 'to', message: `one of ${APPLICATION_STATES.join(', ')}` }]);
  const productIsLoan = a.productKind === 'loan';
  const checked = checkMove({ from: a.state as ApplicationState, to, by, productIsLoan, reason: input.reason, comment: input.comment, hasLoanTerms: !!input.loan });
  if (!checked.ok) {
    const r = checked.refusal;
    if (r.kind === 'missing') throw invalidInput(r.message, [{ field: r.field, message: 'required' }]);
    throw new DomainError('conflict', r.message, r.kind === 'illegal' ? { state: a.state, allowed: r.allowed } : { state: a.state });
  }
  if (input.version !== a.version) throw staleVersion(a, input.version);
  if (to === 'rejected') checkRejection(input);
  const today = todayOf(ctx);
  const turnaround = to === 'submitted' ? ((await findProduct(ctx.database.db, a.productId))?.turnaroundDays ?? 0) : 0;
  const changes = { ...stateChanges(a, to, calendar, today, ctx.now(), turnaround, ctx.timezone), ...(to === 'rejected' ? { rejectionReason: input.reason!, rejectionText: input.comment?.trim() ?? null } : {}) };
  return mutate(ctx, async (tx) => {
    const moved = await writeMove(tx, ctx, a, to, changes, { comment: input.comment ?? null, reason: input.reason ?? null, by });
    if (to === 'disbursed' && input.loan) await disburseLoan(tx, ctx, calendar, moved, input.loan);
    if (to === 'defaulted') await markDefaulted(tx, ctx, a.id, today, input.reason ?? null);
    if (to === 'written_off') await markWrittenOff(tx, ctx, a.id, today, input.comment ?? null);
    return { result: moved, audit: { action: `application.${to}`, targetType: 'application', targetId: a.id, parkId: a.parkId, details: { from: a.state, to, version: moved.version, reason: input.reason ?? undefined } } };
  });
}

function staleVersion(a: ApplicationRow, sent: number) {
  return new DomainError('conflict', `This application has changed since version ${sent} (it is now version ${a.version}, ${a.state}): reload it and decide again`, { state: a.state, version: a.version });
}

function checkRejection(input: MoveInput) {
  const reason = input.reason!.trim();
  if (!isRejectionReason(reason)) throw invalidInput(`Unknown rejection reason "${reason}"`, [{ field: 'reason', message: `one of ${REJECTION_REASONS.join(', ')}` }]);
  if (reason === 'other' && !input.comment?.trim()) throw invalidInput('A rejection for another reason needs an explanation', [{ field: 'comment', message: 'required when the reason is other' }]);
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

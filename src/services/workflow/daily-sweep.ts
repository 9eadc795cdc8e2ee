// The workflow's daily pass: loans whose instalments fell due unpaid become overdue (and are
// reclassified), decision deadlines about to pass or passed are flagged to the institution and the
// park, and subsidy claims not confirmed in time are forfeited. A job of the job system (scheduled every few hours, or run by the operator); it is
// idempotent and safe to run in two processes at once: each loan is settled under its row lock,
// and each deadline is claimed by a conditional UPDATE in the transaction that sends its notice.
import type { Database, Tx } from '../../db/client.ts';
import { claimDeadlineFlag, deadlineCandidates, type DeadlineCandidate, type DeadlineFlag } from '../../db/repositories/deadlines.ts';
import { parkOperatorsOf } from '../../db/repositories/products.ts';
import { deadlineMissedNotice, deadlineMissedParkNotice, deadlineNearNotice } from '../../domain/workflow/notices.ts';
import type { JobKind } from '../jobs/types.ts';
import { recordAudit, systemContext, todayOf, type ServiceContext } from '../shared/context.ts';
import type { CalendarStore } from './calendar-store.ts';
import { asInstalment, instalmentsOf, loansToSweep, lockLoan, settlePosition } from './loan-book.ts';
import { namesOf, sendNotice } from './move-notices.ts';
import type { JobKindName } from '../../../shared/operations.ts';

export const SWEEP_JOB: JobKindName = 'workflow.sweep';

export interface SweepResult {
  loansChecked: number;
  deadlinesNear: number;
  deadlinesMissed: number;
  /** Subsidy claims whose receiving account was not confirmed by their deadline, forfeited now. */
  claimsForfeited: number;
}

/**
 * What other areas add to the daily pass, given by whoever composes the platform (the workflow
 * does not depend on them): forfeiting subsidy claims not confirmed in time.
 */
export interface SweepHooks {
  forfeitClaims: (database: Database, now: Date, timezone: string) => Promise<number>;
}

export async function sweepWorkflow(database: Database, calendars: CalendarStore, now: Date, timezone: string, hooks: SweepHooks): Promise<SweepResult> {
  const ctx = systemContext({ database, timezone, now: () => now });
  return sweepWith(ctx, calendars, hooks);
}

async function sweepWith(ctx: ServiceContext, calendars: CalendarStore, hooks: SweepHooks, progress?: (done: number, total: number) => Promise<void>): Promise<SweepResult> {
  const today = todayOf(ctx);
  const loanIds = await loansToSweep(ctx.database.db, today);
  for (const [i, id] of loanIds.entries()) {
    await ctx.database.db.transaction(async (tx) => {
      const loan = await lockLoan(tx, id);
      if (!loan || loan.status !== 'live') return;
      await settlePosition(tx, ctx, loan, (await instalmentsOf(tx, id)).map(asInstalment), today, false);
    });
    if (progress && (i % 50 === 49 || i === loanIds.length - 1)) await progress(i + 1, loanIds.length);
  }
  const deadlines = await flagDeadlines(ctx, calendars, today);
  const claimsForfeited = await hooks.forfeitClaims(ctx.database, ctx.now(), ctx.timezone);
  return { loansChecked: loanIds.length, ...deadlines, claimsForfeited };
}

/** The sweep as a job kind: the result is the sweep's counts. */
export const sweepJob = (calendars: CalendarStore, hooks: SweepHooks): JobKind => ({
  kind: SWEEP_JOB,
  run: async ({ ctx, progress }) => ({ ...(await sweepWith(ctx, calendars, hooks, progress)) }),
});

/** Undecided applications due tomorrow (a working day away) or already late, each flagged once: counts of those this sweep flagged. */
async function flagDeadlines(ctx: ServiceContext, calendars: CalendarStore, today: string) {
  const db = ctx.database.db;
  const calendar = await calendars.get(db);
  const near = await flagEach(ctx, 'near', calendar.addWorkingDays(today, 1), async (tx, a) => {
    if (a.deadlineOn >= today) await sendNotice(tx, a.institutionId, deadlineNearNotice(await namesOf(tx, a.id), a.deadlineOn), { link: `/applications/${a.id}`, details: { applicationId: a.id }, at: ctx.now() });
  });
  const missedCandidates = await deadlineCandidates(db, 'missed', today);
  const operators = await parkOperatorsOf(db, [...new Set(missedCandidates.map((m) => m.parkId))]);
  const missed = await flagEach(ctx, 'missed', today, async (tx, a) => {
    const where = { link: `/applications/${a.id}`, details: { applicationId: a.id, deadlineOn: a.deadlineOn }, at: ctx.now() };
    const names = await namesOf(tx, a.id);
    await sendNotice(tx, a.institutionId, deadlineMissedNotice(names, a.deadlineOn), where);
    for (const park of operators.filter((o) => o.parkId === a.parkId)) await sendNotice(tx, park.organisationId, deadlineMissedParkNotice(names), where);
  }, missedCandidates);
  return { deadlinesNear: near, deadlinesMissed: missed };
}

/** Claims and notifies each candidate in its own transaction (flag, notices and audit commit together); returns how many this pass claimed. */
async function flagEach(ctx: ServiceContext, flag: DeadlineFlag, on: string, notify: (tx: Tx, a: DeadlineCandidate) => Promise<void>, given?: DeadlineCandidate[]): Promise<number> {
  const candidates = given ?? (await deadlineCandidates(ctx.database.db, flag, on));
  let claimed = 0;
  for (const a of candidates) {
    const won = await ctx.database.db.transaction(async (tx) => {
      if (!(await claimDeadlineFlag(tx, a.id, flag, on, ctx.now()))) return false;
      await notify(tx, a);
      await recordAudit(tx, ctx, { action: `application.deadline_${flag}`, targetType: 'application', targetId: a.id, parkId: a.parkId, details: { deadlineOn: a.deadlineOn } });
      return true;
    });
    if (won) claimed++;
  }
  return claimed;
}

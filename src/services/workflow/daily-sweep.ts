// The workflow's daily pass: loans whose instalments fell due unpaid become overdue (and are
// reclassified), decision deadlines about to pass or passed are flagged to the institution and the
// park. Runs when the server starts, then every few hours; the operator can run it on demand.
import { and, eq, inArray, isNull, lt, lte } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { parkOperatorsOf } from '../../db/repositories/products.ts';
import { applications, enterprises, organisations } from '../../db/schema/index.ts';
import { deadlineMissedNotice, deadlineMissedParkNotice, deadlineNearNotice } from '../../domain/workflow/notices.ts';
import { systemContext, todayOf, type ServiceContext } from '../shared/context.ts';
import type { CalendarStore } from './calendar-store.ts';
import { asInstalment, instalmentsOf, loansToSweep, lockLoan, settlePosition } from './loan-book.ts';
import { sendNotice } from './move-notices.ts';

export interface SweepResult {
  loansChecked: number;
  deadlinesNear: number;
  deadlinesMissed: number;
}

export async function sweepWorkflow(database: Database, calendars: CalendarStore, now: Date, timezone: string): Promise<SweepResult> {
  const ctx = systemContext({ database, timezone, now: () => now });
  const today = todayOf(ctx);
  const loanIds = await loansToSweep(database.db, today);
  for (const id of loanIds) {
    await database.db.transaction(async (tx) => {
      const loan = await lockLoan(tx, id);
      if (!loan || loan.status !== 'live') return;
      await settlePosition(tx, ctx, loan, (await instalmentsOf(tx, id)).map(asInstalment), today, false);
    });
  }
  const deadlines = await flagDeadlines(ctx, calendars, today);
  return { loansChecked: loanIds.length, ...deadlines };
}

/** Undecided applications due tomorrow (a working day away) or already late, each flagged once. */
async function flagDeadlines(ctx: ServiceContext, calendars: CalendarStore, today: string) {
  const db = ctx.database.db;
  const calendar = await calendars.get(db);
  const soon = calendar.addWorkingDays(today, 1);
  const undecided = inArray(applications.state, ['submitted', 'accepted']);
  const near = await db
    .select({ a: applications, enterpriseName: enterprises.name })
    .from(applications)
    .innerJoin(enterprises, eq(enterprises.organisationId, applications.enterpriseId))
    .where(and(undecided, isNull(applications.deadlineWarnedAt), lte(applications.deadlineOn, soon)));
  for (const { a, enterpriseName } of near) {
    await db.transaction(async (tx) => {
      await tx.update(applications).set({ deadlineWarnedAt: ctx.now() }).where(eq(applications.id, a.id));
      if (a.deadlineOn! >= today) {
        await sendNotice(tx, a.institutionId, deadlineNearNotice(enterpriseName, a.deadlineOn!), { link: `/applications/${a.id}`, details: { applicationId: a.id }, at: ctx.now() });
      }
    });
  }
  const missed = await db
    .select({ a: applications, enterpriseName: enterprises.name, institutionName: organisations.name })
    .from(applications)
    .innerJoin(enterprises, eq(enterprises.organisationId, applications.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, applications.institutionId))
    .where(and(undecided, isNull(applications.deadlineMissedAt), lt(applications.deadlineOn, today)));
  const operators = await parkOperatorsOf(db, [...new Set(missed.map((m) => m.a.parkId))]);
  for (const { a, enterpriseName, institutionName } of missed) {
    await db.transaction(async (tx) => {
      await tx.update(applications).set({ deadlineMissedAt: ctx.now() }).where(eq(applications.id, a.id));
      const where = { link: `/applications/${a.id}`, details: { applicationId: a.id, deadlineOn: a.deadlineOn }, at: ctx.now() };
      await sendNotice(tx, a.institutionId, deadlineMissedNotice(enterpriseName, a.deadlineOn!), where);
      for (const park of operators.filter((o) => o.parkId === a.parkId)) await sendNotice(tx, park.organisationId, deadlineMissedParkNotice(institutionName, enterpriseName), where);
    });
  }
  return { deadlinesNear: near.length, deadlinesMissed: missed.length };
}


/** Runs the sweep now and then every `everyHours` (one run at a time); stopped with the app. */
export class WorkflowSweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  schedule(database: Database, calendars: CalendarStore, now: () => Date, timezone: string, everyHours: number, log: (message: string) => void): void {
    const run = () => {
      if (this.running) return;
      this.running = sweepWorkflow(database, calendars, now(), timezone)
        .then((r) => log(`workflow sweep: ${r.loansChecked} loan(s) checked, ${r.deadlinesNear} deadline(s) near, ${r.deadlinesMissed} missed`))
        .catch((err: unknown) => log(`workflow sweep failed: ${(err as Error).message}`))
        .finally(() => (this.running = null));
    };
    run();
    this.timer = setInterval(run, everyHours * 3_600_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

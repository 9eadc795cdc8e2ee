// LPR fixings as data: the built-in history installed when missing, the operator's monthly loads
// (CLI and API), the view with its out-of-date flag, and the fixing a disbursement is priced on
// (refused, naming the month, when the fixing due before the disbursement date is not loaded).
import type { Database, Executor } from '../../db/client.ts';
import { asFixing, insertMissingLprFixings, listLprFixings, upsertLprFixings } from '../../db/repositories/lpr-fixings.ts';
import { authorize, mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { parseLprFile, type LprFileFormat } from '../../domain/loans/lpr-file.ts';
import { builtInLprFixings, demoLprFixings } from '../../domain/loans/lpr-history.ts';
import { fixingInForce, lprStatus, type LprFixing } from '../../domain/loans/lpr.ts';
import { fail, problem } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext, todayOf } from '../shared/context.ts';
import type { CalendarStore } from './calendar-store.ts';

/** Installs the months of the built-in history the table does not hold (on migrate and start). */
export async function installBuiltInLprFixings(database: Database, calendars: CalendarStore, now = new Date()): Promise<number> {
  return insertMissingLprFixings(database.db, builtInLprFixings(await calendars.get(database.db)), 'built_in', now);
}

/** The demo's fixings after the built-in history, up to `now` (source 'demo', never real rates). */
export async function installDemoLprFixings(db: Executor, calendar: WorkingCalendar, today: string, now: Date): Promise<number> {
  return insertMissingLprFixings(db, demoLprFixings(today, calendar), 'demo', now);
}

export async function lprFixingsOf(db: Executor): Promise<LprFixing[]> {
  return (await listLprFixings(db)).map(asFixing);
}

/** Every fixing held (newest first) and whether they reach today. */
export async function lprFixingsView(ctx: ServiceContext, calendars: CalendarStore) {
  const decision = mayAttempt(ctx.actor, 'application.read');
  if (!decision.allowed) throw refusalOf(decision);
  const db = ctx.database.db;
  const rows = await listLprFixings(db);
  const status = lprStatus(todayOf(ctx), rows.map(asFixing), await calendars.get(db));
  const fixings = rows.map((r) => ({ ...asFixing(r), source: r.source, loadedAt: r.loadedAt })).reverse();
  return { fixings, latest: status.latest, next: status.next, missing: status.missing, outOfDate: status.outOfDate };
}

/** The operator loads fixings from a file; a month already held is replaced. All rows or none. */
export async function loadLprFixings(ctx: ServiceContext, format: LprFileFormat, content: string) {
  authorize(ctx.actor, 'lpr.manage');
  const fixings = parseLprFile(content, format, todayOf(ctx));
  const months = fixings.map((f) => f.month).sort();
  return mutate(ctx, async (tx) => {
    await upsertLprFixings(tx, fixings, ctx.actor.userId, ctx.now());
    const result = { loaded: fixings.length, first: months[0]!, last: months.at(-1)! };
    return { result, audit: { action: 'lpr.load', targetType: 'lpr_fixings', targetId: null, details: { ...result, format } } };
  });
}

/** The fixing a loan disbursed on `date` is priced on, or 409 naming the month not loaded. */
export async function lprFixingFor(db: Executor, date: string, calendar: WorkingCalendar): Promise<LprFixing> {
  const choice = fixingInForce(date, await lprFixingsOf(db), calendar);
  if (!choice.ok) {
    const params = { month: choice.missing.month, dueOn: choice.missing.dueOn };
    throw fail('lpr.month_missing', params, { fields: [problem('loan.disbursedOn', 'lpr.month_missing', params)], details: params });
  }
  return choice.fixing;
}

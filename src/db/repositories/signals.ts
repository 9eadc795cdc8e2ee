// Early-warning signals and the lenders they are sent to.
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { WorkflowScope } from '../../domain/access/workflow-access.ts';
import type { Executor, Tx } from '../client.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, loans, organisations, signals } from '../schema/index.ts';
import { scopeWhere } from './workflow-scope.ts';

export type SignalRow = typeof signals.$inferSelect;
export type NewSignal = typeof signals.$inferInsert;
/** A signal with the names the warning list shows. */
export type SignalListed = SignalRow & { enterpriseName: string; creditCode: string; institutionName: string };

/** A lender with a live (or overdue, defaulted) loan to an enterprise. */
export interface Lender {
  enterpriseId: string;
  parkId: string;
  institutionId: string;
  loanId: string;
}

/**
 * Writes the signal unless one with the same institution, enterprise and dedupe key exists; with
 * `refresh` the existing one takes the new severity and evidence instead. True when this row was new.
 */
export async function insertSignal(tx: Tx, row: NewSignal & { id: string }, refresh: boolean): Promise<boolean> {
  const keys = [signals.institutionId, signals.enterpriseId, signals.dedupeKey];
  const written = refresh
    ? await tx.insert(signals).values(row).onConflictDoUpdate({ target: keys, set: { severity: row.severity, evidence: row.evidence } }).returning({ id: signals.id })
    : await tx.insert(signals).values(row).onConflictDoNothing({ target: keys }).returning({ id: signals.id });
  return written[0]?.id === row.id;
}

/** The lenders with a live or defaulted loan to each enterprise. */
export async function listLiveLenders(db: Executor, enterpriseIds: string[]): Promise<Lender[]> {
  if (!enterpriseIds.length) return [];
  return db
    .select({ enterpriseId: loans.enterpriseId, parkId: loans.parkId, institutionId: loans.institutionId, loanId: loans.id })
    .from(loans)
    .where(and(inArray(loans.enterpriseId, enterpriseIds), inArray(loans.status, ['live', 'defaulted'])));
}

/** Signals in scope: open before acknowledged before resolved, the most severe first, then the newest. */
const whereOf = (filter: { scope: WorkflowScope; status?: string }) => and(scopeWhere(filter.scope, { institution: signals.institutionId, park: signals.parkId }), filter.status ? eq(signals.status, filter.status) : undefined);

/** How many signals in scope (with the status). */
export async function countSignals(db: Executor, filter: { scope: WorkflowScope; status?: string }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(signals).where(whereOf(filter));
  return Number(row?.n ?? 0);
}

export async function listSignals(db: Executor, filter: { scope: WorkflowScope; status?: string }, page: PageRequest): Promise<Page<SignalListed>> {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({ signal: signals, enterpriseName: enterprises.name, creditCode: enterprises.creditCode, institutionName: organisations.name })
      .from(signals)
      .innerJoin(enterprises, eq(enterprises.organisationId, signals.enterpriseId))
      .innerJoin(organisations, eq(organisations.id, signals.institutionId))
      .where(where)
      .orderBy(sql`case ${signals.status} when 'open' then 0 when 'acknowledged' then 1 else 2 end`, sql`case ${signals.severity} when 'high' then 0 when 'medium' then 1 else 2 end`, desc(signals.detectedAt))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(signals).where(where),
  ]);
  return { items: rows.map(({ signal, ...names }) => ({ ...signal, ...names })), total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}

/** The signal row locked for this transaction. */
export async function lockSignal(tx: Tx, id: string): Promise<SignalRow | undefined> {
  const [row] = await tx.select().from(signals).where(eq(signals.id, id)).for('update');
  return row;
}

export async function updateSignal(tx: Tx, id: string, changes: Partial<NewSignal>): Promise<SignalRow | undefined> {
  const [row] = await tx.update(signals).set(changes).where(eq(signals.id, id)).returning();
  return row;
}

import { and, asc, eq, lte, or } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { emailOutbox } from '../schema/index.ts';

export type OutboxRow = typeof emailOutbox.$inferSelect;
export type NewOutboxRow = typeof emailOutbox.$inferInsert;

export async function insertOutbox(db: Executor, rows: NewOutboxRow[]): Promise<void> {
  if (rows.length) await db.insert(emailOutbox).values(rows);
}

/** Pending e-mails due now, oldest first: for each number of failed attempts, those written before its cutoff. */
export async function dueOutbox(db: Executor, cutoffs: { attempts: number; createdBefore: Date }[], limit: number): Promise<OutboxRow[]> {
  if (!cutoffs.length) return [];
  const due = or(...cutoffs.map((c) => and(eq(emailOutbox.attempts, c.attempts), lte(emailOutbox.createdAt, c.createdBefore))));
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'pending'), due))
    .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id))
    .limit(limit);
}

export async function markOutboxSent(db: Executor, id: string, attempts: number, at: Date): Promise<void> {
  await db.update(emailOutbox).set({ status: 'sent', attempts, sentAt: at }).where(eq(emailOutbox.id, id));
}

export async function markOutboxFailed(db: Executor, id: string, change: { attempts: number; status: 'pending' | 'failed'; lastError: string }): Promise<void> {
  await db.update(emailOutbox).set(change).where(eq(emailOutbox.id, id));
}

import { and, asc, eq, inArray, lt, lte, or } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { emailOutbox } from '../schema/index.ts';

export type OutboxRow = typeof emailOutbox.$inferSelect;
export type NewOutboxRow = typeof emailOutbox.$inferInsert;

export async function insertOutbox(db: Executor, rows: NewOutboxRow[]): Promise<void> {
  if (rows.length) await db.insert(emailOutbox).values(rows);
}

type DueCutoff = { attempts: number; createdBefore: Date };

/** Pending e-mails whose wait after their failed attempts is over, and claims left by a dispatcher that stopped. */
const dueNow = (cutoffs: DueCutoff[], claimExpiredBefore: Date) => {
  const due = or(...cutoffs.map((c) => and(eq(emailOutbox.attempts, c.attempts), lte(emailOutbox.createdAt, c.createdBefore))));
  const abandoned = and(eq(emailOutbox.status, 'sending'), lt(emailOutbox.claimedAt, claimExpiredBefore));
  return or(and(eq(emailOutbox.status, 'pending'), due), abandoned);
};

/** Whether any e-mail is due for sending (what claimDueOutbox would claim), without claiming it. */
export async function hasDueOutbox(db: Executor, cutoffs: DueCutoff[], claimExpiredBefore: Date): Promise<boolean> {
  if (!cutoffs.length) return false;
  const rows = await db.select({ id: emailOutbox.id }).from(emailOutbox).where(dueNow(cutoffs, claimExpiredBefore)).limit(1);
  return rows.length > 0;
}

/**
 * Claims up to `limit` e-mails due now for sending, oldest first: pending ones whose wait after
 * their failed attempts is over, and ones claimed before `claimExpiredBefore` by a dispatcher that
 * stopped. Rows another dispatcher is claiming are skipped (SKIP LOCKED), and the claim commits
 * before anything is sent, so two processes never send the same e-mail.
 */
export async function claimDueOutbox(db: Executor, cutoffs: DueCutoff[], limit: number, at: Date, claimExpiredBefore: Date): Promise<OutboxRow[]> {
  if (!cutoffs.length) return [];
  const ids = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(dueNow(cutoffs, claimExpiredBefore))
    .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db.update(emailOutbox).set({ status: 'sending', claimedAt: at }).where(inArray(emailOutbox.id, ids)).returning();
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

export async function markOutboxSent(db: Executor, id: string, attempts: number, at: Date): Promise<void> {
  await db.update(emailOutbox).set({ status: 'sent', attempts, sentAt: at, claimedAt: null }).where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'sending')));
}

export async function markOutboxFailed(db: Executor, id: string, change: { attempts: number; status: 'pending' | 'failed'; lastError: string }): Promise<void> {
  await db.update(emailOutbox).set({ ...change, claimedAt: null }).where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'sending')));
}

// Transaction-scoped advisory locks, for "only one" rules no unique index can express (a rule that
// depends on today's date, say). Each kind of lock has its own key space (the two-integer form,
// apart from the migrations' single-key lock); the lock is released when the transaction ends.
import { sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';

const SPACES = {
  /** Reusing or making an enterprise's grant to an institution (applying grants consent). */
  grants: 1,
  /** Replacing the stored top matches (one set, whichever run writes it last). */
  topMatches: 2,
  /** Replacing an enterprise's pitch deck (the old one goes as the new one comes). */
  pitchDeck: 3,
} as const;

export async function lockUntilCommit(db: Executor, space: keyof typeof SPACES, key: string): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(${SPACES[space]}::int, hashtext(${key}))`);
}

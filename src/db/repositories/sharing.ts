import { and, count, desc, eq, gte, isNull } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { accessLog, grants, organisations } from '../schema/index.ts';
import { lockUntilCommit } from './locks.ts';

export type GrantRow = typeof grants.$inferSelect;
export type GrantWithInstitution = GrantRow & { institutionName: string };
export type AccessLogRow = typeof accessLog.$inferSelect;

const withInstitution = { grant: grants, institutionName: organisations.name };

export async function grantsOfEnterprise(db: Executor, enterpriseId: string): Promise<GrantWithInstitution[]> {
  const rows = await db
    .select(withInstitution)
    .from(grants)
    .innerJoin(organisations, eq(organisations.id, grants.institutionId))
    .where(eq(grants.enterpriseId, enterpriseId))
    .orderBy(desc(grants.createdAt));
  return rows.map((r) => ({ ...r.grant, institutionName: r.institutionName }));
}

/** Live grants an institution holds, newest first. */
export async function liveGrantsOfInstitution(db: Executor, institutionId: string, today: string) {
  return db
    .select()
    .from(grants)
    .where(and(eq(grants.institutionId, institutionId), isNull(grants.revokedAt), gte(grants.expiresOn, today)))
    .orderBy(desc(grants.createdAt));
}

/**
 * Until the transaction ends, no other transaction reuses or makes a grant between these two: a
 * writer that reuses a live grant or else makes one makes at most one, however many run at once.
 */
export const lockGrantsBetween = (db: Executor, enterpriseId: string, institutionId: string) => lockUntilCommit(db, 'grants', `${enterpriseId} ${institutionId}`);

/** A live grant the enterprise gave the institution, if any. */
export async function liveGrantBetween(db: Executor, enterpriseId: string, institutionId: string, today: string): Promise<GrantRow | undefined> {
  const [row] = await db
    .select()
    .from(grants)
    .where(and(eq(grants.enterpriseId, enterpriseId), eq(grants.institutionId, institutionId), isNull(grants.revokedAt), gte(grants.expiresOn, today)))
    .limit(1);
  return row;
}

export async function findGrant(db: Executor, id: string): Promise<GrantRow | undefined> {
  const [row] = await db.select().from(grants).where(eq(grants.id, id));
  return row;
}

export async function insertGrant(db: Executor, grant: typeof grants.$inferInsert): Promise<GrantRow> {
  const [row] = await db.insert(grants).values(grant).returning();
  return row!;
}

export async function revokeGrant(db: Executor, id: string, at: Date, by: string | null): Promise<GrantRow | undefined> {
  const [row] = await db
    .update(grants)
    .set({ revokedAt: at, revokedBy: by })
    .where(and(eq(grants.id, id), isNull(grants.revokedAt)))
    .returning();
  return row;
}

export async function insertAccessLog(db: Executor, rows: (typeof accessLog.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(accessLog).values(rows);
}

export async function listAccessLog(db: Executor, enterpriseId: string, page: PageRequest): Promise<Page<AccessLogRow & { institutionName: string }>> {
  const where = eq(accessLog.enterpriseId, enterpriseId);
  const [rows, [total]] = await Promise.all([
    db
      .select({ entry: accessLog, institutionName: organisations.name })
      .from(accessLog)
      .innerJoin(organisations, eq(organisations.id, accessLog.institutionId))
      .where(where)
      .orderBy(desc(accessLog.at), desc(accessLog.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(accessLog).where(where),
  ]);
  return { items: rows.map((r) => ({ ...r.entry, institutionName: r.institutionName })), total: Number(total?.n ?? 0), ...page };
}

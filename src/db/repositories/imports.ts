import { count, desc, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { imports } from '../schema/index.ts';

export type ImportRow = typeof imports.$inferSelect;

/** Import history, newest first; a park administrator sees their parks' imports. */
export async function listImports(db: Executor, parkIds: 'all' | string[], page: PageRequest): Promise<Page<ImportRow>> {
  const where = parkIds === 'all' ? undefined : parkIds.length ? inArray(imports.parkId, parkIds) : sql`false`; // no park, no imports
  const [items, [total]] = await Promise.all([
    db.select().from(imports).where(where).orderBy(desc(imports.at)).limit(page.pageSize).offset(offsetOf(page)),
    db.select({ n: count() }).from(imports).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), ...page };
}

import { and, asc, count, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, imports, organisations } from '../schema/index.ts';
import { analyzeAfterBulkWrite } from '../statistics.ts';
import type { EnterpriseRow } from './enterprises.ts';
import { PROFILE_TABLES } from './profile.ts';

export type ImportRow = typeof imports.$inferSelect;
export type NewImport = typeof imports.$inferInsert;
export type NewOrganisation = typeof organisations.$inferInsert;
export type NewEnterprise = typeof enterprises.$inferInsert;

/** Import history, newest first; a park administrator sees their parks' imports. */
export async function listImports(db: Executor, parkIds: 'all' | string[], page: PageRequest): Promise<Page<ImportRow>> {
  const where = parkIds === 'all' ? undefined : parkIds.length ? inArray(imports.parkId, parkIds) : sql`false`; // no park, no imports
  const [items, [total]] = await Promise.all([
    db.select().from(imports).where(where).orderBy(desc(imports.at)).limit(page.pageSize).offset(offsetOf(page)),
    db.select({ n: count() }).from(imports).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), ...page };
}

export async function insertImport(db: Executor, row: NewImport): Promise<void> {
  await db.insert(imports).values(row);
}

/** Enterprises a profiles import creates: their organisations first, then the enterprise rows. */
export async function insertImportedEnterprises(db: Executor, orgs: NewOrganisation[], rows: NewEnterprise[]): Promise<void> {
  if (!orgs.length) return;
  await db.insert(organisations).values(orgs);
  await db.insert(enterprises).values(rows);
}

/** A re-imported registration: the enterprise's fields, and the name and region its organisation repeats. */
export async function updateImportedRegistration(
  db: Executor,
  organisationId: string,
  changes: Partial<NewEnterprise>,
  organisation: { name: string; regionCode: string; updatedAt: Date },
): Promise<void> {
  await db.update(enterprises).set(changes).where(eq(enterprises.organisationId, organisationId));
  await db.update(organisations).set(organisation).where(eq(organisations.id, organisationId));
}

/** After an import's writes: refresh the planner's statistics of the tables it filled (see statistics.ts). */
export async function analyzeImportedTables(db: Executor, rowsWritten: number): Promise<void> {
  await analyzeAfterBulkWrite(db, rowsWritten, [enterprises, ...PROFILE_TABLES]);
}

/** One keyset page of enterprises by credit code, for exports: those after `after`, in the parks given. */
export async function pageEnterprisesByCreditCode(db: Executor, parkIds: 'all' | string[], after: string, limit: number): Promise<EnterpriseRow[]> {
  const inParks = parkIds === 'all' ? undefined : parkIds.length ? inArray(enterprises.parkId, parkIds) : sql`false`;
  return db
    .select()
    .from(enterprises)
    .where(and(gt(enterprises.creditCode, after), inParks))
    .orderBy(asc(enterprises.creditCode))
    .limit(limit);
}

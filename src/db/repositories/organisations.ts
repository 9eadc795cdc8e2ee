import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { likePattern, offsetOf, type Page, type PageRequest } from '../paging.ts';
import { organisations } from '../schema/index.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;

export async function findOrganisation(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function findOrganisationByCreditCode(db: Executor, creditCode: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.creditCode, creditCode));
  return row;
}

export async function insertOrganisation(db: Executor, org: NewOrganisation): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(org).returning();
  return row!;
}

export async function updateOrganisation(
  db: Executor,
  id: string,
  changes: Partial<NewOrganisation>,
): Promise<OrganisationRow | undefined> {
  const [row] = await db.update(organisations).set(changes).where(eq(organisations.id, id)).returning();
  return row;
}

export async function listOrganisations(
  db: Executor,
  filter: { types: readonly string[]; type?: string; q?: string },
  page: PageRequest,
): Promise<Page<OrganisationRow>> {
  const conditions: (SQL | undefined)[] = [inArray(organisations.type, [...filter.types] as OrganisationRow['type'][])];
  if (filter.type) conditions.push(eq(organisations.type, filter.type as OrganisationRow['type']));
  if (filter.q) {
    const p = likePattern(filter.q);
    conditions.push(or(ilike(organisations.name, p), ilike(organisations.nameEn, p), ilike(organisations.creditCode, p)));
  }
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(organisations)
      .where(where)
      .orderBy(asc(organisations.type), asc(organisations.name))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), ...page };
}

export async function countOrganisations(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return Number(row?.n ?? 0);
}

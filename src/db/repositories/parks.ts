import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { enterprises, organisations, parks } from '../schema/index.ts';

export type ParkRow = typeof parks.$inferSelect;
export type NewPark = typeof parks.$inferInsert;
export type ParkWithCounts = ParkRow & { enterpriseCount: number };

export async function listParks(
  db: Executor,
  filter: { ids?: string[]; activeOnly?: boolean },
): Promise<ParkWithCounts[]> {
  const conditions = [];
  if (filter.ids) conditions.push(filter.ids.length ? inArray(parks.id, filter.ids) : sql`false`);
  if (filter.activeOnly) conditions.push(eq(parks.status, 'active'));
  const rows = await db
    .select({
      park: parks,
      enterpriseCount: sql<number>`(SELECT count(*)::int FROM ${enterprises} e WHERE e.park_id = ${parks.id})`,
    })
    .from(parks)
    .where(and(...conditions))
    .orderBy(asc(parks.createdAt), asc(parks.code));
  return rows.map((r) => ({ ...r.park, enterpriseCount: Number(r.enterpriseCount) }));
}

export async function findPark(db: Executor, id: string): Promise<ParkRow | undefined> {
  const [row] = await db.select().from(parks).where(eq(parks.id, id));
  return row;
}

export async function findParkByCode(db: Executor, code: string): Promise<ParkRow | undefined> {
  const [row] = await db.select().from(parks).where(eq(parks.code, code));
  return row;
}

export async function insertPark(db: Executor, park: NewPark): Promise<ParkRow> {
  const [row] = await db.insert(parks).values(park).returning();
  return row!;
}

export async function updatePark(db: Executor, id: string, changes: Partial<NewPark>): Promise<ParkRow | undefined> {
  const [row] = await db.update(parks).set(changes).where(eq(parks.id, id)).returning();
  return row;
}

/** The park operator organisation through which a park's administrators are members. */
export async function findParkOperator(db: Executor, parkId: string) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.parkId, parkId), eq(organisations.type, 'park_operator')))
    .limit(1);
  return row;
}

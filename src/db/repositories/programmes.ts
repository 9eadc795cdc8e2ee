// Subsidy programmes: each version a row with its validated body; lists filter on the columns beside it.
import { and, asc, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { parks, programmes } from '../schema/index.ts';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type NewProgramme = typeof programmes.$inferInsert;
/** A programme version with its owner park's code and names (null for city-wide). */
export type ProgrammeListed = ProgrammeRow & { parkCode: string | null; parkName: string | null; parkNameEn: string | null };

const listed = { programme: programmes, parkCode: parks.code, parkName: parks.name, parkNameEn: parks.nameEn };
const flatten = ({ programme, ...names }: { programme: ProgrammeRow; parkCode: string | null; parkName: string | null; parkNameEn: string | null }): ProgrammeListed => ({ ...programme, ...names });

export async function insertProgramme(db: Executor, row: NewProgramme): Promise<ProgrammeRow> {
  const [inserted] = await db.insert(programmes).values(row).returning();
  return inserted!;
}

export async function updateProgramme(db: Executor, id: string, changes: Partial<NewProgramme>): Promise<ProgrammeRow | undefined> {
  const [row] = await db.update(programmes).set(changes).where(eq(programmes.id, id)).returning();
  return row;
}

/**
 * Every version of the programmes in scope, newest version first within a code: parkIds null for
 * all; otherwise the parks' own and the city-wide ones.
 */
export async function listProgrammeVersions(db: Executor, filter: { parkIds: string[] | null; codes?: string[]; status?: string }): Promise<ProgrammeListed[]> {
  const where: (SQL | undefined)[] = [
    filter.parkIds === null ? undefined : filter.parkIds.length ? or(isNull(programmes.parkId), inArray(programmes.parkId, filter.parkIds)) : isNull(programmes.parkId),
    filter.codes ? inArray(programmes.code, filter.codes) : undefined,
    filter.status ? eq(programmes.status, filter.status) : undefined,
  ];
  const rows = await db
    .select(listed)
    .from(programmes)
    .leftJoin(parks, eq(parks.id, programmes.parkId))
    .where(and(...where))
    .orderBy(asc(programmes.code), desc(programmes.version));
  return rows.map(flatten);
}

/** The versions of one programme, newest first. */
export async function versionsOf(db: Executor, code: string): Promise<ProgrammeListed[]> {
  const rows = await db.select(listed).from(programmes).leftJoin(parks, eq(parks.id, programmes.parkId)).where(eq(programmes.code, code)).orderBy(desc(programmes.version));
  return rows.map(flatten);
}

/** Published versions of every programme of a kind (overlap checks on save). */
export async function publishedOfKind(db: Executor, kind: string): Promise<ProgrammeRow[]> {
  return db.select().from(programmes).where(and(eq(programmes.kind, kind), eq(programmes.status, 'published')));
}

export async function findProgrammeRow(db: Executor, id: string): Promise<ProgrammeRow | undefined> {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, id));
  return row;
}

/** Every version of a programme, newest first. */
export async function findProgrammeVersions(db: Executor, code: string): Promise<ProgrammeRow[]> {
  return db.select().from(programmes).where(eq(programmes.code, code)).orderBy(desc(programmes.version));
}

import { and, asc, count, desc, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, needs, needTakeUps, organisations, parks } from '../schema/index.ts';

export type NeedRow = typeof needs.$inferSelect;
export type NewNeed = typeof needs.$inferInsert;
export type NeedTakeUpRow = typeof needTakeUps.$inferSelect;

/** A need with the registration facts of its enterprise that every view shows. */
export type NeedWithEnterprise = NeedRow & {
  creditCode: string;
  enterpriseName: string;
  industryCode: string;
  regionCode: string;
  parkCode: string;
};

export interface TakeUpView {
  needId: string;
  institutionId: string;
  institutionName: string;
  productId: string | null;
  note: string | null;
  takenAt: Date;
}

const withEnterprise = {
  need: needs,
  creditCode: enterprises.creditCode,
  enterpriseName: enterprises.name,
  industryCode: enterprises.industryCode,
  regionCode: enterprises.regionCode,
  parkCode: parks.code,
};

type Joined = { need: NeedRow; creditCode: string; enterpriseName: string; industryCode: string; regionCode: string; parkCode: string };
const flatten = ({ need, ...rest }: Joined): NeedWithEnterprise => ({ ...need, ...rest });

export interface NeedFilter {
  /** Parks whose needs are in scope: all, or the listed ones. */
  parkIds: 'all' | string[];
  enterpriseIds?: string[];
  /** Statuses in scope (the institutions' own take-ups below are not limited by them). */
  statuses?: string[];
  createdSince?: Date;
  /** Also include needs one of these institutions has taken up, whatever the scope above. */
  orTakenUpBy?: string[];
  /** Narrowing of everything found: one status, one kind. */
  status?: string;
  kind?: string;
}

const none = sql`false`;

function whereOf(filter: NeedFilter): SQL | undefined {
  const scope: (SQL | undefined)[] = [];
  if (filter.parkIds !== 'all') scope.push(filter.parkIds.length ? inArray(needs.parkId, filter.parkIds) : none);
  if (filter.enterpriseIds) scope.push(filter.enterpriseIds.length ? inArray(needs.enterpriseId, filter.enterpriseIds) : none);
  if (filter.statuses) scope.push(filter.statuses.length ? inArray(needs.status, filter.statuses) : none);
  if (filter.createdSince) scope.push(gte(needs.createdAt, filter.createdSince));
  let where = and(...scope) ?? sql`true`;
  if (filter.orTakenUpBy?.length) {
    const taken = sql`EXISTS (SELECT 1 FROM ${needTakeUps} WHERE ${needTakeUps.needId} = ${needs.id} AND ${inArray(needTakeUps.institutionId, filter.orTakenUpBy)})`;
    where = or(where, taken)!;
  }
  return and(where, filter.status ? eq(needs.status, filter.status) : undefined, filter.kind ? eq(needs.kind, filter.kind) : undefined);
}

/** Needs matching the filter, newest first, one page of them. */
export async function listNeeds(db: Executor, filter: NeedFilter, page: PageRequest): Promise<Page<NeedWithEnterprise>> {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select(withEnterprise)
      .from(needs)
      .innerJoin(enterprises, eq(enterprises.organisationId, needs.enterpriseId))
      .innerJoin(parks, eq(parks.id, needs.parkId))
      .where(where)
      .orderBy(desc(needs.createdAt), desc(needs.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(needs).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total?.n ?? 0), ...page };
}

/** Every need matching the filter, newest first (for views that filter further in memory). */
export async function allNeeds(db: Executor, filter: NeedFilter): Promise<NeedWithEnterprise[]> {
  const rows = await db
    .select(withEnterprise)
    .from(needs)
    .innerJoin(enterprises, eq(enterprises.organisationId, needs.enterpriseId))
    .innerJoin(parks, eq(parks.id, needs.parkId))
    .where(whereOf(filter))
    .orderBy(desc(needs.createdAt), desc(needs.id));
  return rows.map(flatten);
}

export async function findNeed(db: Executor, id: string): Promise<NeedWithEnterprise | undefined> {
  const [row] = await db
    .select(withEnterprise)
    .from(needs)
    .innerJoin(enterprises, eq(enterprises.organisationId, needs.enterpriseId))
    .innerJoin(parks, eq(parks.id, needs.parkId))
    .where(eq(needs.id, id));
  return row && flatten(row);
}

export async function insertNeed(db: Executor, row: NewNeed): Promise<NeedRow> {
  const [inserted] = await db.insert(needs).values(row).returning();
  return inserted!;
}

/** Changes a need if it is still in one of `fromStatuses`; undefined when it no longer is. */
export async function updateNeedIf(db: Executor, id: string, fromStatuses: string[], changes: Partial<NewNeed>): Promise<NeedRow | undefined> {
  const [row] = await db
    .update(needs)
    .set(changes)
    .where(and(eq(needs.id, id), inArray(needs.status, fromStatuses)))
    .returning();
  return row;
}

export async function insertTakeUp(db: Executor, row: typeof needTakeUps.$inferInsert): Promise<NeedTakeUpRow> {
  const [inserted] = await db.insert(needTakeUps).values(row).returning();
  return inserted!;
}

export async function findTakeUp(db: Executor, needId: string, institutionId: string): Promise<NeedTakeUpRow | undefined> {
  const [row] = await db
    .select()
    .from(needTakeUps)
    .where(and(eq(needTakeUps.needId, needId), eq(needTakeUps.institutionId, institutionId)));
  return row;
}

/** The take-ups of the given needs with the institutions' names, oldest first. */
export async function takeUpsOf(db: Executor, needIds: string[]): Promise<TakeUpView[]> {
  if (!needIds.length) return [];
  return db
    .select({
      needId: needTakeUps.needId,
      institutionId: needTakeUps.institutionId,
      institutionName: organisations.name,
      productId: needTakeUps.productId,
      note: needTakeUps.note,
      takenAt: needTakeUps.takenAt,
    })
    .from(needTakeUps)
    .innerJoin(organisations, eq(organisations.id, needTakeUps.institutionId))
    .where(inArray(needTakeUps.needId, needIds))
    .orderBy(asc(needTakeUps.takenAt), asc(needTakeUps.id));
}

/** Ids of the needs the institutions have taken up, of those given (all when not given). */
export async function needIdsTakenUpBy(db: Executor, institutionIds: string[], needIds?: string[]): Promise<Set<string>> {
  if (!institutionIds.length || needIds?.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ needId: needTakeUps.needId })
    .from(needTakeUps)
    .where(and(inArray(needTakeUps.institutionId, institutionIds), needIds ? inArray(needTakeUps.needId, needIds) : undefined));
  return new Set(rows.map((r) => r.needId));
}



/** Park ids of the given park codes. */
export async function parkIdsOf(db: Executor, codes: string[]): Promise<string[]> {
  if (!codes.length) return [];
  const rows = await db.select({ id: parks.id }).from(parks).where(inArray(parks.code, codes));
  return rows.map((r) => r.id);
}




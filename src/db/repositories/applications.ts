import type { WorkflowScope } from '../../domain/access/workflow-access.ts';
import { scopeWhere } from './workflow-scope.ts';
import { and, asc, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { applicationEvents, applications, enterprises, organisations, parks, products } from '../schema/index.ts';

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;

/** An application with the names every list shows. */
export type ApplicationListed = ApplicationRow & { productName: string; productNameEn: string | null; enterpriseName: string; creditCode: string; institutionName: string; parkCode: string };

export async function insertApplication(db: Executor, row: NewApplication): Promise<ApplicationRow> {
  const [inserted] = await db.insert(applications).values(row).returning();
  return inserted!;
}

export async function findApplication(db: Executor, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row;
}

export async function findByIdempotencyKey(db: Executor, enterpriseId: string, key: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(and(eq(applications.enterpriseId, enterpriseId), eq(applications.idempotencyKey, key)));
  return row;
}

/** An undecided or live application of the enterprise to the product, if any. */
export async function openApplicationFor(db: Executor, enterpriseId: string, productId: string, openStates: readonly string[]): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.enterpriseId, enterpriseId), eq(applications.productId, productId), inArray(applications.state, [...openStates])))
    .limit(1);
  return row;
}

/**
 * The change is written only if nobody changed the application since `version` (optimistic lock):
 * the row comes back with the version raised, or undefined when it was stale.
 */
export async function updateApplicationIf(db: Executor, id: string, version: number, changes: Partial<NewApplication>): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .update(applications)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(applications.id, id), eq(applications.version, version)))
    .returning();
  return row;
}

export async function insertApplicationEvent(db: Executor, row: typeof applicationEvents.$inferInsert): Promise<void> {
  await db.insert(applicationEvents).values(row);
}

export async function eventsOf(db: Executor, applicationId: string): Promise<ApplicationEventRow[]> {
  return db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(asc(applicationEvents.id));
}

export interface ApplicationFilter {
  /** The rows the actor may see (src/domain/access/workflow-access.ts). */
  scope?: WorkflowScope;
  enterpriseIds?: string[];
  institutionIds?: string[];
  parkIds?: 'all' | string[];
  states?: string[];
  productId?: string;
  /** The decision deadline: due on this business day, or missed (before it). */
  deadlineOn?: string;
  deadlineBefore?: string;
}

const none = sql`false`;

function whereOf(f: ApplicationFilter): SQL | undefined {
  const parts: SQL[] = [];
  const within = (column: Parameters<typeof inArray>[0], ids: string[] | undefined) => {
    if (ids) parts.push(ids.length ? inArray(column, ids) : none);
  };
  const scoped = f.scope && scopeWhere(f.scope, { institution: applications.institutionId, enterprise: applications.enterpriseId, park: applications.parkId });
  if (scoped) parts.push(scoped);
  within(applications.enterpriseId, f.enterpriseIds);
  within(applications.institutionId, f.institutionIds);
  if (f.parkIds && f.parkIds !== 'all') within(applications.parkId, f.parkIds);
  within(applications.state, f.states);
  if (f.productId) parts.push(eq(applications.productId, f.productId));
  if (f.deadlineOn) parts.push(eq(applications.deadlineOn, f.deadlineOn));
  if (f.deadlineBefore) parts.push(lt(applications.deadlineOn, f.deadlineBefore));
  return parts.length ? and(...parts) : undefined;
}

const listed = {
  application: applications,
  productName: products.name,
  productNameEn: products.nameEn,
  enterpriseName: enterprises.name,
  creditCode: enterprises.creditCode,
  institutionName: organisations.name,
  parkCode: parks.code,
};

/** Applications joined to the names every view shows. */
const selectListed = (db: Executor) =>
  db
    .select(listed)
    .from(applications)
    .innerJoin(products, eq(products.id, applications.productId))
    .innerJoin(enterprises, eq(enterprises.organisationId, applications.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, applications.institutionId))
    .innerJoin(parks, eq(parks.id, applications.parkId));

type Joined = { application: ApplicationRow; productName: string; productNameEn: string | null; enterpriseName: string; creditCode: string; institutionName: string; parkCode: string };
const flatten = ({ application, ...rest }: Joined): ApplicationListed => ({ ...application, ...rest });

/**
 * Applications in scope, newest first; `byDeadline` puts the most urgent first (the review queue):
 * the earliest deadline, then the earliest submission.
 */
export async function listApplications(db: Executor, filter: ApplicationFilter, page: PageRequest, byDeadline = false): Promise<Page<ApplicationListed>> {
  const where = whereOf(filter);
  const order = byDeadline ? [sql`${applications.deadlineOn} asc nulls last`, asc(applications.submittedAt), asc(applications.id)] : [desc(applications.createdAt), desc(applications.id)];
  const [rows, [total]] = await Promise.all([
    selectListed(db)
      .where(where)
      .orderBy(...order)
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(applications).where(where),
  ]);
  return { items: rows.map(flatten), total: total?.n ?? 0, ...page };
}

export async function findApplicationListed(db: Executor, id: string): Promise<ApplicationListed | undefined> {
  const [row] = await selectListed(db).where(eq(applications.id, id));
  return row ? flatten(row) : undefined;
}

/** How many applications the filter holds (the figure a home shows for the list behind it). */
export async function countApplications(db: Executor, filter: ApplicationFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(applications).where(whereOf(filter));
  return Number(row?.n ?? 0);
}

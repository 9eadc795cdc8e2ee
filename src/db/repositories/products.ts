// Financing products: the product rows, their saved versions, their per-park approval requests,
// and the supermarket list with its visibility rules expressed as SQL.
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { likePattern, offsetOf, type Page, type PageRequest } from '../paging.ts';
import { organisations, parks, productParks, products, productVersions } from '../schema/index.ts';
import type { ProductVisibility } from '../../domain/access/product-access.ts';

export type ProductRow = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
export type ProductWithInstitution = ProductRow & { institutionName: string };
export type ProductVersionRow = typeof productVersions.$inferSelect;

export interface ProductParkView {
  productId: string;
  parkId: string;
  parkCode: string;
  parkName: string;
  status: string;
  note: string | null;
  requestedAt: Date;
  decidedAt: Date | null;
}

const withInstitution = { product: products, institutionName: organisations.name };
const flatten = (r: { product: ProductRow; institutionName: string }): ProductWithInstitution => ({ ...r.product, institutionName: r.institutionName });

export async function findProduct(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<ProductWithInstitution | undefined> {
  const query = db.select(withInstitution).from(products).innerJoin(organisations, eq(organisations.id, products.institutionId)).where(eq(products.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: products }) : await query;
  return row && flatten(row);
}

export async function findProductsByIds(db: Executor, ids: string[]): Promise<ProductWithInstitution[]> {
  if (!ids.length) return [];
  const rows = await db.select(withInstitution).from(products).innerJoin(organisations, eq(organisations.id, products.institutionId)).where(inArray(products.id, ids));
  return rows.map(flatten);
}

export async function insertProduct(db: Executor, row: NewProduct): Promise<void> {
  await db.insert(products).values(row);
}

export async function updateProduct(db: Executor, id: string, changes: Partial<NewProduct>): Promise<void> {
  await db.update(products).set(changes).where(eq(products.id, id));
}

export async function insertProductVersion(db: Executor, row: typeof productVersions.$inferInsert): Promise<void> {
  await db.insert(productVersions).values(row);
}

export async function listProductVersions(db: Executor, productId: string): Promise<ProductVersionRow[]> {
  return db.select().from(productVersions).where(eq(productVersions.productId, productId)).orderBy(desc(productVersions.version));
}

/** Every park request of the products, with the park's code and name. */
export async function parksOfProducts(db: Executor, productIds: string[]): Promise<Map<string, ProductParkView[]>> {
  const byProduct = new Map<string, ProductParkView[]>(productIds.map((id) => [id, []]));
  if (!productIds.length) return byProduct;
  const rows = await db
    .select({
      productId: productParks.productId,
      parkId: productParks.parkId,
      parkCode: parks.code,
      parkName: parks.name,
      status: productParks.status,
      note: productParks.note,
      requestedAt: productParks.requestedAt,
      decidedAt: productParks.decidedAt,
    })
    .from(productParks)
    .innerJoin(parks, eq(parks.id, productParks.parkId))
    .where(inArray(productParks.productId, productIds))
    .orderBy(asc(parks.code));
  for (const r of rows) byProduct.get(r.productId)?.push(r);
  return byProduct;
}

/**
 * Asks these parks to approve the product: new parks get a pending request, a rejected request is
 * asked again; pending and approved ones stay as they are. Returns the parks now newly pending.
 */
export async function requestParks(db: Executor, productId: string, parkIds: string[], at: Date): Promise<string[]> {
  if (!parkIds.length) return [];
  const rows = await db
    .insert(productParks)
    .values(parkIds.map((parkId) => ({ productId, parkId, status: 'pending', requestedAt: at })))
    .onConflictDoUpdate({
      target: [productParks.productId, productParks.parkId],
      set: { status: 'pending', requestedAt: at, decidedAt: null, decidedBy: null, note: null },
      setWhere: eq(productParks.status, 'rejected'),
    })
    .returning({ parkId: productParks.parkId });
  return rows.map((r) => r.parkId);
}

/** Removes the product's requests and approvals in parks other than these. */
export async function removeOtherParks(db: Executor, productId: string, keepParkIds: string[]): Promise<number> {
  const rows = await db
    .delete(productParks)
    .where(and(eq(productParks.productId, productId), keepParkIds.length ? notInArray(productParks.parkId, keepParkIds) : undefined))
    .returning({ parkId: productParks.parkId });
  return rows.length;
}

export async function decidePark(
  db: Executor,
  productId: string,
  parkId: string,
  decision: { status: 'approved' | 'rejected'; note: string | null; decidedBy: string | null; decidedAt: Date },
): Promise<boolean> {
  const rows = await db
    .update(productParks)
    .set(decision)
    .where(and(eq(productParks.productId, productId), eq(productParks.parkId, parkId)))
    .returning({ parkId: productParks.parkId });
  return rows.length > 0;
}

export interface ProductFilter {
  visibility: ProductVisibility;
  kind?: string;
  loanType?: string;
  institutionId?: string;
  status?: string;
  amountFen?: bigint;
  termMonths?: number;
  security?: string;
  q?: string;
  sort?: 'cost' | 'turnaround' | 'newest';
  /** LPR by tenor, for sorting by cost. */
  lpr: { '1y': number; '5y': number };
}

const approvedIn = (parkIds: 'any' | string[]) =>
  sql`EXISTS (SELECT 1 FROM ${productParks} pp WHERE pp.product_id = ${products.id} AND pp.status = 'approved'${
    parkIds === 'any' ? sql`` : sql` AND pp.park_id IN (${sql.join(parkIds.map((id) => sql`${id}::uuid`), sql`, `)})`
  })`;
const requestedIn = (parkIds: string[]) =>
  sql`EXISTS (SELECT 1 FROM ${productParks} pp WHERE pp.product_id = ${products.id} AND pp.park_id IN (${sql.join(parkIds.map((id) => sql`${id}::uuid`), sql`, `)}))`;

export function visibilityCondition(v: ProductVisibility): SQL | undefined {
  if (v === 'all') return undefined;
  const clauses: SQL[] = [];
  if (v.institutionIds.length) clauses.push(inArray(products.institutionId, v.institutionIds));
  if (v.publishedIn === 'any' || v.publishedIn.length) clauses.push(and(eq(products.status, 'published'), approvedIn(v.publishedIn))!);
  if (v.requestedIn.length) clauses.push(requestedIn(v.requestedIn));
  return clauses.length ? or(...clauses) : sql`false`;
}

/** Yearly cost as the API shows it: LPR of the tenor plus the mid spread for loans, else the fee. */
const yearlyCost = (lpr: { '1y': number; '5y': number }) =>
  sql`CASE WHEN jsonb_typeof(${products.terms}->'rate') = 'object'
    THEN (CASE ${products.terms}->'rate'->>'lprTenor' WHEN '5y' THEN ${lpr['5y']}::float8 ELSE ${lpr['1y']}::float8 END)
      + ((${products.terms}->'rate'->>'spreadMinBp')::float8 + (${products.terms}->'rate'->>'spreadMaxBp')::float8) / 20000
    ELSE (${products.terms}->>'feeRate')::float8 END`;

export async function listProducts(db: Executor, filter: ProductFilter, page: PageRequest): Promise<Page<ProductWithInstitution>> {
  const conditions: (SQL | undefined)[] = [visibilityCondition(filter.visibility)];
  if (filter.kind) conditions.push(eq(products.kind, filter.kind));
  if (filter.loanType) conditions.push(eq(products.loanType, filter.loanType));
  if (filter.institutionId) conditions.push(eq(products.institutionId, filter.institutionId));
  if (filter.status) conditions.push(eq(products.status, filter.status));
  if (filter.amountFen !== undefined) conditions.push(sql`${products.amountMinFen} <= ${filter.amountFen} AND ${products.amountMaxFen} >= ${filter.amountFen}`);
  if (filter.termMonths !== undefined) conditions.push(sql`${products.termMinMonths} <= ${filter.termMonths} AND ${products.termMaxMonths} >= ${filter.termMonths}`);
  if (filter.security) conditions.push(sql`${products.terms}->'security' @> ${JSON.stringify([filter.security])}::jsonb`);
  if (filter.q) {
    const p = likePattern(filter.q);
    conditions.push(or(ilike(products.name, p), ilike(products.nameEn, p)));
  }
  const where = and(...conditions);
  const order =
    filter.sort === 'cost'
      ? [sql`${yearlyCost(filter.lpr)} ASC NULLS LAST`, asc(products.id)]
      : filter.sort === 'turnaround'
        ? [asc(products.turnaroundDays), asc(products.id)]
        : [desc(products.createdAt), desc(products.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select(withInstitution)
      .from(products)
      .innerJoin(organisations, eq(organisations.id, products.institutionId))
      .where(where)
      .orderBy(...order)
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(products).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total?.n ?? 0), ...page };
}

export interface PendingRequest {
  productId: string;
  parkId: string;
  parkCode: string;
  parkName: string;
  requestedAt: Date;
}

/** Pending park requests, oldest first, in these parks (or all). */
export async function listPendingRequests(db: Executor, parkIds: 'all' | string[], page: PageRequest): Promise<Page<PendingRequest>> {
  const where = and(eq(productParks.status, 'pending'), parkIds === 'all' ? undefined : parkIds.length ? inArray(productParks.parkId, parkIds) : sql`false`);
  const [rows, [total]] = await Promise.all([
    db
      .select({ productId: productParks.productId, parkId: productParks.parkId, parkCode: parks.code, parkName: parks.name, requestedAt: productParks.requestedAt })
      .from(productParks)
      .innerJoin(parks, eq(parks.id, productParks.parkId))
      .where(where)
      .orderBy(asc(productParks.requestedAt), asc(productParks.productId), asc(parks.code))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(productParks).where(where),
  ]);
  return { items: rows, total: Number(total?.n ?? 0), ...page };
}

/** Park operator organisations (whose members administer the park), by park. */
export async function parkOperatorsOf(db: Executor, parkIds: string[]): Promise<{ organisationId: string; parkId: string }[]> {
  if (!parkIds.length) return [];
  const rows = await db
    .select({ organisationId: organisations.id, parkId: organisations.parkId })
    .from(organisations)
    .where(and(eq(organisations.type, 'park_operator'), eq(organisations.status, 'active'), inArray(organisations.parkId, parkIds), isNotNull(organisations.parkId)))
    .orderBy(asc(organisations.createdAt));
  return rows.map((r) => ({ organisationId: r.organisationId, parkId: r.parkId! }));
}


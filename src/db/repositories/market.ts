// What the marketplace engine's state is built from: published products with the parks that
// approved them, the institutions' decisions by grade, and the stamps that say when either changed.
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { applications, lprFixings, parks, productParks, products, ratings } from '../schema/index.ts';
import type { ProductRow } from './products.ts';

/** Published products, one row per park that approved each, by product id. */
export async function publishedProductsInParks(db: Executor): Promise<{ product: ProductRow; parkCode: string }[]> {
  return db
    .select({ product: products, parkCode: parks.code })
    .from(products)
    .innerJoin(productParks, and(eq(productParks.productId, products.id), eq(productParks.status, 'approved')))
    .innerJoin(parks, eq(parks.id, productParks.parkId))
    .where(eq(products.status, 'published'))
    .orderBy(products.id);
}

/**
 * What changes the engine's state, in one round trip (every matching request asks): products and
 * their park approvals, the LPR fixings they are priced on, and recorded decisions (the approval rates).
 */
export async function marketChangeStamps(db: Executor): Promise<{ products: string; decisions: string }> {
  const result = await db.execute(sql`select
    (select count(*) from ${products}) as products, (select max(${products.updatedAt}) from ${products}) as updated,
    (select count(*) from ${productParks}) as parks, (select max(${productParks.decidedAt}) from ${productParks}) as decided,
    (select max(${productParks.requestedAt}) from ${productParks}) as requested,
    (select count(*) from ${applications} where ${applications.decidedAt} is not null) as decisions,
    (select max(${applications.decidedAt}) from ${applications}) as latest,
    (select count(*) from ${lprFixings}) as lprs, (select max(${lprFixings.loadedAt}) from ${lprFixings}) as lpr`);
  const [row] = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const text = (k: string) => String(row?.[k] ?? '');
  return { products: ['products', 'updated', 'parks', 'decided', 'requested', 'lprs', 'lpr'].map(text).join(':'), decisions: `${text('decisions')}/${text('latest')}` };
}

/** Decided applications by institution and the grade of the rating they were made on. */
export async function decisionsByGrade(db: Executor): Promise<{ institutionId: string; grade: string; decided: number; approved: number }[]> {
  return db
    .select({ institutionId: applications.institutionId, grade: ratings.grade, decided: count(), approved: sql<number>`count(*) filter (where ${applications.rejectionReason} is null)`.mapWith(Number) })
    .from(applications)
    .innerJoin(ratings, eq(ratings.id, applications.ratingId))
    .where(and(isNotNull(applications.decidedAt)))
    .groupBy(applications.institutionId, ratings.grade);
}

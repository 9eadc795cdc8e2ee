import { and, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { enterprises, modelVersions, profileSnapshots, ratings, shadowRatings } from '../schema/index.ts';

export type ModelVersionRow = typeof modelVersions.$inferSelect;
export type RatingRow = typeof ratings.$inferSelect;
export type NewRating = typeof ratings.$inferInsert;
export type NewSnapshot = typeof profileSnapshots.$inferInsert;
export type NewShadowRating = typeof shadowRatings.$inferInsert;

export async function activeModelVersion(db: Executor): Promise<ModelVersionRow | undefined> {
  const [row] = await db.select().from(modelVersions).where(eq(modelVersions.status, 'active')).orderBy(desc(modelVersions.activatedAt)).limit(1);
  return row;
}

export async function findModelVersion(db: Executor, version: string): Promise<ModelVersionRow | undefined> {
  const [row] = await db.select().from(modelVersions).where(eq(modelVersions.version, version));
  return row;
}

export async function insertModelVersion(db: Executor, row: typeof modelVersions.$inferInsert): Promise<void> {
  await db.insert(modelVersions).values(row);
}

/**
 * Inserts the version unless one of that name (or, for an active one, any active version) is
 * already there: several processes starting at once install it once. True when this one did.
 */
export async function installModelVersion(db: Executor, row: typeof modelVersions.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(modelVersions).values(row).onConflictDoNothing().returning({ id: modelVersions.id });
  return inserted.length > 0;
}

/** Each enterprise's latest snapshot digest, to store an unchanged profile only once. */
export async function latestSnapshotDigests(db: Executor, enterpriseIds: string[]): Promise<Map<string, { id: string; sha256: string }>> {
  if (!enterpriseIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([profileSnapshots.enterpriseId], { enterpriseId: profileSnapshots.enterpriseId, id: profileSnapshots.id, sha256: profileSnapshots.sha256 })
    .from(profileSnapshots)
    .where(inArray(profileSnapshots.enterpriseId, enterpriseIds))
    .orderBy(profileSnapshots.enterpriseId, desc(profileSnapshots.takenAt));
  return new Map(rows.map((r) => [r.enterpriseId, { id: r.id, sha256: r.sha256 }]));
}

export async function insertSnapshots(db: Executor, rows: NewSnapshot[]): Promise<void> {
  if (rows.length) await db.insert(profileSnapshots).values(rows);
}

export async function insertRatings(db: Executor, rows: NewRating[]): Promise<void> {
  if (rows.length) await db.insert(ratings).values(rows);
}

export async function latestRating(db: Executor, enterpriseId: string) {
  const [row] = await db
    .select({ rating: ratings, version: modelVersions.version, model: modelVersions, snapshot: profileSnapshots.profile })
    .from(ratings)
    .innerJoin(modelVersions, eq(modelVersions.id, ratings.modelVersionId))
    .innerJoin(profileSnapshots, eq(profileSnapshots.id, ratings.snapshotId))
    .where(eq(ratings.enterpriseId, enterpriseId))
    .orderBy(desc(ratings.ratedAt))
    .limit(1);
  return row;
}

/** One rating's grade, score and time (what an application shows of the rating it was made with). */
export async function findRatingGrade(db: Executor, id: string): Promise<{ grade: string; score: number; ratedAt: Date } | undefined> {
  const [row] = await db.select({ grade: ratings.grade, score: ratings.score, ratedAt: ratings.ratedAt }).from(ratings).where(eq(ratings.id, id));
  return row;
}

/** The latest grade of each enterprise (for summaries and directories). */
export async function latestGrades(db: Executor, enterpriseIds: string[]): Promise<Map<string, string>> {
  if (!enterpriseIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([ratings.enterpriseId], { enterpriseId: ratings.enterpriseId, grade: ratings.grade })
    .from(ratings)
    .where(and(inArray(ratings.enterpriseId, enterpriseIds), sql`true`))
    .orderBy(ratings.enterpriseId, desc(ratings.ratedAt));
  return new Map(rows.map((r) => [r.enterpriseId, r.grade]));
}

export async function listModelVersions(db: Executor): Promise<ModelVersionRow[]> {
  return db.select().from(modelVersions).orderBy(desc(modelVersions.createdAt));
}

export async function findModelVersionById(db: Executor, id: string): Promise<ModelVersionRow | undefined> {
  const [row] = await db.select().from(modelVersions).where(eq(modelVersions.id, id));
  return row;
}

/**
 * Makes one version the active one; the previous active version is retired. False when the version
 * was already active (a concurrent activation of it won); activating two versions at once leaves
 * one active, the other gets the model_versions_active_key violation.
 */
export async function activateModelVersion(db: Executor, id: string, at: Date, by: string | null): Promise<boolean> {
  await db.update(modelVersions).set({ status: 'retired' }).where(and(eq(modelVersions.status, 'active'), ne(modelVersions.id, id)));
  const activated = await db
    .update(modelVersions)
    .set({ status: 'active', activatedAt: at, activatedBy: by })
    .where(and(eq(modelVersions.id, id), ne(modelVersions.status, 'active')))
    .returning({ id: modelVersions.id });
  return activated.length > 0;
}

/** How many enterprises hold each grade in their latest rating (for the model page). */
export async function gradeDistribution(db: Executor): Promise<{ grade: string; count: number }[]> {
  const rows = await db.execute<{ grade: string; count: number }>(sql`
    SELECT grade, count(*)::int AS count FROM (
      SELECT DISTINCT ON (enterprise_id) grade FROM ratings ORDER BY enterprise_id, rated_at DESC
    ) latest GROUP BY grade`);
  return (rows as unknown as { rows: { grade: string; count: number }[] }).rows;
}

/** Latest ratings of the given enterprises with their names and credit codes. */
export async function latestRatingsOf(db: Executor, enterpriseIds: string[]) {
  if (!enterpriseIds.length) return [];
  return db
    .selectDistinctOn([ratings.enterpriseId], {
      enterpriseId: ratings.enterpriseId,
      creditCode: enterprises.creditCode,
      name: enterprises.name,
      score: ratings.score,
      grade: ratings.grade,
      pd: ratings.pd,
      ratedAt: ratings.ratedAt,
    })
    .from(ratings)
    .innerJoin(enterprises, eq(enterprises.organisationId, ratings.enterpriseId))
    .where(inArray(ratings.enterpriseId, enterpriseIds))
    .orderBy(ratings.enterpriseId, desc(ratings.ratedAt));
}

export async function shadowModelVersions(db: Executor): Promise<ModelVersionRow[]> {
  return db.select().from(modelVersions).where(eq(modelVersions.status, 'shadow'));
}

export async function setModelStatus(db: Executor, id: string, status: ModelVersionRow['status']): Promise<void> {
  await db.update(modelVersions).set({ status }).where(eq(modelVersions.id, id));
}

export async function insertShadowRatings(db: Executor, rows: NewShadowRating[]): Promise<void> {
  if (rows.length) await db.insert(shadowRatings).values(rows);
}

/** Each enterprise's latest challenger rating beside the champion rating it shadowed. */
export async function shadowPairs(db: Executor, modelVersionId: string) {
  return db
    .selectDistinctOn([shadowRatings.enterpriseId], {
      championScore: ratings.score,
      championGrade: ratings.grade,
      challengerScore: shadowRatings.score,
      challengerGrade: shadowRatings.grade,
    })
    .from(shadowRatings)
    .innerJoin(ratings, eq(ratings.id, shadowRatings.championRatingId))
    .where(eq(shadowRatings.modelVersionId, modelVersionId))
    .orderBy(shadowRatings.enterpriseId, desc(shadowRatings.ratedAt));
}

/** Each enterprise's latest score rated before an instant (the end of a business day: the population at that date). */
export async function scoresAsOf(db: Executor, before: Date): Promise<number[]> {
  const rows = await db
    .selectDistinctOn([ratings.enterpriseId], { score: ratings.score })
    .from(ratings)
    .where(lt(ratings.ratedAt, before))
    .orderBy(ratings.enterpriseId, desc(ratings.ratedAt));
  return rows.map((r) => r.score);
}

/** The grade of the enterprise's latest rating made before `before`, or null. */
export async function gradeBefore(db: Executor, enterpriseId: string, before: Date): Promise<string | null> {
  const [row] = await db
    .select({ grade: ratings.grade })
    .from(ratings)
    .where(and(eq(ratings.enterpriseId, enterpriseId), lt(ratings.ratedAt, before)))
    .orderBy(desc(ratings.ratedAt))
    .limit(1);
  return row?.grade ?? null;
}

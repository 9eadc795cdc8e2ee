import { and, desc, eq, lte, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { modelVersions, profileSnapshots, ratings, reports } from '../schema/index.ts';

export type ReportRow = typeof reports.$inferSelect;
export type ReportInfo = Omit<ReportRow, 'pdf'>;

const info = {
  id: reports.id,
  parkId: reports.parkId,
  enterpriseId: reports.enterpriseId,
  ratingId: reports.ratingId,
  language: reports.language,
  sha256: reports.sha256,
  issuedAt: reports.issuedAt,
  validUntil: reports.validUntil,
  issuedBy: reports.issuedBy,
  institutionId: reports.institutionId,
};

export async function insertReport(db: Executor, row: typeof reports.$inferInsert): Promise<void> {
  await db.insert(reports).values(row);
}

/** A report without its bytes (verification and access checks need only these). */
export async function findReportInfo(db: Executor, id: string): Promise<ReportInfo | undefined> {
  const [row] = await db.select(info).from(reports).where(eq(reports.id, id));
  return row;
}

export async function findReportPdf(db: Executor, id: string): Promise<Buffer | undefined> {
  const [row] = await db.select({ pdf: reports.pdf }).from(reports).where(eq(reports.id, id));
  return row?.pdf;
}

/** Newest first; an institution is given only the reports issued to it. */
export async function listReports(db: Executor, enterpriseId: string, institutionId?: string): Promise<ReportInfo[]> {
  const conditions: SQL[] = [eq(reports.enterpriseId, enterpriseId)];
  if (institutionId) conditions.push(eq(reports.institutionId, institutionId));
  return db.select(info).from(reports).where(and(...conditions)).orderBy(desc(reports.issuedAt)).limit(200);
}

/** The latest rating with its model version and the profile snapshot it was computed from. */
/** The enterprise's latest rating made by `asOf` (default: any), with its model version and profile snapshot. */
export async function latestRatingWithSnapshot(db: Executor, enterpriseId: string, asOf?: Date) {
  const [row] = await db
    .select({ rating: ratings, version: modelVersions.version, snapshot: profileSnapshots })
    .from(ratings)
    .innerJoin(modelVersions, eq(modelVersions.id, ratings.modelVersionId))
    .innerJoin(profileSnapshots, eq(profileSnapshots.id, ratings.snapshotId))
    .where(and(eq(ratings.enterpriseId, enterpriseId), asOf ? lte(ratings.ratedAt, asOf) : undefined))
    .orderBy(desc(ratings.ratedAt))
    .limit(1);
  return row;
}

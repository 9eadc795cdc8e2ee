// Fundraising profiles, their documents (listed without their bytes, read one at a time with
// them) and the log of downloads; the open fundraisings investors browse, with park and industry.
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, fundraisingDocuments, fundraisingDownloads, fundraisingProfiles, parks } from '../schema/index.ts';
import { lockUntilCommit } from './locks.ts';

export type FundraisingProfileRow = typeof fundraisingProfiles.$inferSelect;
export type FundraisingDocumentRow = typeof fundraisingDocuments.$inferSelect;
export type FundraisingDocumentMeta = Omit<FundraisingDocumentRow, 'content'>;
export type FundraisingDownloadRow = typeof fundraisingDownloads.$inferSelect;

export async function findFundraisingProfile(db: Executor, enterpriseId: string): Promise<FundraisingProfileRow | undefined> {
  const [row] = await db.select().from(fundraisingProfiles).where(eq(fundraisingProfiles.enterpriseId, enterpriseId));
  return row;
}

/** Creates or replaces the enterprise's profile (its creation time kept). */
export async function upsertFundraisingProfile(db: Executor, row: typeof fundraisingProfiles.$inferInsert): Promise<FundraisingProfileRow> {
  const { enterpriseId: _key, createdAt: _created, ...changes } = row;
  const [saved] = await db.insert(fundraisingProfiles).values(row).onConflictDoUpdate({ target: fundraisingProfiles.enterpriseId, set: changes }).returning();
  return saved!;
}

const meta = {
  id: fundraisingDocuments.id,
  enterpriseId: fundraisingDocuments.enterpriseId,
  parkId: fundraisingDocuments.parkId,
  kind: fundraisingDocuments.kind,
  name: fundraisingDocuments.name,
  contentType: fundraisingDocuments.contentType,
  sizeBytes: fundraisingDocuments.sizeBytes,
  sha256: fundraisingDocuments.sha256,
  uploadedBy: fundraisingDocuments.uploadedBy,
  uploadedAt: fundraisingDocuments.uploadedAt,
};

/** The enterprise's documents without their bytes: the deck first, then the data room oldest first. */
export async function fundraisingDocumentsOf(db: Executor, enterpriseId: string): Promise<FundraisingDocumentMeta[]> {
  return db.select(meta).from(fundraisingDocuments).where(eq(fundraisingDocuments.enterpriseId, enterpriseId)).orderBy(desc(fundraisingDocuments.kind), asc(fundraisingDocuments.uploadedAt), asc(fundraisingDocuments.id));
}

export async function findFundraisingDocument(db: Executor, enterpriseId: string, id: string): Promise<FundraisingDocumentRow | undefined> {
  const [row] = await db.select().from(fundraisingDocuments).where(and(eq(fundraisingDocuments.enterpriseId, enterpriseId), eq(fundraisingDocuments.id, id)));
  return row;
}

/** Until the transaction ends no other writer replaces this enterprise's pitch deck. */
export const lockPitchDeck = (db: Executor, enterpriseId: string) => lockUntilCommit(db, 'pitchDeck', enterpriseId);

/** Removes the enterprise's pitch deck, returning it (undefined when it had none). */
export async function deletePitchDeck(db: Executor, enterpriseId: string): Promise<FundraisingDocumentMeta | undefined> {
  const [row] = await db.delete(fundraisingDocuments).where(and(eq(fundraisingDocuments.enterpriseId, enterpriseId), eq(fundraisingDocuments.kind, 'pitch_deck'))).returning(meta);
  return row;
}

export async function insertFundraisingDocument(db: Executor, row: typeof fundraisingDocuments.$inferInsert): Promise<FundraisingDocumentMeta> {
  const [inserted] = await db.insert(fundraisingDocuments).values(row).returning(meta);
  return inserted!;
}

export async function deleteFundraisingDocument(db: Executor, enterpriseId: string, id: string): Promise<FundraisingDocumentMeta | undefined> {
  const [row] = await db.delete(fundraisingDocuments).where(and(eq(fundraisingDocuments.enterpriseId, enterpriseId), eq(fundraisingDocuments.id, id))).returning(meta);
  return row;
}

export async function insertFundraisingDownload(db: Executor, row: typeof fundraisingDownloads.$inferInsert): Promise<void> {
  await db.insert(fundraisingDownloads).values(row);
}

/** Who downloaded the enterprise's documents, newest first. */
export async function fundraisingDownloadsOf(db: Executor, enterpriseId: string, page: PageRequest): Promise<Page<FundraisingDownloadRow>> {
  const where = eq(fundraisingDownloads.enterpriseId, enterpriseId);
  const [items, [total]] = await Promise.all([
    db.select().from(fundraisingDownloads).where(where).orderBy(desc(fundraisingDownloads.at), desc(fundraisingDownloads.id)).limit(page.pageSize).offset(offsetOf(page)),
    db.select({ n: count() }).from(fundraisingDownloads).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), ...page };
}

export type OpenFundraisingRow = FundraisingProfileRow & { creditCode: string; enterpriseName: string; industryCode: string; parkName: string; parkNameEn: string };

/** The open fundraisings, most recently updated first. */
export async function listOpenFundraisings(db: Executor, page: PageRequest): Promise<Page<OpenFundraisingRow>> {
  const where = eq(fundraisingProfiles.status, 'open');
  const [rows, [total]] = await Promise.all([
    db
      .select({ profile: fundraisingProfiles, creditCode: enterprises.creditCode, enterpriseName: enterprises.name, industryCode: enterprises.industryCode, parkName: parks.name, parkNameEn: parks.nameEn })
      .from(fundraisingProfiles)
      .innerJoin(enterprises, eq(enterprises.organisationId, fundraisingProfiles.enterpriseId))
      .innerJoin(parks, eq(parks.id, fundraisingProfiles.parkId))
      .where(where)
      .orderBy(desc(fundraisingProfiles.updatedAt), asc(fundraisingProfiles.enterpriseId))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(fundraisingProfiles).where(where),
  ]);
  return { items: rows.map((r) => ({ ...r.profile, creditCode: r.creditCode, enterpriseName: r.enterpriseName, industryCode: r.industryCode, parkName: r.parkName, parkNameEn: r.parkNameEn })), total: Number(total?.n ?? 0), ...page };
}

// Risk compensation pools: the pool rows and their versions, the ledger, the registered loans with
// what their loan rows say now (outstanding principal, non-performing), the claims with their
// moves, documents and recoveries, and the loan facts registration and filing read.
import { and, asc, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../client.ts';
import { enterprises, loanInstalments, loans, organisations, parks, poolClaimDocuments, poolClaimEvents, poolClaims, poolLedgerEntries, poolLoans, poolRecoveries, pools, poolVersions, recoveries } from '../schema/index.ts';

export type PoolRow = typeof pools.$inferSelect;
export type NewPool = typeof pools.$inferInsert;
export type PoolListed = PoolRow & { parkCode: string | null; parkName: string | null; parkNameEn: string | null };
export type PoolLedgerRow = typeof poolLedgerEntries.$inferSelect;
export type PoolLoanRow = typeof poolLoans.$inferSelect;
export type PoolClaimRecord = typeof poolClaims.$inferSelect;
export type NewPoolClaim = typeof poolClaims.$inferInsert;
export type PoolClaimEventRow = typeof poolClaimEvents.$inferSelect;
export type PoolRecoveryRow = typeof poolRecoveries.$inferSelect;
export type PoolDocumentMeta = Omit<typeof poolClaimDocuments.$inferSelect, 'content'>;

const listed = { pool: pools, parkCode: parks.code, parkName: parks.name, parkNameEn: parks.nameEn };
const flatten = ({ pool, ...names }: { pool: PoolRow; parkCode: string | null; parkName: string | null; parkNameEn: string | null }): PoolListed => ({ ...pool, ...names });

export async function insertPool(db: Executor, row: NewPool): Promise<PoolRow> {
  const [inserted] = await db.insert(pools).values(row).returning();
  return inserted!;
}

export async function updatePool(db: Executor, id: string, changes: Partial<NewPool>): Promise<PoolRow | undefined> {
  const [row] = await db.update(pools).set(changes).where(eq(pools.id, id)).returning();
  return row;
}

export async function insertPoolVersion(db: Executor, row: typeof poolVersions.$inferInsert): Promise<void> {
  await db.insert(poolVersions).values(row);
}

export async function poolVersionsOf(db: Executor, poolId: string): Promise<(typeof poolVersions.$inferSelect)[]> {
  return db.select().from(poolVersions).where(eq(poolVersions.poolId, poolId)).orderBy(asc(poolVersions.version));
}

export async function findPoolVersion(db: Executor, poolId: string, version: number): Promise<(typeof poolVersions.$inferSelect) | undefined> {
  const [row] = await db.select().from(poolVersions).where(and(eq(poolVersions.poolId, poolId), eq(poolVersions.version, version)));
  return row;
}

export async function findPool(db: Executor, id: string): Promise<PoolListed | undefined> {
  const [row] = await db.select(listed).from(pools).leftJoin(parks, eq(parks.id, pools.parkId)).where(eq(pools.id, id));
  return row && flatten(row);
}

export async function findPoolByCode(db: Executor, code: string): Promise<PoolListed | undefined> {
  const [row] = await db.select(listed).from(pools).leftJoin(parks, eq(parks.id, pools.parkId)).where(eq(pools.code, code));
  return row && flatten(row);
}

/** Pools of the parks (null: every pool), with the city-wide ones. */
export async function listPoolRows(db: Executor, parkIds: string[] | null): Promise<PoolListed[]> {
  const where = parkIds === null ? undefined : parkIds.length ? or(isNull(pools.parkId), inArray(pools.parkId, parkIds)) : isNull(pools.parkId);
  const rows = await db.select(listed).from(pools).leftJoin(parks, eq(parks.id, pools.parkId)).where(where).orderBy(asc(pools.code));
  return rows.map(flatten);
}

/** Locks the pool row for this transaction: money in and out of one pool is written one at a time. */
export async function lockPool(tx: Tx, id: string): Promise<void> {
  await tx.select({ id: pools.id }).from(pools).where(eq(pools.id, id)).for('update');
}

export async function ledgerOf(db: Executor, poolId: string): Promise<PoolLedgerRow[]> {
  return db.select().from(poolLedgerEntries).where(eq(poolLedgerEntries.poolId, poolId)).orderBy(asc(poolLedgerEntries.on), asc(poolLedgerEntries.recordedAt), asc(poolLedgerEntries.id));
}

export async function insertLedgerEntry(db: Executor, row: typeof poolLedgerEntries.$inferInsert): Promise<PoolLedgerRow> {
  const [inserted] = await db.insert(poolLedgerEntries).values(row).returning();
  return inserted!;
}

/** A registered loan with its loan's position now. */
export type RegisteredLoanRow = PoolLoanRow & { outstandingPrincipalFen: bigint; loanStatus: string; classification: string; daysOverdue: number; enterpriseName: string; partnerName: string };

const registeredColumns = { poolLoan: poolLoans, outstandingPrincipalFen: loans.outstandingPrincipalFen, loanStatus: loans.status, classification: loans.classification, daysOverdue: loans.daysOverdue, enterpriseName: enterprises.name, partnerName: organisations.name };

/** The pool's loans in `status` (registered: what the pool covers) with their loan's position now. */
export async function registeredLoansOf(db: Executor, poolId: string, status: PoolLoanStatus = 'registered'): Promise<RegisteredLoanRow[]> {
  const rows = await db
    .select(registeredColumns)
    .from(poolLoans)
    .innerJoin(loans, eq(loans.id, poolLoans.loanId))
    .innerJoin(enterprises, eq(enterprises.organisationId, poolLoans.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, poolLoans.partnerId))
    .where(and(eq(poolLoans.poolId, poolId), eq(poolLoans.status, status)))
    .orderBy(asc(poolLoans.registeredOn), asc(poolLoans.id));
  return rows.map(({ poolLoan, ...rest }) => ({ ...poolLoan, ...rest }));
}

export type PoolLoanStatus = 'proposed' | 'registered' | 'declined';

/** A pool loan row by its id, with its pool's park. */
export async function findPoolLoanById(db: Executor, id: string): Promise<PoolLoanRow | undefined> {
  const [row] = await db.select().from(poolLoans).where(eq(poolLoans.id, id));
  return row;
}

/** Changes a pool loan only if it is still in `status` (a confirm and a decline racing: one wins); the row back, or undefined. */
export async function updatePoolLoanIf(db: Executor, id: string, status: PoolLoanStatus, changes: Partial<typeof poolLoans.$inferInsert>): Promise<PoolLoanRow | undefined> {
  const [row] = await db.update(poolLoans).set(changes).where(and(eq(poolLoans.id, id), eq(poolLoans.status, status))).returning();
  return row;
}

export async function findPoolLoan(db: Executor, poolId: string, loanId: string): Promise<PoolLoanRow | undefined> {
  const [row] = await db.select().from(poolLoans).where(and(eq(poolLoans.poolId, poolId), eq(poolLoans.loanId, loanId)));
  return row;
}

export async function insertPoolLoan(db: Executor, row: typeof poolLoans.$inferInsert): Promise<PoolLoanRow> {
  const [inserted] = await db.insert(poolLoans).values(row).returning();
  return inserted!;
}

export type LoanRow = typeof loans.$inferSelect;

export async function findLoanRow(db: Executor, id: string): Promise<LoanRow | undefined> {
  const [row] = await db.select().from(loans).where(eq(loans.id, id));
  return row;
}

/** Whether the enterprise had a loan disbursed before this one (same-day loans ordered by id). */
export async function hasEarlierLoan(db: Executor, loan: Pick<LoanRow, 'id' | 'enterpriseId' | 'disbursedOn'>): Promise<boolean> {
  const [row] = await db
    .select({ id: loans.id })
    .from(loans)
    .where(and(eq(loans.enterpriseId, loan.enterpriseId), ne(loans.id, loan.id), or(lt(loans.disbursedOn, loan.disbursedOn), and(eq(loans.disbursedOn, loan.disbursedOn), lt(loans.id, loan.id)))))
    .limit(1);
  return row !== undefined;
}

/** The first unpaid instalment due before `today`: the loan has been overdue since the day after it. */
export async function firstMissedDueOn(db: Executor, loanId: string, today: string): Promise<string | null> {
  const [row] = await db
    .select({ dueOn: loanInstalments.dueOn })
    .from(loanInstalments)
    .where(and(eq(loanInstalments.loanId, loanId), isNull(loanInstalments.paidOn), sql`${loanInstalments.dueOn} < ${today}::date`))
    .orderBy(asc(loanInstalments.dueOn))
    .limit(1);
  return row?.dueOn ?? null;
}

/** What the lender recovered on the loan by other means than this pool, up to and including `until`. */
export async function recoveredOnLoan(db: Executor, loanId: string, until: string): Promise<bigint> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${recoveries.amountFen}), 0)::text` })
    .from(recoveries)
    .where(and(eq(recoveries.loanId, loanId), ne(recoveries.source, 'compensation_pool'), sql`${recoveries.recoveredOn} <= ${until}::date`));
  return BigInt(row?.total ?? '0');
}

/** A claim with the pool's park and the names a console shows. */
export type PoolClaimListed = PoolClaimRecord & { poolParkId: string | null; poolCode: string; partnerName: string; enterpriseId: string; enterpriseName: string };

const claimColumns = { claim: poolClaims, poolParkId: pools.parkId, poolCode: pools.code, partnerName: organisations.name, enterpriseId: loans.enterpriseId, enterpriseName: enterprises.name };
type ClaimJoined = { claim: PoolClaimRecord; poolParkId: string | null; poolCode: string; partnerName: string; enterpriseId: string; enterpriseName: string };
const flattenClaim = ({ claim, ...rest }: ClaimJoined): PoolClaimListed => ({ ...claim, ...rest });

const claimsQuery = (db: Executor) =>
  db
    .select(claimColumns)
    .from(poolClaims)
    .innerJoin(pools, eq(pools.id, poolClaims.poolId))
    .innerJoin(organisations, eq(organisations.id, poolClaims.partnerId))
    .innerJoin(loans, eq(loans.id, poolClaims.loanId))
    .innerJoin(enterprises, eq(enterprises.organisationId, loans.enterpriseId));

export async function findPoolClaim(db: Executor, id: string): Promise<PoolClaimListed | undefined> {
  const [row] = await claimsQuery(db).where(eq(poolClaims.id, id));
  return row && flattenClaim(row);
}

export async function claimsOfPool(db: Executor, poolId: string): Promise<PoolClaimListed[]> {
  const rows = await claimsQuery(db).where(eq(poolClaims.poolId, poolId)).orderBy(asc(poolClaims.filedOn), asc(poolClaims.id));
  return rows.map(flattenClaim);
}

export async function insertPoolClaim(db: Executor, row: NewPoolClaim): Promise<PoolClaimRecord> {
  const [inserted] = await db.insert(poolClaims).values(row).returning();
  return inserted!;
}

/** The change is written only if nobody changed the claim since `version`: the row comes back, or undefined when stale. */
export async function updatePoolClaimIf(db: Executor, id: string, version: number, changes: Partial<NewPoolClaim>): Promise<PoolClaimRecord | undefined> {
  const [row] = await db
    .update(poolClaims)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(poolClaims.id, id), eq(poolClaims.version, version)))
    .returning();
  return row;
}

export async function insertPoolClaimEvent(db: Executor, row: typeof poolClaimEvents.$inferInsert): Promise<void> {
  await db.insert(poolClaimEvents).values(row);
}

export async function poolClaimEventsOf(db: Executor, claimIds: string[]): Promise<PoolClaimEventRow[]> {
  if (!claimIds.length) return [];
  return db.select().from(poolClaimEvents).where(inArray(poolClaimEvents.claimId, claimIds)).orderBy(asc(poolClaimEvents.id));
}

export async function insertPoolClaimDocument(db: Executor, row: typeof poolClaimDocuments.$inferInsert): Promise<PoolDocumentMeta> {
  const [inserted] = await db.insert(poolClaimDocuments).values(row).returning({
    id: poolClaimDocuments.id,
    claimId: poolClaimDocuments.claimId,
    kind: poolClaimDocuments.kind,
    name: poolClaimDocuments.name,
    contentType: poolClaimDocuments.contentType,
    sizeBytes: poolClaimDocuments.sizeBytes,
    sha256: poolClaimDocuments.sha256,
    uploadedBy: poolClaimDocuments.uploadedBy,
    uploadedAt: poolClaimDocuments.uploadedAt,
  });
  return inserted!;
}

/** One document of a claim, with its bytes; undefined when the claim has no such document. */
export async function findPoolClaimDocument(db: Executor, claimId: string, documentId: string): Promise<typeof poolClaimDocuments.$inferSelect | undefined> {
  const [row] = await db.select().from(poolClaimDocuments).where(and(eq(poolClaimDocuments.claimId, claimId), eq(poolClaimDocuments.id, documentId)));
  return row;
}

/** The documents of the claims, without their bytes. */
export async function poolClaimDocumentsOf(db: Executor, claimIds: string[]): Promise<PoolDocumentMeta[]> {
  if (!claimIds.length) return [];
  return db
    .select({
      id: poolClaimDocuments.id,
      claimId: poolClaimDocuments.claimId,
      kind: poolClaimDocuments.kind,
      name: poolClaimDocuments.name,
      contentType: poolClaimDocuments.contentType,
      sizeBytes: poolClaimDocuments.sizeBytes,
      sha256: poolClaimDocuments.sha256,
      uploadedBy: poolClaimDocuments.uploadedBy,
      uploadedAt: poolClaimDocuments.uploadedAt,
    })
    .from(poolClaimDocuments)
    .where(inArray(poolClaimDocuments.claimId, claimIds))
    .orderBy(asc(poolClaimDocuments.uploadedAt), asc(poolClaimDocuments.id));
}

export async function insertPoolRecovery(db: Executor, row: typeof poolRecoveries.$inferInsert): Promise<PoolRecoveryRow> {
  const [inserted] = await db.insert(poolRecoveries).values(row).returning();
  return inserted!;
}

export async function poolRecoveriesOf(db: Executor, claimIds: string[]): Promise<PoolRecoveryRow[]> {
  if (!claimIds.length) return [];
  return db.select().from(poolRecoveries).where(inArray(poolRecoveries.claimId, claimIds)).orderBy(asc(poolRecoveries.recoveredOn), asc(poolRecoveries.recordedAt), asc(poolRecoveries.id));
}

/** Names of organisations by id (institutions a pool names as partners or contributors). */
export async function organisationNames(db: Executor, ids: string[]): Promise<Map<string, { name: string; nameEn: string | null; type: string }>> {
  const uuids = ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
  if (!uuids.length) return new Map();
  const rows = await db.select({ id: organisations.id, name: organisations.name, nameEn: organisations.nameEn, type: organisations.type }).from(organisations).where(inArray(organisations.id, uuids));
  return new Map(rows.map((r) => [r.id, { name: r.name, nameEn: r.nameEn, type: r.type }]));
}

/** Loans of the park's enterprises lent by the institutions (for the demo seed and registration lists). */
export async function loansOfPark(db: Executor, parkId: string, institutionIds: string[]): Promise<LoanRow[]> {
  if (!institutionIds.length) return [];
  return db.select().from(loans).where(and(eq(loans.parkId, parkId), inArray(loans.institutionId, institutionIds))).orderBy(asc(loans.disbursedOn), asc(loans.id));
}

/** Institutions that lent to the park's enterprises, with their type and how many loans, most loans first. */
export async function lendersInPark(db: Executor, parkId: string): Promise<{ institutionId: string; type: string; name: string; loans: number }[]> {
  const rows = await db
    .select({ institutionId: loans.institutionId, type: organisations.type, name: organisations.name, loans: sql<number>`count(*)::int` })
    .from(loans)
    .innerJoin(organisations, eq(organisations.id, loans.institutionId))
    .where(eq(loans.parkId, parkId))
    .groupBy(loans.institutionId, organisations.type, organisations.name)
    .orderBy(sql`count(*) DESC`, asc(organisations.name));
  return rows.map((r) => ({ ...r, loans: Number(r.loans) }));
}

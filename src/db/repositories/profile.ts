import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import {
  complianceEvents,
  equityRounds,
  existingLoans,
  financialStatements,
  ipItems,
  peopleMonths,
  qualifications,
  taxGrades,
} from '../schema/index.ts';
import { upsertRows } from './upsert.ts';

/** The tables that hold the profile sections, one row per item. */
export const PROFILE_TABLES = [financialStatements, peopleMonths, ipItems, qualifications, taxGrades, complianceEvents, equityRounds, existingLoans] as const;

export type FinancialRow = typeof financialStatements.$inferInsert;
export type PeopleRow = typeof peopleMonths.$inferInsert;
export type IpRow = typeof ipItems.$inferInsert;
export type QualificationRow = typeof qualifications.$inferInsert;
export type TaxGradeRow = typeof taxGrades.$inferInsert;
export type ComplianceRow = typeof complianceEvents.$inferInsert;
export type EquityRoundRow = typeof equityRounds.$inferInsert;
export type LoanRow = typeof existingLoans.$inferInsert;

export interface ProfileRows {
  financials: (typeof financialStatements.$inferSelect)[];
  people: (typeof peopleMonths.$inferSelect)[];
  ip: (typeof ipItems.$inferSelect)[];
  qualifications: (typeof qualifications.$inferSelect)[];
  taxGrades: (typeof taxGrades.$inferSelect)[];
  complianceEvents: (typeof complianceEvents.$inferSelect)[];
  equityRounds: (typeof equityRounds.$inferSelect)[];
  loans: (typeof existingLoans.$inferSelect)[];
}

export const emptyProfileRows = (): ProfileRows => ({
  financials: [],
  people: [],
  ip: [],
  qualifications: [],
  taxGrades: [],
  complianceEvents: [],
  equityRounds: [],
  loans: [],
});

export async function loadProfileRows(db: Executor, enterpriseId: string): Promise<ProfileRows> {
  return (await loadProfilesRows(db, [enterpriseId])).get(enterpriseId) ?? emptyProfileRows();
}

/** Every section of many enterprises in eight queries, grouped by enterprise. */
export async function loadProfilesRows(db: Executor, ids: string[]): Promise<Map<string, ProfileRows>> {
  const result = new Map(ids.map((id) => [id, emptyProfileRows()]));
  if (!ids.length) return result;
  // One after another: inside a transaction these share one connection.
  const financials = await db.select().from(financialStatements).where(inArray(financialStatements.enterpriseId, ids)).orderBy(desc(financialStatements.year));
  const people = await db.select().from(peopleMonths).where(inArray(peopleMonths.enterpriseId, ids)).orderBy(desc(peopleMonths.month));
  const ip = await db.select().from(ipItems).where(inArray(ipItems.enterpriseId, ids)).orderBy(asc(ipItems.kind), desc(ipItems.appliedOn));
  const quals = await db.select().from(qualifications).where(inArray(qualifications.enterpriseId, ids)).orderBy(desc(qualifications.validTo));
  const grades = await db.select().from(taxGrades).where(inArray(taxGrades.enterpriseId, ids)).orderBy(desc(taxGrades.year));
  const events = await db.select().from(complianceEvents).where(inArray(complianceEvents.enterpriseId, ids)).orderBy(desc(complianceEvents.occurredOn));
  const rounds = await db.select().from(equityRounds).where(inArray(equityRounds.enterpriseId, ids)).orderBy(desc(equityRounds.closedOn));
  const loans = await db.select().from(existingLoans).where(inArray(existingLoans.enterpriseId, ids)).orderBy(desc(existingLoans.startedOn));
  const put = <K extends keyof ProfileRows>(key: K, rows: ProfileRows[K]) => {
    for (const row of rows) (result.get(row.enterpriseId)![key] as unknown[]).push(row);
  };
  put('financials', financials);
  put('people', people);
  put('ip', ip);
  put('qualifications', quals);
  put('taxGrades', grades);
  put('complianceEvents', events);
  put('equityRounds', rounds);
  put('loans', loans);
  return result;
}

export const upsertFinancials = (db: Executor, rows: FinancialRow[]) =>
  upsertRows(db, financialStatements, [financialStatements.enterpriseId, financialStatements.year], rows);
export const upsertPeople = (db: Executor, rows: PeopleRow[]) => upsertRows(db, peopleMonths, [peopleMonths.enterpriseId, peopleMonths.month], rows);
export const upsertIp = (db: Executor, rows: IpRow[]) => upsertRows(db, ipItems, [ipItems.kind, ipItems.number], rows);
export const upsertQualifications = (db: Executor, rows: QualificationRow[]) =>
  upsertRows(db, qualifications, [qualifications.enterpriseId, qualifications.kind, qualifications.certificateNo], rows);
export const upsertTaxGrades = (db: Executor, rows: TaxGradeRow[]) => upsertRows(db, taxGrades, [taxGrades.enterpriseId, taxGrades.year], rows);
export const upsertComplianceEvents = (db: Executor, rows: ComplianceRow[]) =>
  upsertRows(db, complianceEvents, [complianceEvents.enterpriseId, complianceEvents.kind, complianceEvents.reference], rows);
export const upsertEquityRounds = (db: Executor, rows: EquityRoundRow[]) =>
  upsertRows(db, equityRounds, [equityRounds.enterpriseId, equityRounds.closedOn, equityRounds.round], rows);
export const upsertLoans = (db: Executor, rows: LoanRow[]) => upsertRows(db, existingLoans, [existingLoans.enterpriseId, existingLoans.lender, existingLoans.startedOn], rows);

export async function deleteIpItem(db: Executor, enterpriseId: string, kind: string, number: string): Promise<boolean> {
  const rows = await db
    .delete(ipItems)
    .where(and(eq(ipItems.enterpriseId, enterpriseId), eq(ipItems.kind, kind), eq(ipItems.number, number)))
    .returning({ n: ipItems.number });
  return rows.length > 0;
}

/** Which of these IP numbers (of a kind) already belong to another enterprise. */
export async function ipOwnedElsewhere(db: Executor, enterpriseId: string, kind: string, numbers: string[]) {
  if (!numbers.length) return [];
  return db
    .select({ number: ipItems.number, enterpriseId: ipItems.enterpriseId })
    .from(ipItems)
    .where(and(eq(ipItems.kind, kind), inArray(ipItems.number, numbers)))
    .then((rows) => rows.filter((r) => r.enterpriseId !== enterpriseId));
}

/**
 * Sets one month's social-insurance headcount, keeping the month's other figures (inserting the
 * month with `row` when it is new). False when the month already had that headcount.
 */
export async function mergeSocialInsuranceHeadcount(db: Executor, row: PeopleRow & { socialInsuranceHeadcount: number }): Promise<boolean> {
  const where = and(eq(peopleMonths.enterpriseId, row.enterpriseId), eq(peopleMonths.month, row.month));
  const [existing] = await db.select({ headcount: peopleMonths.socialInsuranceHeadcount }).from(peopleMonths).where(where);
  if (existing?.headcount === row.socialInsuranceHeadcount) return false;
  if (existing) await db.update(peopleMonths).set({ socialInsuranceHeadcount: row.socialInsuranceHeadcount, source: row.source, sourceDate: row.sourceDate, updatedAt: row.updatedAt }).where(where);
  else await db.insert(peopleMonths).values(row);
  return true;
}

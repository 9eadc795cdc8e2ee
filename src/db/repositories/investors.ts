// Equity investors' profiles, teams and portfolios (src/db/schema/investors.ts). A profile's name is
// its organisation's, or an individual angel's own display name.
import { and, arrayContains, arrayOverlaps, asc, count, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { likePattern, offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, investorPortfolioCompanies, investorProfiles, investorTeamMembers, organisations, parks } from '../schema/index.ts';
import type { InvestmentStage, InvestorKind } from '../../../shared/investors.ts';

export type InvestorProfileRow = typeof investorProfiles.$inferSelect;
export type NewInvestorProfile = typeof investorProfiles.$inferInsert;
export type InvestorTeamRow = typeof investorTeamMembers.$inferSelect;
export type NewInvestorTeamMember = typeof investorTeamMembers.$inferInsert;
export type NewInvestorPortfolioCompany = typeof investorPortfolioCompanies.$inferInsert;

/** A profile with the names it is shown under. */
export interface InvestorView extends InvestorProfileRow {
  name: string;
  nameEn: string | null;
  portfolioCount: number;
}

export interface PortfolioView {
  id: string;
  position: number;
  enterpriseId: string | null;
  /** The enterprise's park, so a link can go to it; null when the company is not on the platform. */
  enterpriseParkId: string | null;
  /** The enterprise's credit code, which its pages are opened by. */
  enterpriseCreditCode: string | null;
  companyName: string;
  industryCode: string | null;
  round: InvestmentStage | null;
  investedOn: string | null;
  amountFen: bigint | null;
}

export interface InvestorFilter {
  kind?: InvestorKind;
  stage?: InvestmentStage;
  /** Any of these codes (the industry asked for and the levels above it). */
  industryCodes?: string[];
  regionCodes?: string[];
  parkId?: string;
  /** An amount the investor's ticket range must include. */
  ticketFen?: bigint;
  q?: string;
}

const nameColumn = sql<string>`coalesce(${organisations.name}, ${investorProfiles.displayName})`;
const portfolioCount = sql<number>`(select count(*)::int from ${investorPortfolioCompanies} where ${investorPortfolioCompanies.investorId} = ${investorProfiles.id})`;
const viewColumns = { profile: investorProfiles, name: nameColumn, nameEn: organisations.nameEn, portfolioCount };
const toView = (r: { profile: InvestorProfileRow; name: string; nameEn: string | null; portfolioCount: number }): InvestorView => ({
  ...r.profile,
  name: r.name,
  nameEn: r.nameEn,
  portfolioCount: Number(r.portfolioCount),
});

function whereOf(filter: InvestorFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.kind) conditions.push(eq(investorProfiles.kind, filter.kind));
  if (filter.stage) conditions.push(arrayContains(investorProfiles.stages, [filter.stage]));
  if (filter.industryCodes?.length) conditions.push(arrayOverlaps(investorProfiles.industryCodes, filter.industryCodes));
  if (filter.regionCodes?.length) conditions.push(arrayOverlaps(investorProfiles.regionCodes, filter.regionCodes));
  if (filter.parkId) conditions.push(arrayContains(investorProfiles.parkIds, [filter.parkId]));
  if (filter.ticketFen !== undefined) conditions.push(lte(investorProfiles.ticketMinFen, filter.ticketFen), gte(investorProfiles.ticketMaxFen, filter.ticketFen));
  if (filter.q) {
    const p = likePattern(filter.q);
    conditions.push(or(ilike(nameColumn, p), ilike(organisations.nameEn, p), ilike(investorProfiles.thesis, p)));
  }
  return and(...conditions);
}

export async function listInvestorProfiles(db: Executor, filter: InvestorFilter, page: PageRequest): Promise<Page<InvestorView>> {
  const where = whereOf(filter);
  const from = () => db.select(viewColumns).from(investorProfiles).leftJoin(organisations, eq(organisations.id, investorProfiles.organisationId));
  const [rows, [total]] = await Promise.all([
    from().where(where).orderBy(asc(investorProfiles.kind), asc(nameColumn), asc(investorProfiles.id)).limit(page.pageSize).offset(offsetOf(page)),
    db.select({ n: count() }).from(investorProfiles).leftJoin(organisations, eq(organisations.id, investorProfiles.organisationId)).where(where),
  ]);
  return { items: rows.map(toView), total: Number(total?.n ?? 0), ...page };
}

async function findOne(db: Executor, where: SQL): Promise<InvestorView | undefined> {
  const [row] = await db.select(viewColumns).from(investorProfiles).leftJoin(organisations, eq(organisations.id, investorProfiles.organisationId)).where(where);
  return row && toView(row);
}

export const findInvestorProfile = (db: Executor, id: string) => findOne(db, eq(investorProfiles.id, id));
export const findInvestorProfileOfOrganisation = (db: Executor, organisationId: string) => findOne(db, eq(investorProfiles.organisationId, organisationId));
export const findInvestorProfileOfUser = (db: Executor, userId: string) => findOne(db, eq(investorProfiles.ownerUserId, userId));

/** Locks the profile's row for a change (two editors saving at once take turns). */
export async function lockInvestorProfile(db: Executor, id: string): Promise<InvestorProfileRow | undefined> {
  const [row] = await db.select().from(investorProfiles).where(eq(investorProfiles.id, id)).for('update');
  return row;
}

export async function listInvestorTeam(db: Executor, investorId: string): Promise<InvestorTeamRow[]> {
  return db.select().from(investorTeamMembers).where(eq(investorTeamMembers.investorId, investorId)).orderBy(asc(investorTeamMembers.position));
}

export async function listInvestorPortfolio(db: Executor, investorId: string): Promise<PortfolioView[]> {
  return db
    .select({
      id: investorPortfolioCompanies.id,
      position: investorPortfolioCompanies.position,
      enterpriseId: investorPortfolioCompanies.enterpriseId,
      enterpriseParkId: enterprises.parkId,
      enterpriseCreditCode: enterprises.creditCode,
      companyName: sql<string>`coalesce(${enterprises.name}, ${investorPortfolioCompanies.companyName})`,
      industryCode: sql<string | null>`coalesce(${enterprises.industryCode}, ${investorPortfolioCompanies.industryCode})`,
      round: investorPortfolioCompanies.round,
      investedOn: investorPortfolioCompanies.investedOn,
      amountFen: investorPortfolioCompanies.amountFen,
    })
    .from(investorPortfolioCompanies)
    .leftJoin(enterprises, eq(enterprises.organisationId, investorPortfolioCompanies.enterpriseId))
    .where(eq(investorPortfolioCompanies.investorId, investorId))
    .orderBy(asc(investorPortfolioCompanies.position));
}

export async function insertInvestorProfile(db: Executor, row: NewInvestorProfile): Promise<InvestorProfileRow> {
  const [inserted] = await db.insert(investorProfiles).values(row).returning();
  return inserted!;
}

export async function updateInvestorProfile(db: Executor, id: string, changes: Partial<NewInvestorProfile>): Promise<void> {
  await db.update(investorProfiles).set(changes).where(eq(investorProfiles.id, id));
}

/** The team and portfolio are saved whole: the rows sent replace the rows kept. */
export async function replaceInvestorTeam(db: Executor, investorId: string, rows: NewInvestorTeamMember[]): Promise<void> {
  await db.delete(investorTeamMembers).where(eq(investorTeamMembers.investorId, investorId));
  if (rows.length > 0) await db.insert(investorTeamMembers).values(rows);
}

export async function replaceInvestorPortfolio(db: Executor, investorId: string, rows: NewInvestorPortfolioCompany[]): Promise<void> {
  await db.delete(investorPortfolioCompanies).where(eq(investorPortfolioCompanies.investorId, investorId));
  if (rows.length > 0) await db.insert(investorPortfolioCompanies).values(rows);
}

/** Which of the ids are enterprises on the platform. */
export async function existingEnterpriseIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: enterprises.organisationId }).from(enterprises).where(inArray(enterprises.organisationId, [...ids]));
  return new Set(rows.map((r) => r.id));
}

/** Which of the ids are parks. */
export async function existingParkIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: parks.id }).from(parks).where(inArray(parks.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

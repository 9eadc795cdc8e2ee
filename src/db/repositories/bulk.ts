// Bulk writes by table name, for the demo seed and batch jobs: rows in statements of a thousand
// (well under the bind-parameter limit of either driver even for wide tables), and planner
// statistics refreshed for the tables a bulk write filled (src/db/statistics.ts says why).
import type { Executor } from '../client.ts';
import {
  applicationEvents,
  applications,
  complianceEvents,
  enterprises,
  equityRounds,
  existingLoans,
  financialStatements,
  grants,
  investorPortfolioCompanies,
  investorProfiles,
  investorTeamMembers,
  ipItems,
  loanInstalments,
  loans,
  matchFacts,
  needs,
  needTakeUps,
  notifications,
  organisations,
  peopleMonths,
  productParks,
  products,
  productVersions,
  profileSnapshots,
  qualifications,
  ratings,
  recoveries,
  repayments,
  shadowRatings,
  signals,
  taxGrades,
} from '../schema/index.ts';
import { analyzeAfterBulkWrite, analyzeTables } from '../statistics.ts';

const TABLES = {
  investorPortfolioCompanies,
  investorProfiles,
  investorTeamMembers,
  applicationEvents,
  applications,
  complianceEvents,
  enterprises,
  equityRounds,
  existingLoans,
  financialStatements,
  grants,
  ipItems,
  loanInstalments,
  loans,
  matchFacts,
  needs,
  needTakeUps,
  notifications,
  organisations,
  peopleMonths,
  productParks,
  products,
  productVersions,
  profileSnapshots,
  qualifications,
  ratings,
  recoveries,
  repayments,
  shadowRatings,
  signals,
  taxGrades,
} as const;

export type BulkTable = keyof typeof TABLES;
/** A row as inserted into the named table. */
export type BulkRow<T extends BulkTable> = (typeof TABLES)[T]['$inferInsert'];

/** The tables that hold the profile sections (the names of PROFILE_TABLES in profile.ts). */
export const PROFILE_TABLE_NAMES = ['financialStatements', 'peopleMonths', 'ipItems', 'qualifications', 'taxGrades', 'complianceEvents', 'equityRounds', 'existingLoans'] as const satisfies readonly BulkTable[];

const CHUNK = 1000;

export async function insertChunks<T extends BulkTable>(db: Executor, table: T, rows: BulkRow<T>[]): Promise<void> {
  const target = TABLES[table];
  for (let i = 0; i < rows.length; i += CHUNK) await db.insert(target).values(rows.slice(i, i + CHUNK) as never[]);
}

export async function analyzeNamedTables(db: Executor, tables: readonly BulkTable[]): Promise<void> {
  await analyzeTables(db, tables.map((t) => TABLES[t]));
}

export async function analyzeNamedAfterBulkWrite(db: Executor, rowsWritten: number, tables: readonly BulkTable[]): Promise<void> {
  await analyzeAfterBulkWrite(db, rowsWritten, tables.map((t) => TABLES[t]));
}

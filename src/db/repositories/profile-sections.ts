// The profile's sections as tables with their natural keys: an enterprise's own edit replaces a
// section (rows not sent are removed, changed rows updated, identical rows left as they were).
import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Section } from '../../../shared/profile.ts';
import type { Executor } from '../client.ts';
import { complianceEvents, equityRounds, existingLoans, financialStatements, ipItems, peopleMonths, qualifications, taxGrades } from '../schema/index.ts';
import { deleteOtherRows, upsertRows } from './upsert.ts';

interface SectionTable {
  table: PgTable;
  enterpriseColumn: PgColumn;
  /** The natural key besides the enterprise (the upsert conflict target adds what it needs). */
  keys: PgColumn[];
  conflictTarget: PgColumn[];
}

const SECTION_TABLES = {
  financials: { table: financialStatements, enterpriseColumn: financialStatements.enterpriseId, keys: [financialStatements.year], conflictTarget: [financialStatements.enterpriseId, financialStatements.year] },
  people: { table: peopleMonths, enterpriseColumn: peopleMonths.enterpriseId, keys: [peopleMonths.month], conflictTarget: [peopleMonths.enterpriseId, peopleMonths.month] },
  ip: { table: ipItems, enterpriseColumn: ipItems.enterpriseId, keys: [ipItems.kind, ipItems.number], conflictTarget: [ipItems.kind, ipItems.number] },
  qualifications: { table: qualifications, enterpriseColumn: qualifications.enterpriseId, keys: [qualifications.kind, qualifications.certificateNo], conflictTarget: [qualifications.enterpriseId, qualifications.kind, qualifications.certificateNo] },
  taxGrades: { table: taxGrades, enterpriseColumn: taxGrades.enterpriseId, keys: [taxGrades.year], conflictTarget: [taxGrades.enterpriseId, taxGrades.year] },
  complianceEvents: { table: complianceEvents, enterpriseColumn: complianceEvents.enterpriseId, keys: [complianceEvents.kind, complianceEvents.reference], conflictTarget: [complianceEvents.enterpriseId, complianceEvents.kind, complianceEvents.reference] },
  equityRounds: { table: equityRounds, enterpriseColumn: equityRounds.enterpriseId, keys: [equityRounds.closedOn, equityRounds.round], conflictTarget: [equityRounds.enterpriseId, equityRounds.closedOn, equityRounds.round] },
  loans: { table: existingLoans, enterpriseColumn: existingLoans.enterpriseId, keys: [existingLoans.lender, existingLoans.startedOn], conflictTarget: [existingLoans.enterpriseId, existingLoans.lender, existingLoans.startedOn] },
} satisfies Record<Section, SectionTable>;

/** The item properties that make a section's natural key (besides the enterprise). */
export function sectionKeyProps(section: Section): string[] {
  const spec = SECTION_TABLES[section];
  const all = getTableColumns(spec.table as never) as Record<string, { name: string }>;
  return spec.keys.map((c) => Object.entries(all).find(([, col]) => col.name === c.name)![0]);
}

/**
 * Replaces an enterprise's section: deletes its rows whose keys are not in `kept` (the key values
 * of the rows sent, in sectionKeyProps order) and upserts `rows`. Counts what it removed and changed.
 */
export async function replaceSectionRows(
  db: Executor,
  section: Section,
  enterpriseId: string,
  kept: unknown[][],
  rows: Record<string, unknown>[],
): Promise<{ removed: number; changed: number }> {
  const spec = SECTION_TABLES[section];
  const removed = await deleteOtherRows(db, spec.table, spec.enterpriseColumn, enterpriseId, spec.keys, kept);
  // A row another enterprise holds (its IP number) is never moved to this one.
  const changed = await upsertRows(db, spec.table, spec.conflictTarget, rows as never[], { owner: spec.enterpriseColumn });
  return { removed, changed };
}

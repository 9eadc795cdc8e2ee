// The profile's sections as tables with their natural keys: one description drives both the
// enterprise's own edits (replace a section) and the spreadsheet imports (upsert rows).
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  complianceEvents,
  equityRounds,
  existingLoans,
  financialStatements,
  ipItems,
  peopleMonths,
  qualifications,
  taxGrades,
} from '../../db/schema/index.ts';
import type { DataCategory } from '../../domain/profile/types.ts';

export interface SectionTable {
  table: PgTable;
  enterpriseColumn: PgColumn;
  /** The natural key besides the enterprise (the upsert conflict target adds what it needs). */
  keys: PgColumn[];
  conflictTarget: PgColumn[];
  category: DataCategory;
}

export const SECTION_TABLES = {
  financials: { table: financialStatements, enterpriseColumn: financialStatements.enterpriseId, keys: [financialStatements.year], conflictTarget: [financialStatements.enterpriseId, financialStatements.year], category: 'financials' },
  people: { table: peopleMonths, enterpriseColumn: peopleMonths.enterpriseId, keys: [peopleMonths.month], conflictTarget: [peopleMonths.enterpriseId, peopleMonths.month], category: 'people' },
  ip: { table: ipItems, enterpriseColumn: ipItems.enterpriseId, keys: [ipItems.kind, ipItems.number], conflictTarget: [ipItems.kind, ipItems.number], category: 'ip' },
  qualifications: { table: qualifications, enterpriseColumn: qualifications.enterpriseId, keys: [qualifications.kind, qualifications.certificateNo], conflictTarget: [qualifications.enterpriseId, qualifications.kind, qualifications.certificateNo], category: 'qualifications' },
  taxGrades: { table: taxGrades, enterpriseColumn: taxGrades.enterpriseId, keys: [taxGrades.year], conflictTarget: [taxGrades.enterpriseId, taxGrades.year], category: 'compliance' },
  complianceEvents: { table: complianceEvents, enterpriseColumn: complianceEvents.enterpriseId, keys: [complianceEvents.kind, complianceEvents.reference], conflictTarget: [complianceEvents.enterpriseId, complianceEvents.kind, complianceEvents.reference], category: 'compliance' },
  equityRounds: { table: equityRounds, enterpriseColumn: equityRounds.enterpriseId, keys: [equityRounds.closedOn, equityRounds.round], conflictTarget: [equityRounds.enterpriseId, equityRounds.closedOn, equityRounds.round], category: 'financing' },
  loans: { table: existingLoans, enterpriseColumn: existingLoans.enterpriseId, keys: [existingLoans.lender, existingLoans.startedOn], conflictTarget: [existingLoans.enterpriseId, existingLoans.lender, existingLoans.startedOn], category: 'financing' },
} satisfies Record<string, SectionTable>;

export type Section = keyof typeof SECTION_TABLES;
export const SECTIONS = Object.keys(SECTION_TABLES) as Section[];

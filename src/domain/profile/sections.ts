// The profile's sections an enterprise (or its park administrator) replaces as a whole, each one
// list of items with a natural key, and the data category each belongs to.
import type { DataCategory } from './types.ts';

export const SECTION_CATEGORIES = {
  financials: 'financials',
  people: 'people',
  ip: 'ip',
  qualifications: 'qualifications',
  taxGrades: 'compliance',
  complianceEvents: 'compliance',
  equityRounds: 'financing',
  loans: 'financing',
} as const satisfies Record<string, DataCategory>;

export type Section = keyof typeof SECTION_CATEGORIES;
export const SECTIONS = Object.keys(SECTION_CATEGORIES) as Section[];

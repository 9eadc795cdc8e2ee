// The credit profile's vocabularies, read by the server (domain, zod schemas) and the web (forms,
// filters, labels): the data categories an enterprise grants, the sections it replaces as a whole
// and the category each belongs to, the qualification kinds, and the spreadsheet kinds a park imports.

/** The categories an enterprise can grant an institution. The summary needs no grant. */
export const DATA_CATEGORIES = ['registration', 'financials', 'people', 'ip', 'qualifications', 'compliance', 'financing'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** The sections replaced as a whole (PUT …/profile/<section>), each one list of items with a natural key. */
export const SECTIONS = ['financials', 'people', 'ip', 'qualifications', 'taxGrades', 'complianceEvents', 'equityRounds', 'loans'] as const;
export type Section = (typeof SECTIONS)[number];

/** Which grantable category a section belongs to. */
export const SECTION_CATEGORIES = {
  financials: 'financials',
  people: 'people',
  ip: 'ip',
  qualifications: 'qualifications',
  taxGrades: 'compliance',
  complianceEvents: 'compliance',
  equityRounds: 'financing',
  loans: 'financing',
} as const satisfies Record<Section, DataCategory>;

export const QUALIFICATION_KINDS = [
  'hnte', // 高新技术企业
  'tech_sme', // 科技型中小企业
  'specialized_sme', // 专精特新中小企业
  'little_giant', // 专精特新“小巨人”
  'provincial_rd_platform', // 省级及以上研发平台
] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/** The spreadsheet kinds a park can import (columns and checks in src/domain/profile/import-kinds.ts). */
export const IMPORT_KINDS = ['profiles', 'financials', 'ip', 'staff'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

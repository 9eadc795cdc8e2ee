// The credit profile's vocabularies, read by the server (domain, zod schemas) and the web (forms,
// filters, labels): the data categories an enterprise grants, the sections it replaces as a whole
// and the category each belongs to, the kinds and states of section items, the spreadsheet kinds a
// park imports, and what criteria checks measure and say is missing.

/** The categories of the credit profile an institution may be granted. The summary needs no grant. */
export const PROFILE_CATEGORIES = ['registration', 'financials', 'people', 'ip', 'qualifications', 'compliance', 'financing'] as const;
/**
 * Every category an enterprise can grant an institution: the profile's, and `data_room` (its
 * fundraising profile in full, the pitch deck and the data-room papers), which an investor asks for
 * and a loan application never grants.
 */
export const DATA_CATEGORIES = [...PROFILE_CATEGORIES, 'data_room'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
export type ProfileCategory = (typeof PROFILE_CATEGORIES)[number];

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

/** The kinds of IP item, and the states of an item (applied, granted, lapsed). */
export const IP_KINDS = [
  'invention_patent',
  'utility_model',
  'design_patent',
  'software_copyright',
  'ic_layout',
  'plant_variety',
  'new_drug',
  'trademark',
  'standard',
  'award',
] as const;
export type IpKind = (typeof IP_KINDS)[number];
export const IP_STATUSES = ['pending', 'granted', 'lapsed'] as const;
export type IpStatus = (typeof IP_STATUSES)[number];

/** The tax authority's credit grades, best first (M: new taxpayers). */
export const TAX_GRADES = ['A', 'B', 'M', 'C', 'D'] as const;
export type TaxGrade = (typeof TAX_GRADES)[number];

/** serious_dishonesty: on the list of seriously dishonest entities (严重失信主体名单); subsidy programmes may exclude them. */
export const COMPLIANCE_EVENT_KINDS = ['legal_case', 'administrative_penalty', 'abnormal_operation', 'serious_dishonesty'] as const;
export type ComplianceEventKind = (typeof COMPLIANCE_EVENT_KINDS)[number];

/** The state of a loan the enterprise has from elsewhere (the profile's loans section). */
export const EXISTING_LOAN_STATUSES = ['current', 'repaid', 'overdue'] as const;
export type ExistingLoanStatus = (typeof EXISTING_LOAN_STATUSES)[number];

/** The figures criteria rules measure (src/domain/profile/criteria/measures.ts), each with a label in the web. */
export const CRITERIA_MEASURES = [
  'employees',
  'revenue_yuan',
  'total_assets_yuan',
  'st_staff_share',
  'rd_staff_share',
  'rd_revenue_ratio',
  'rd_cost_ratio',
  'rd_revenue_ratio_3y',
  'rd_domestic_share_3y',
  'high_tech_revenue_share',
  'class1_ip_count',
  'class2_ip_count',
  'core_ip_count',
  'registered_years',
  'industry_code',
  'revenue_growth_avg',
  'net_asset_growth_avg',
  'open_abnormal_operations',
  'valid_hnte',
  'valid_rd_platform',
] as const;
export type CriteriaMeasure = (typeof CRITERIA_MEASURES)[number];

/** How a measure's value reads: fractions as %, yuan as money, flags as yes or no. */
export const CRITERIA_UNITS = ['count', 'yuan', 'fraction', 'years', 'code', 'flag'] as const;
export type CriteriaUnit = (typeof CRITERIA_UNITS)[number];

/**
 * Why a criteria rule could not be checked, as a code with parameters the web words in the
 * reader's language: `years` / `from` / `to` are years, `month` YYYY-MM, `figure` one of
 * CRITERIA_FIGURES, `measure` one of CRITERIA_MEASURES.
 */
export const CRITERIA_MISSING_REASONS = [
  'no_statement', // { years }: no statement for either of the two latest completed years
  'figure_missing', // { figure, year }
  'ratio_uncomputable', // { measure, year }: an input of the ratio is missing or zero
  'ratio_uncomputable_years', // { measure, years }
  'no_headcount', // { month }: no monthly headcount in the twelve months to it
  'staff_missing', // { figure, month }: that staff count or the employees
  'growth_needs_two_years', // { figure }
  'growth_base_missing', // { figure, from, to }: missing or not positive
  'employee_count_missing', // {}
  'threshold_unknown', // { measure }: the threshold depends on it, and it is missing (its own reason follows)
  'not_a_number', // { measure }
] as const;
export type CriteriaMissingReason = (typeof CRITERIA_MISSING_REASONS)[number];

/** The profile figures a missing reason names. */
export const CRITERIA_FIGURES = ['revenue', 'total_assets', 'net_assets', 'st_staff', 'rd_staff'] as const;
export type CriteriaFigure = (typeof CRITERIA_FIGURES)[number];

// The credit database: an enterprise's profile, its sections and the criteria checks.
import { api } from './client';
import type { ListQuery, Page } from './types';

export const DATA_CATEGORIES = ['registration', 'financials', 'people', 'ip', 'qualifications', 'compliance', 'financing'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const SECTIONS = ['financials', 'people', 'ip', 'qualifications', 'taxGrades', 'complianceEvents', 'equityRounds', 'loans'] as const;
export type Section = (typeof SECTIONS)[number];

/** Which grantable category a section belongs to. */
export const CATEGORY_OF: Record<Section, DataCategory> = {
  financials: 'financials',
  people: 'people',
  ip: 'ip',
  qualifications: 'qualifications',
  taxGrades: 'compliance',
  complianceEvents: 'compliance',
  equityRounds: 'financing',
  loans: 'financing',
};

export const QUALIFICATION_KINDS = ['hnte', 'tech_sme', 'specialized_sme', 'little_giant', 'provincial_rd_platform'] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/** Where a row came from, on every profile row the server returns. */
export interface Provenance {
  source?: string;
  sourceDate?: string;
  updatedBy?: string | null;
  updatedAt?: string;
}

/** A section row: its own fields (fen as integers, dates as YYYY-MM-DD) plus provenance. */
export type ProfileRow = Record<string, unknown> & Provenance;

export interface MissingItem {
  section: string;
  item: string;
  messageZh: string;
  messageEn: string;
}

export interface Completeness {
  score: number;
  missing: MissingItem[];
}

export interface RuleCheck {
  id: string;
  nameZh: string;
  nameEn: string;
  role?: 'gate' | 'shortcut' | 'score';
  passed: boolean;
  actual: number | string | null;
  required: number | string | string[] | null;
  op?: string;
  unit?: string;
  points?: number;
  maxPoints?: number;
  message: string;
}

export interface CriteriaCheck {
  code: string;
  version: string;
  passed: boolean;
  score?: number;
  maxScore?: number;
  rules: RuleCheck[];
}

export type ProfileView = 'full' | 'granted' | 'summary';

export interface EnterpriseProfile {
  creditCode: string;
  name: string;
  parkId: string;
  parkCode: string;
  parkName: string;
  industryCode: string;
  industryName: string | null;
  status: string;
  ratingBand: string | null;
  view: ProfileView;
  categories: DataCategory[];
  // Registration, present when the viewer may see it.
  id?: string;
  regionCode?: string;
  foundedOn?: string;
  admittedOn?: string | null;
  registeredCapitalFen?: number;
  employees?: number;
  legalRepresentative?: string;
  address?: string;
  source?: string;
  sourceDate?: string;
  /** The score alone with the registration; the score and what is missing in the full view. */
  completeness?: number | Completeness;
  profile?: Partial<Record<Section, ProfileRow[]>>;
  criteria?: CriteriaCheck[];
}

export interface FinancialYear extends ProfileRow {
  year: number;
  ratios?: Record<string, number | null>;
}

export interface EnterpriseSummary {
  creditCode: string;
  name: string;
  parkId: string;
  parkCode: string;
  parkName: string;
  industryCode: string;
  industryName: string | null;
  status: string;
  ratingBand: string | null;
}

export interface DirectoryQuery extends ListQuery {
  parkId?: string;
  industryCode?: string;
}

export interface SectionResult {
  removed: number;
  changed: number;
  total: number;
}

const path = (creditCode: string) => `/enterprises/${encodeURIComponent(creditCode)}`;

export const getProfile = (creditCode: string, signal?: AbortSignal) =>
  api.get<EnterpriseProfile>(path(creditCode), undefined, signal);
export const getFinancials = (creditCode: string, signal?: AbortSignal) =>
  api.get<{ items: FinancialYear[] }>(`${path(creditCode)}/financials`, undefined, signal);
/** Replaces the whole section with `items` (rows without provenance). */
export const replaceSection = (creditCode: string, section: Section, items: Record<string, unknown>[]) =>
  api.put<SectionResult>(`${path(creditCode)}/profile/${section}`, { items });
export const listDirectory = (query: DirectoryQuery = {}, signal?: AbortSignal) =>
  api.get<Page<EnterpriseSummary>>('/directory', { ...query }, signal);

export function completenessOf(profile: EnterpriseProfile): Completeness | undefined {
  const value = profile.completeness;
  if (value === undefined) return undefined;
  return typeof value === 'number' ? { score: value, missing: [] } : value;
}

// The credit database: an enterprise's profile, its sections and the criteria checks.
import type { DataCategory, Section } from '../../../shared/profile.ts';
import { client, ok } from './client';
import type { components } from './schema.gen';
import type { Answer, ItemOf, QueryOf } from './types';

export { DATA_CATEGORIES, QUALIFICATION_KINDS, SECTIONS } from '../../../shared/profile.ts';
export type { DataCategory, QualificationKind, Section } from '../../../shared/profile.ts';

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

export type CriteriaCheck = components['schemas']['CriteriaCheck'];
export type RuleCheck = components['schemas']['RuleCheck'];
export type CriteriaMissing = components['schemas']['CriteriaMissing'];

type ServerProfile = Answer<'/api/v1/enterprises/{creditCode}', 'get'>;
export type ProfileView = ServerProfile['view'];

/**
 * One enterprise as its viewer may see it. The server declares the completeness, categories and
 * sections loosely (free records), so those three are read here as the web uses them.
 */
export type EnterpriseProfile = Omit<ServerProfile, 'completeness' | 'categories' | 'profile'> & {
  categories: DataCategory[];
  /** The score alone with the registration; the score and what is missing in the full view. */
  completeness?: number | Completeness;
  profile?: Partial<Record<Section, ProfileRow[]>>;
};

export interface FinancialYear extends ProfileRow {
  year: number;
  ratios?: Record<string, number | null>;
}

export type EnterpriseSummary = ItemOf<Answer<'/api/v1/directory', 'get'>>;
export type DirectoryQuery = QueryOf<'/api/v1/directory', 'get'>;
export type SectionResult = Answer<'/api/v1/enterprises/{creditCode}/profile/financials', 'put'>;

export const getProfile = (creditCode: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}', { params: { path: { creditCode } }, signal })) as Promise<EnterpriseProfile>;
export const getFinancials = (creditCode: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}/financials', { params: { path: { creditCode } }, signal })) as Promise<{ items: FinancialYear[] }>;
/**
 * Replaces the whole section with `items` (rows without provenance). Every section has its own PUT
 * route with the same answer; the editor's rows are the section's fields, checked by the server.
 */
export const replaceSection = (creditCode: string, section: Section, items: Record<string, unknown>[]) =>
  ok(client.PUT(`/api/v1/enterprises/{creditCode}/profile/${section}` as '/api/v1/enterprises/{creditCode}/profile/financials', { params: { path: { creditCode } }, body: { items } as never }));
export const listDirectory = (query: DirectoryQuery = {}, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/directory', { params: { query }, signal }));

export function completenessOf(profile: EnterpriseProfile): Completeness | undefined {
  const value = profile.completeness;
  if (value === undefined) return undefined;
  return typeof value === 'number' ? { score: value, missing: [] } : value;
}

// The financing marketplace: products, the facts their eligibility rules read, the eligibility
// preview and the parks' approvals (docs/marketplace-api.md).
import { api, request } from './client';
import type { Stage } from './rating';
import type { ListQuery, Page } from './types';

export { LOAN_TYPES, LPR_TENORS, PRODUCT_KINDS, REPAYMENT_METHODS, SECURITY_KINDS, STAGES } from '../../../shared/marketplace.ts';
export type { LoanType, LprTenor, ProductKind, RepaymentMethod, SecurityKind } from '../../../shared/marketplace.ts';
import type { ApprovalStatus, LoanType, LprTenor, ProductKind, ProductStatus, RepaymentMethod, RuleOp, SecurityKind } from '../../../shared/marketplace.ts';

export type { ApprovalStatus, ProductStatus } from '../../../shared/marketplace.ts';
export type ProductSort = 'cost' | 'turnaround' | 'newest';

export type { RuleOp } from '../../../shared/marketplace.ts';
export type EligibilityRule =
  | { fact: string; op: 'gte'; value: number | string }
  | { fact: string; op: 'lte'; value: number | string }
  | { fact: string; op: 'between'; min: number; max: number }
  | { fact: string; op: 'in'; values: string[] }
  | { fact: string; op: 'not_in'; values: string[] };

export interface ProductTerms {
  amountMinFen: number;
  amountMaxFen: number;
  termMinMonths: number | null;
  termMaxMonths: number | null;
  rate: { lprTenor: LprTenor; spreadMinBp: number; spreadMaxBp: number } | null;
  /** Guarantee fee or insurance premium, a yearly fraction. */
  feeRate: number | null;
  coverRatio: number | null;
  repaymentMethods: RepaymentMethod[];
  security: SecurityKind[];
  turnaroundDays: number;
  eligibleLoanTypes: LoanType[];
}

export interface ProductPreferences {
  industries: string[];
  stages: Stage[];
  regions: string[];
  thesis: string;
}

export interface ProductPark {
  parkId: string;
  parkCode: string;
  parkName: string;
  status: ApprovalStatus;
  note: string | null;
  decidedAt: string | null;
}

export interface Product {
  id: string;
  institutionId: string;
  institutionName: string;
  kind: ProductKind;
  loanType: LoanType | null;
  name: string;
  nameEn: string | null;
  description: string;
  status: ProductStatus;
  version: number;
  terms: ProductTerms;
  preferences: ProductPreferences;
  rules: EligibilityRule[];
  parks: ProductPark[];
  /** LPR plus the mid spread, or the fee: a yearly fraction, for comparison. */
  yearlyCost: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProductQuery extends ListQuery {
  kind?: ProductKind;
  loanType?: LoanType;
  institutionId?: string;
  amountFen?: number;
  termMonths?: number;
  security?: SecurityKind;
  status?: ProductStatus;
  mine?: boolean;
  sort?: ProductSort;
}

export interface ProductInput {
  kind: ProductKind;
  loanType: LoanType | null;
  name: string;
  nameEn?: string | null;
  description?: string;
  terms: ProductTerms;
  preferences: ProductPreferences;
  rules: EligibilityRule[];
  parkCodes: string[];
}

/** flag: yes/no; a rule requires it (gte 1) or its absence (lte 0). */
export type FactKind = 'number' | 'flag' | 'grade' | 'category' | 'code';

export interface MatchFact {
  key: string;
  kind: FactKind;
  unit: string;
  nameZh: string;
  nameEn: string;
  /** Grade facts: the scale, best first. */
  scale?: string[];
  ops: RuleOp[];
}

/** A product waiting for one park's decision (a product pending in two parks comes twice). */
export interface PendingProduct extends Product {
  pendingPark: { parkId: string; parkCode: string; parkName: string; requestedAt: string };
}

export interface EligibilityPreview {
  eligible: number;
  total: number;
  byPark: { parkCode: string; eligible: number; total: number }[];
}

const productPath = (id: string) => `/products/${encodeURIComponent(id)}`;

export const listProducts = (query: ProductQuery = {}, signal?: AbortSignal) =>
  api.get<Page<Product>>('/products', { ...query }, signal);
export const getProduct = (id: string, signal?: AbortSignal) => api.get<Product>(productPath(id), undefined, signal);
export const createProduct = (input: ProductInput) => api.post<Product>('/products', input);
export const updateProduct = (id: string, patch: Partial<ProductInput>) => api.patch<Product>(productPath(id), patch);
export const publishProduct = (id: string) => api.post<Product>(`${productPath(id)}/publish`);
export const withdrawProduct = (id: string) => api.post<Product>(`${productPath(id)}/withdraw`);

export const listMatchFacts = (signal?: AbortSignal) => api.get<{ items: MatchFact[] }>('/match-facts', undefined, signal);
export const previewEligibility = (body: { rules: EligibilityRule[]; parkCodes?: string[] }, signal?: AbortSignal) =>
  request<EligibilityPreview>('POST', '/products/preview', { body, signal });

export const listProductApprovals = (query: ListQuery = {}, signal?: AbortSignal) =>
  api.get<Page<PendingProduct>>('/product-approvals', { ...query }, signal);
export const decideProduct = (id: string, parkCode: string, decision: { approve: boolean; note?: string }) =>
  api.post<Product>(`${productPath(id)}/parks/${encodeURIComponent(parkCode)}/decision`, decision);

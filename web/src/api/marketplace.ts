// The financing marketplace: products, the facts their eligibility rules read, the eligibility
// preview and the parks' approvals (docs/marketplace-api.md).
import { client, ok } from './client';
import { flagged, type Answer, type Body, type Flags, type ItemOf, type QueryOf } from './types';

export { LOAN_TYPES, LPR_TENORS, PRODUCT_KINDS, REPAYMENT_METHODS, SECURITY_KINDS, STAGES } from '../../../shared/marketplace.ts';
export type { LoanType, LprTenor, ProductKind, RepaymentMethod, SecurityKind } from '../../../shared/marketplace.ts';

export { PRODUCT_STATUSES } from '../../../shared/marketplace.ts';
export type { ApprovalStatus, ProductStatus } from '../../../shared/marketplace.ts';

export type { RuleOp } from '../../../shared/marketplace.ts';

export type Product = Answer<'/api/v1/products/{id}', 'get'>;
export type ProductTerms = Product['terms'];
export type ProductPreferences = Product['preferences'];
export type ProductPark = Product['parks'][number];
export type EligibilityRule = Product['rules'][number];
type ServerProductQuery = QueryOf<'/api/v1/products', 'get'>;
export type ProductQuery = Flags<ServerProductQuery>;
export type ProductSort = NonNullable<ProductQuery['sort']>;
/** What the product form sends: every field given (the server's defaults serve other callers). */
type ProductBody = Body<'/api/v1/products', 'post'>;
export type ProductInput = Omit<Required<ProductBody>, 'institutionId' | 'terms' | 'preferences'> &
  Pick<ProductBody, 'institutionId'> & { terms: ProductTerms; preferences: ProductPreferences };
export type ProductPatch = Body<'/api/v1/products/{id}', 'patch'>;

export type MatchFact = ItemOf<Answer<'/api/v1/match-facts', 'get'>>;
/** flag: yes/no; a rule requires it (gte 1) or its absence (lte 0). */
export type FactKind = MatchFact['kind'];

/** A product waiting for one park's decision (a product pending in two parks comes twice). */
export type PendingProduct = ItemOf<Answer<'/api/v1/product-approvals', 'get'>>;
export type PreviewInput = Body<'/api/v1/products/preview', 'post'>;
export type EligibilityPreview = Answer<'/api/v1/products/preview', 'post'>;
export type ApprovalsQuery = QueryOf<'/api/v1/product-approvals', 'get'>;
export type ProductDecision = Body<'/api/v1/products/{id}/parks/{parkCode}/decision', 'post'>;

export const listProducts = (query: ProductQuery = {}, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/products', { params: { query: flagged<ServerProductQuery>(query) }, signal }));
export const getProduct = (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/products/{id}', { params: { path: { id } }, signal }));
export const createProduct = (input: ProductInput) => ok(client.POST('/api/v1/products', { body: input }));
export const updateProduct = (id: string, patch: ProductPatch) => ok(client.PATCH('/api/v1/products/{id}', { params: { path: { id } }, body: patch }));
export const publishProduct = (id: string) => ok(client.POST('/api/v1/products/{id}/publish', { params: { path: { id } } }));
export const withdrawProduct = (id: string) => ok(client.POST('/api/v1/products/{id}/withdraw', { params: { path: { id } } }));

export const listMatchFacts = (signal?: AbortSignal) => ok(client.GET('/api/v1/match-facts', { signal }));
export const previewEligibility = (body: PreviewInput, signal?: AbortSignal) => ok(client.POST('/api/v1/products/preview', { body, signal }));

export const listProductApprovals = (query: ApprovalsQuery = {}, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/product-approvals', { params: { query }, signal }));
export const decideProduct = (id: string, parkCode: string, decision: ProductDecision) =>
  ok(client.POST('/api/v1/products/{id}/parks/{parkCode}/decision', { params: { path: { id, parkCode } }, body: decision }));

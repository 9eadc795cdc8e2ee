// Institutions' financing products: created and edited by the institution's officers (every
// material change is a new version), published or withdrawn, and offered in a park only once that
// park's administrator approves. Each write and its audit event share one transaction.
import type { Executor } from '../../db/client.ts';
import type { PageRequest } from '../../db/paging.ts';
import { findOrganisation } from '../../db/repositories/organisations.ts';
import { findParkByCode, listParks } from '../../db/repositories/parks.ts';
import {
  decidePark,
  findProduct,
  findProductsByIds,
  insertProduct,
  insertProductVersion,
  listPendingRequests,
  listProductVersions,
  listProducts as selectProducts,
  parkOperatorsOf,
  parksOfProducts,
  removeOtherParks,
  requestParks,
  updateProduct as saveProduct,
  type ProductParkView,
  type ProductWithInstitution,
} from '../../db/repositories/products.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { yearlyCostOf } from '../../domain/marketplace/compile.ts';
import type { RuleProblem } from '../../domain/marketplace/rules.ts';
import { validateProduct, type LoanType, type MarketProduct, type ProductKind, type ProductPreferences, type ProductTerms } from '../../domain/marketplace/products.ts';
import type { EligibilityRule } from '../../domain/marketplace/rules.ts';
import { fail, invalidFields, problem, type FieldProblem } from '../../domain/shared/errors.ts';
import { INSTITUTION_TYPES } from '../institutions/manage-institutions.ts';
import { mutate, type ServiceContext, todayOf } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { notify } from '../notifications/notify.ts';
import { toMarketProduct, type StoredTerms } from './market.ts';
import { marketLprOn } from './lpr-rates.ts';
import { actingInstitution, maySeeProduct, productVisibility, visibleParks } from '../../domain/access/product-access.ts';

export interface ProductInput {
  /** The operator names the institution; an officer's own is used otherwise. */
  institutionId?: string;
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

export type ProductPatch = Partial<Omit<ProductInput, 'institutionId' | 'terms' | 'preferences'>> & {
  terms?: Partial<ProductTerms>;
  preferences?: Partial<ProductPreferences>;
};

/** A product as the API shows it: the row, the park requests the viewer may see, the yearly cost today. */
export interface ProductView {
  row: ProductWithInstitution;
  parks: ProductParkView[];
  yearlyCost: number | null;
}

export interface ProductListQuery {
  kind?: ProductKind;
  loanType?: LoanType;
  institutionId?: string;
  amountFen?: bigint;
  termMonths?: number;
  security?: string;
  q?: string;
  status?: string;
  mine?: boolean;
  sort?: 'cost' | 'turnaround' | 'newest';
}


// ---------------------------------------------------------------------------------------------
// Reading

async function viewsOf(ctx: ServiceContext, db: Executor, rows: ProductWithInstitution[], loadedParks?: Map<string, ProductParkView[]>): Promise<ProductView[]> {
  const parks = loadedParks ?? (await parksOfProducts(db, rows.map((r) => r.id)));
  const lpr = await marketLprOn(ctx.database.db, todayOf(ctx));
  return rows.map((row) => {
    const all = parks.get(row.id) ?? [];
    return { row, parks: visibleParks(ctx.actor, row, all), yearlyCost: yearlyCostOf(toMarketProduct(row, []), lpr) };
  });
}

/** A product just written, as its writer sees it. */
async function viewOf(ctx: ServiceContext, id: string): Promise<ProductView> {
  return (await viewsOf(ctx, ctx.database.db, [(await findProduct(ctx.database.db, id))!]))[0]!;
}

/** A product the actor may see, with all its park requests (before filtering for display). */
async function visibleProduct(ctx: ServiceContext, id: string) {
  const row = await findProduct(ctx.database.db, id);
  const parks = row ? ((await parksOfProducts(ctx.database.db, [id])).get(id) ?? []) : [];
  if (!row || !maySeeProduct(ctx.actor, row, parks)) throw fail('product.not_found');
  return { row, parks };
}

export async function listProducts(ctx: ServiceContext, query: ProductListQuery, page: PageRequest) {
  authorize(ctx.actor, 'product.list');
  const { mine, ...filter } = query;
  const result = await selectProducts(ctx.database.db, { ...filter, visibility: productVisibility(ctx.actor, mine), lpr: await marketLprOn(ctx.database.db, todayOf(ctx)) }, page);
  return { ...result, items: await viewsOf(ctx, ctx.database.db, result.items) };
}

export async function getProduct(ctx: ServiceContext, id: string): Promise<ProductView> {
  authorize(ctx.actor, 'product.list');
  const { row, parks } = await visibleProduct(ctx, id);
  return (await viewsOf(ctx, ctx.database.db, [row], new Map([[id, parks]])))[0]!;
}

export async function productVersions(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'product.list');
  await visibleProduct(ctx, id);
  return listProductVersions(ctx.database.db, id);
}

/** Pending park requests in the administrator's parks (the operator: all), each with its product. */
export async function pendingApprovals(ctx: ServiceContext, page: PageRequest) {
  authorize(ctx.actor, 'product.approve');
  const db = ctx.database.db;
  const requests = await listPendingRequests(db, administeredParks(ctx.actor), page);
  const views = new Map((await viewsOf(ctx, db, await findProductsByIds(db, [...new Set(requests.items.map((r) => r.productId))]))).map((v) => [v.row.id, v]));
  return { ...requests, items: requests.items.map((r) => ({ ...views.get(r.productId)!, pendingPark: r })) };
}

// ---------------------------------------------------------------------------------------------
// Writing

const problemsToFields = (problems: RuleProblem[]): FieldProblem[] => problems.map(({ path, ...p }) => ({ field: path, ...p }));

function check(product: Pick<MarketProduct, 'kind' | 'loanType' | 'terms' | 'preferences' | 'rules'>): void {
  const problems = validateProduct(product);
  if (problems.length) throw invalidFields(problemsToFields(problems));
}

const storedTerms = (t: ProductTerms): StoredTerms => ({
  rate: t.rate ?? null,
  feeRate: t.feeRate ?? null,
  coverRatio: t.coverRatio ?? null,
  repaymentMethods: t.repaymentMethods ?? [],
  security: t.security ?? [],
  eligibleLoanTypes: t.eligibleLoanTypes ?? [],
});

/** The saved content of a version: everything that decides whom the product serves and how. */
function versionContent(p: { kind: string; loanType: string | null; name: string; nameEn: string | null; description: string; terms: ProductTerms; preferences: ProductPreferences; rules: EligibilityRule[] }) {
  return {
    kind: p.kind,
    loanType: p.loanType,
    name: p.name,
    nameEn: p.nameEn,
    description: p.description,
    terms: { ...p.terms, amountMinFen: Number(p.terms.amountMinFen), amountMaxFen: Number(p.terms.amountMaxFen) },
    preferences: p.preferences,
    rules: p.rules,
  };
}

/** JSON with object keys sorted, so equal content compares equal whatever the key order. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'bigint' ? v.toString() : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

/** Park ids of park codes; unknown or deactivated parks are named by their position. */
async function resolveParks(db: Executor, codes: string[]): Promise<{ id: string; code: string; name: string; nameEn: string }[]> {
  const unique = [...new Set(codes)];
  const found = await Promise.all(unique.map((code) => findParkByCode(db, code)));
  const problems: FieldProblem[] = [];
  found.forEach((park, i) => {
    if (!park) problems.push(problem(`parkCodes.${codes.indexOf(unique[i]!)}`, 'product.park_unknown', { code: unique[i]! }));
    else if (park.status !== 'active') problems.push(problem(`parkCodes.${codes.indexOf(unique[i]!)}`, 'product.park_deactivated', { code: unique[i]! }));
  });
  if (problems.length) throw invalidFields(problems);
  return found.map((p) => p!);
}

/** Tells each newly asked park's administrators that a product awaits their decision. */
async function notifyPending(tx: Executor, ctx: ServiceContext, product: { id: string; name: string; nameEn: string | null }, institutionName: string, parkIds: string[]) {
  const operators = await parkOperatorsOf(tx, parkIds);
  for (const o of operators) {
    await notify(tx, {
      organisationId: o.organisationId,
      kind: 'product.pending',
      titleZh: `${institutionName}申请在本园区发布产品「${product.name}」`,
      titleEn: `${institutionName} asks to offer "${product.nameEn ?? product.name}" in your park`,
      link: `/products/${product.id}`,
      details: { productId: product.id, parkId: o.parkId },
      at: ctx.now(),
    });
  }
}

export async function createProduct(ctx: ServiceContext, input: ProductInput): Promise<ProductView> {
  const institutionId = actingInstitution(ctx.actor, input.institutionId);
  if (!institutionId) throw invalidFields([problem('institutionId', 'institution.required')]);
  authorize(ctx.actor, 'product.manage', { organisationId: institutionId });
  check(input);
  const id = newId(ctx.now().getTime());
  await mutate(ctx, async (tx) => {
    const institution = await findOrganisation(tx, institutionId);
    if (!institution || !(INSTITUTION_TYPES as readonly string[]).includes(institution.type) || institution.status !== 'active') {
      throw invalidFields([problem('institutionId', 'institution.unknown')]);
    }
    const parks = await resolveParks(tx, input.parkCodes);
    const at = ctx.now();
    const row = {
      id,
      institutionId,
      kind: input.kind,
      loanType: input.loanType,
      name: input.name,
      nameEn: input.nameEn ?? null,
      description: input.description ?? '',
      status: 'draft',
      version: 1,
      amountMinFen: input.terms.amountMinFen,
      amountMaxFen: input.terms.amountMaxFen,
      termMinMonths: input.terms.termMinMonths,
      termMaxMonths: input.terms.termMaxMonths,
      turnaroundDays: input.terms.turnaroundDays,
      terms: storedTerms(input.terms),
      preferences: input.preferences,
      rules: input.rules,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: at,
      updatedAt: at,
    };
    await insertProduct(tx, row);
    await insertProductVersion(tx, { id: newId(at.getTime()), productId: id, version: 1, content: versionContent({ ...input, nameEn: row.nameEn, description: row.description }), createdBy: ctx.actor.userId, createdAt: at });
    const pending = await requestParks(tx, id, parks.map((p) => p.id), at);
    await notifyPending(tx, ctx, row, institution.name, pending);
    return { result: null, audit: { action: 'product.create', targetType: 'product', targetId: id, details: { institutionId, kind: input.kind, parkCodes: parks.map((p) => p.code) } } };
  });
  return viewOf(ctx, id);
}

/** The product's owner (its institution's officers, or the operator) may change it. */
async function ownedProduct(ctx: ServiceContext, id: string) {
  const row = await findProduct(ctx.database.db, id);
  if (!row) throw fail('product.not_found');
  authorize(ctx.actor, 'product.manage', { organisationId: row.institutionId });
  return row;
}

export async function updateProduct(ctx: ServiceContext, id: string, patch: ProductPatch): Promise<ProductView> {
  const existing = await ownedProduct(ctx, id);
  const current = toMarketProduct(existing, []);
  const next = {
    kind: patch.kind ?? current.kind,
    loanType: patch.loanType !== undefined ? patch.loanType : current.loanType,
    name: patch.name ?? existing.name,
    nameEn: patch.nameEn !== undefined ? patch.nameEn : existing.nameEn,
    description: patch.description ?? existing.description,
    terms: { ...current.terms, ...patch.terms },
    preferences: { ...current.preferences, ...patch.preferences },
    rules: patch.rules ?? current.rules,
  };
  check(next);
  const material = (p: typeof next | MarketProduct) =>
    stable({
      kind: p.kind,
      loanType: p.loanType ?? null,
      terms: { ...storedTerms(p.terms), amountMinFen: p.terms.amountMinFen, amountMaxFen: p.terms.amountMaxFen, termMinMonths: p.terms.termMinMonths ?? null, termMaxMonths: p.terms.termMaxMonths ?? null, turnaroundDays: p.terms.turnaroundDays },
      preferences: { industries: p.preferences.industries ?? [], stages: p.preferences.stages ?? [], regions: p.preferences.regions ?? [], thesis: p.preferences.thesis ?? '' },
      rules: p.rules,
    });
  const bump = material(next) !== material(current);
  const described = next.name !== existing.name || next.nameEn !== existing.nameEn || next.description !== existing.description;
  if (!bump && !described && !patch.parkCodes) return viewOf(ctx, id); // nothing changes: nothing to write or audit
  await mutate(ctx, async (tx) => {
    const locked = (await findProduct(tx, id, { forUpdate: true }))!;
    const at = ctx.now();
    const version = bump ? locked.version + 1 : locked.version;
    const parks = patch.parkCodes ? await resolveParks(tx, patch.parkCodes) : null;
    if (bump || described || parks) {
      await saveProduct(tx, id, {
        kind: next.kind,
        loanType: next.loanType,
        name: next.name,
        nameEn: next.nameEn,
        description: next.description,
        version,
        amountMinFen: next.terms.amountMinFen,
        amountMaxFen: next.terms.amountMaxFen,
        termMinMonths: next.terms.termMinMonths,
        termMaxMonths: next.terms.termMaxMonths,
        turnaroundDays: next.terms.turnaroundDays,
        terms: storedTerms(next.terms),
        preferences: next.preferences,
        rules: next.rules,
        updatedBy: ctx.actor.userId,
        updatedAt: at,
      });
    }
    if (bump) await insertProductVersion(tx, { id: newId(at.getTime()), productId: id, version, content: versionContent(next), createdBy: ctx.actor.userId, createdAt: at });
    let removed = 0;
    if (parks) {
      removed = await removeOtherParks(tx, id, parks.map((p) => p.id));
      const pending = await requestParks(tx, id, parks.map((p) => p.id), at);
      await notifyPending(tx, ctx, { ...next, id }, existing.institutionName, pending);
    }
    return {
      result: null,
      audit: { action: 'product.update', targetType: 'product', targetId: id, details: { fields: Object.keys(patch), version, newVersion: bump, parksRemoved: removed } },
    };
  });
  return viewOf(ctx, id);
}

async function setStatus(ctx: ServiceContext, id: string, status: 'published' | 'withdrawn'): Promise<ProductView> {
  const existing = await ownedProduct(ctx, id);
  if (existing.status !== status) {
    await mutate(ctx, async (tx) => {
      await saveProduct(tx, id, { status, updatedBy: ctx.actor.userId, updatedAt: ctx.now() });
      return { result: null, audit: { action: status === 'published' ? 'product.publish' : 'product.withdraw', targetType: 'product', targetId: id, details: { from: existing.status } } };
    });
  }
  return viewOf(ctx, id);
}

export const publishProduct = (ctx: ServiceContext, id: string) => setStatus(ctx, id, 'published');
export const withdrawProduct = (ctx: ServiceContext, id: string) => setStatus(ctx, id, 'withdrawn');

/** A park's administrator approves or rejects the product for the park; the institution is told. */
export async function decideProduct(ctx: ServiceContext, id: string, parkCode: string, decision: { approve: boolean; note?: string | null }): Promise<ProductView> {
  authorize(ctx.actor, 'product.approve');
  const db = ctx.database.db;
  const [row, park] = await Promise.all([findProduct(db, id), findParkByCode(db, parkCode)]);
  if (!park) throw fail('park.not_found');
  authorize(ctx.actor, 'product.approve', { parkId: park.id });
  if (!row) throw fail('product.not_found');
  const status = decision.approve ? 'approved' : 'rejected';
  await mutate(ctx, async (tx) => {
    const at = ctx.now();
    if (!(await decidePark(tx, id, park.id, { status, note: decision.note ?? null, decidedBy: ctx.actor.userId, decidedAt: at }))) {
      throw fail('product.park_request_not_found', { park: parkCode });
    }
    const [zh, en] = decision.approve ? ['已批准', 'approved'] : ['未批准', 'rejected'];
    await notify(tx, {
      organisationId: row.institutionId,
      kind: 'product.decided',
      titleZh: `${park.name}${zh}产品「${row.name}」`,
      titleEn: `${park.nameEn} ${en} "${row.nameEn ?? row.name}"`,
      link: `/products/${id}`,
      details: { productId: id, parkId: park.id, parkCode, status, note: decision.note ?? null },
      at,
    });
    return { result: null, audit: { action: decision.approve ? 'product.approve' : 'product.reject', targetType: 'product', targetId: id, parkId: park.id, details: { parkCode, note: decision.note ?? null } } };
  });
  return viewOf(ctx, id);
}

/** Every active park's code, for previews over all parks. */
export async function activeParkCodes(db: Executor) {
  return (await listParks(db, { activeOnly: true })).map((p) => p.code);
}

// Both sides of matching on request: an enterprise's ranked products (eligible ones by fit, then
// near-misses with what is unmet and how to meet it) and a product's leads (eligible enterprises,
// best fit first, masked unless the enterprise granted the institution access). Ranking runs over
// every candidate; explanations, names and grants are looked up only for the page shown.
import { findEnterpriseByCreditCode, findEnterprisesByIds } from '../../db/repositories/enterprises.ts';
import { grantingEnterprises, organisationNames } from '../../db/repositories/matching.ts';
import { findProduct, parksOfProducts, type ProductRow } from '../../db/repositories/products.ts';
import { isOperator } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { compileProduct } from '../../domain/marketplace/compile.ts';
import { CATEGORY_INDEX, GRADE_INDEX, type EnterpriseFacts } from '../../domain/marketplace/facts.ts';
import { leadsFor, rankProducts, type MatchContext, type RankedMatch, type Ranking } from '../../domain/marketplace/match.ts';
import type { NeedTerms, ProductKind } from '../../domain/marketplace/products.ts';
import { fail } from '../../domain/shared/errors.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { loadRatedFacts } from './facts-store.ts';
import { toMarketProduct, type Market } from './market.ts';
import { gradeBand, gradeOfStep, maskCreditCode, MASKED_NAME } from './masking.ts';
import { presentMatch, type Lang, type MatchItem } from './present-match.ts';
import { marketLprOn } from './lpr-rates.ts';
import { loadParkNames } from './park-names.ts';

export interface Paging {
  page: number;
  pageSize: number;
}

export interface MatchQuery extends Paging {
  kind?: ProductKind;
  eligible?: boolean;
  lang: Lang;
}

const pageSlice = <T>(items: ArrayLike<T>, p: Paging): T[] => Array.prototype.slice.call(items, (p.page - 1) * p.pageSize, p.page * p.pageSize) as T[];

/**
 * The page of a ranking a query asks for: all ranked products, or only the eligible ones (which
 * come first) or only the near-misses, then the page. Only the page's matches are made.
 */
export function rankingPage(ranking: Ranking, query: Paging & { eligible?: boolean }): { page: RankedMatch[]; total: number } {
  const [from, to] = query.eligible === undefined ? [0, ranking.size] : query.eligible ? [0, ranking.eligibleCount] : [ranking.eligibleCount, ranking.size];
  const start = from + (query.page - 1) * query.pageSize;
  return { page: ranking.slice(start, Math.min(to, start + query.pageSize)), total: to - from };
}

/**
 * One page of ranked matches in the acceptance shape: names and explanations (in `lang`) are made
 * for the page only. Shared by the enterprise's matches and a need's matches.
 */
export async function presentMatchPage(
  ctx: ServiceContext,
  page: readonly RankedMatch[],
  facts: EnterpriseFacts,
  context: MatchContext,
  productRows: ReadonlyMap<string, ProductRow>,
  query: { lang: Lang },
  need?: NeedTerms,
): Promise<MatchItem[]> {
  const institutions = await organisationNames(ctx.database.db, page.map((m) => m.product.product.institutionId));
  const inLang = (n: { name: string; nameEn: string | null } | undefined) => (n ? (query.lang === 'en' && n.nameEn ? n.nameEn : n.name) : '');
  const parks = await loadParkNames(ctx.database.db);
  const names = { institution: (id: string) => inLang(institutions.get(id)), product: (id: string) => inLang(productRows.get(id)), parks };
  return page.map((m) => presentMatch(m, facts, context, names, query.lang, need));
}

/** An enterprise's facts as of its latest rating; 409 when it has never been rated. */
export async function ratedFacts(ctx: ServiceContext, enterpriseId: string): Promise<{ facts: EnterpriseFacts; ratedAt: Date }> {
  const found = await loadRatedFacts(ctx.database.db, enterpriseId);
  if (!found) throw fail('match.not_rated');
  return found;
}

/** Every product offered in the enterprise's park, ranked: `GET /enterprises/{creditCode}/matches`. */
export async function matchesForEnterprise(ctx: ServiceContext, market: Market, creditCode: string, query: MatchQuery) {
  const db = ctx.database.db;
  const enterprise = await findEnterpriseByCreditCode(db, creditCode);
  if (!enterprise) throw fail('enterprise.not_found');
  authorize(ctx.actor, 'match.read', { organisationId: enterprise.organisationId, parkId: enterprise.parkId });
  const { facts, ratedAt } = await ratedFacts(ctx, enterprise.organisationId);
  const { products, rows } = await market.products(db, todayOf(ctx));
  const context = market.context();
  const ranking = rankProducts(facts, products, context, undefined, query.kind);
  const { page, total } = rankingPage(ranking, query);
  const items = await presentMatchPage(ctx, page, facts, context, rows, query);
  return { items, total, page: query.page, pageSize: query.pageSize, eligibleCount: ranking.eligibleCount, ratedAt };
}

export interface Lead {
  creditCode: string;
  name: string;
  parkCode: string;
  industryCode: string;
  stage: string;
  grade: string | null;
  score: number;
  granted: boolean;
}

const PARK = CATEGORY_INDEX.get('park')!;
const STAGE = CATEGORY_INDEX.get('stage')!;
const INDUSTRY = CATEGORY_INDEX.get('industry')!;

/** Eligible rated enterprises in the product's approved parks, best fit first: `GET /products/{id}/leads`. */
export async function leadsForProduct(ctx: ServiceContext, market: Market, productId: string, query: Paging): Promise<{ items: Lead[]; total: number } & Paging> {
  const db = ctx.database.db;
  const row = await findProduct(db, productId);
  if (!row) throw fail('product.not_found');
  authorize(ctx.actor, 'lead.read', { organisationId: row.institutionId });
  const parks = (await parksOfProducts(db, [productId])).get(productId) ?? [];
  const compiled = compileProduct(toMarketProduct(row, parks.filter((p) => p.status === 'approved').map((p) => p.parkCode)), await marketLprOn(ctx.database.db, todayOf(ctx)));
  const { table } = await market.facts.get(db);
  const leads = leadsFor(compiled, table, market.context());
  const pageRows = pageSlice(leads.rows, query);
  const pageScores = pageSlice(leads.scores, query);
  const ids = pageRows.map((r) => table.enterpriseIds[r]!);
  const [enterprises, granted] = await Promise.all([findEnterprisesByIds(db, ids), grantingEnterprises(db, [row.institutionId], ids, todayOf(ctx))]);
  const byId = new Map(enterprises.map((e) => [e.organisationId, e]));
  const unmasked = isOperator(ctx.actor);
  const items = pageRows.map((r, i): Lead => {
    const id = table.enterpriseIds[r]!;
    const e = byId.get(id);
    const sees = granted.has(id) || unmasked;
    const grade = gradeOfStep(table.numbers[GRADE_INDEX]![r]!);
    return {
      creditCode: e ? (sees ? e.creditCode : maskCreditCode(e.creditCode)) : '',
      name: e && sees ? e.name : MASKED_NAME,
      parkCode: table.categories[PARK]![r]!,
      industryCode: table.categories[INDUSTRY]![r]!,
      stage: table.categories[STAGE]![r]!,
      grade: sees ? grade : gradeBand(grade),
      score: pageScores[i]!,
      granted: granted.has(id),
    };
  });
  return { items, total: leads.rows.length, page: query.page, pageSize: query.pageSize };
}

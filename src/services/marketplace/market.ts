// The marketplace's engine state for a running server: the ranking configuration, the published
// products compiled (recompiled when any product or park approval changes) and the fact table.
import { and, eq, sql } from 'drizzle-orm';
import type { KejinDb } from '../../db/client.ts';
import { applications, parks, productParks, products } from '../../db/schema/index.ts';
import { compileProduct, type CompiledProduct } from '../../domain/marketplace/compile.ts';
import { lprOn } from '../../domain/marketplace/lpr.ts';
import type { MatchContext } from '../../domain/marketplace/match.ts';
import type { LoanType, MarketProduct, ProductKind, ProductPreferences, ProductTerms } from '../../domain/marketplace/products.ts';
import { approvalRates, noApprovalHistory, normaliseWeights, type ApprovalRates, type RankingWeights } from '../../domain/marketplace/ranking.ts';
import { CalendarStore } from '../workflow/calendar-store.ts';
import { decisionCounts } from '../workflow/decisions.ts';
import type { EligibilityRule } from '../../domain/marketplace/rules.ts';
import { FactTableCache } from './facts-store.ts';

export type ProductRow = typeof products.$inferSelect;

/** terms jsonb: everything in ProductTerms except the columns (amounts, term range, turnaround). */
export type StoredTerms = Pick<ProductTerms, 'rate' | 'feeRate' | 'coverRatio' | 'repaymentMethods' | 'security' | 'eligibleLoanTypes'>;

export function toMarketProduct(row: ProductRow, parkCodes: string[]): MarketProduct {
  const stored = row.terms as StoredTerms;
  return {
    id: row.id,
    institutionId: row.institutionId,
    kind: row.kind as ProductKind,
    loanType: row.loanType as LoanType | null,
    terms: {
      ...stored,
      amountMinFen: row.amountMinFen,
      amountMaxFen: row.amountMaxFen,
      termMinMonths: row.termMinMonths,
      termMaxMonths: row.termMaxMonths,
      turnaroundDays: row.turnaroundDays,
    },
    preferences: row.preferences as ProductPreferences,
    rules: row.rules as EligibilityRule[],
    parks: parkCodes,
  };
}

/** Published products with the parks that approved them. */
export async function loadPublishedProducts(db: KejinDb): Promise<{ product: MarketProduct; row: ProductRow }[]> {
  const rows = await db
    .select({ product: products, parkCode: parks.code })
    .from(products)
    .innerJoin(productParks, and(eq(productParks.productId, products.id), eq(productParks.status, 'approved')))
    .innerJoin(parks, eq(parks.id, productParks.parkId))
    .where(eq(products.status, 'published'))
    .orderBy(products.id);
  const byId = new Map<string, { row: ProductRow; parks: string[] }>();
  for (const r of rows) {
    const entry = byId.get(r.product.id) ?? { row: r.product, parks: [] };
    entry.parks.push(r.parkCode);
    byId.set(r.product.id, entry);
  }
  return [...byId.values()].map(({ row, parks: codes }) => ({ row, product: toMarketProduct(row, codes) }));
}

export interface MarketSettings {
  weights: RankingWeights;
  topN: number;
}

/**
 * What changes the engine's state, in one round trip (every matching request asks): products and
 * their park approvals, and recorded decisions (the approval rates).
 */
async function changeStamps(db: KejinDb): Promise<{ products: string; decisions: string }> {
  const result = await db.execute(sql`select
    (select count(*) from ${products}) as products, (select max(${products.updatedAt}) from ${products}) as updated,
    (select count(*) from ${productParks}) as parks, (select max(${productParks.decidedAt}) from ${productParks}) as decided,
    (select max(${productParks.requestedAt}) from ${productParks}) as requested,
    (select count(*) from ${applications} where ${applications.decidedAt} is not null) as decisions,
    (select max(${applications.decidedAt}) from ${applications}) as latest`);
  const [row] = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const text = (k: string) => String(row?.[k] ?? '');
  return { products: ['products', 'updated', 'parks', 'decided', 'requested'].map(text).join(':'), decisions: `${text('decisions')}/${text('latest')}` };
}

export class Market {
  readonly facts = new FactTableCache();
  private productsKey = '';
  private compiled: { products: CompiledProduct[]; rows: Map<string, ProductRow> } | null = null;
  private approval: ApprovalRates = noApprovalHistory;
  private decisionsKey = '';

  /** `calendars`: the working days needs' dates are counted in (the server shares its store). */
  constructor(
    readonly settings: MarketSettings,
    readonly calendars: CalendarStore = new CalendarStore(),
  ) {}

  /** Ranking context. Approval rates come from decisions once the workflow records them. */
  context(approval: ApprovalRates = this.approval): MatchContext {
    return { weights: normaliseWeights(this.settings.weights), approval };
  }

  /** Published, approved products compiled with the LPR of `today` (and the approval rates brought up to date). */
  async products(db: KejinDb, today: string): Promise<{ products: CompiledProduct[]; rows: Map<string, ProductRow> }> {
    const stamps = await changeStamps(db);
    await this.refreshApproval(db, stamps.decisions);
    const key = `${stamps.products}:${today}`;
    if (key !== this.productsKey || !this.compiled) {
      const lpr = lprOn(today);
      const loaded = await loadPublishedProducts(db);
      this.compiled = { products: loaded.map((l) => compileProduct(l.product, lpr)), rows: new Map(loaded.map((l) => [l.row.id, l.row])) };
      this.productsKey = key;
    }
    return this.compiled;
  }

  /** Approval rates from the institutions' recorded decisions, reloaded when a decision is made. */
  private async refreshApproval(db: KejinDb, key: string): Promise<void> {
    if (key === this.decisionsKey) return;
    const counts = await decisionCounts(db);
    this.approval = counts.length ? approvalRates(counts) : noApprovalHistory;
    this.decisionsKey = key;
  }
}

// The marketplace's engine state for a running server: the ranking configuration, the published
// products compiled (recompiled when any product or park approval changes) and the fact table.
import type { Executor, KejinDb } from '../../db/client.ts';
import { decisionsByGrade, marketChangeStamps, publishedProductsInParks } from '../../db/repositories/market.ts';
import type { ProductRow } from '../../db/repositories/products.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { compileProduct, type CompiledProduct } from '../../domain/marketplace/compile.ts';
import { gradeStep, NUMERIC_FACTS } from '../../domain/marketplace/facts.ts';
import type { MatchContext } from '../../domain/marketplace/match.ts';
import type { LoanType, MarketProduct, ProductKind, ProductPreferences, ProductTerms } from '../../domain/marketplace/products.ts';
import { approvalRates, bandOfStep, noApprovalHistory, normaliseWeights, type ApprovalRates, type DecisionCounts, type RankingWeights } from '../../domain/marketplace/ranking.ts';
import type { EligibilityRule } from '../../domain/marketplace/rules.ts';
import { FactTableCache } from './facts-store.ts';
import { marketLprOn } from './lpr-rates.ts';

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
  const rows = await publishedProductsInParks(db);
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

/** The institutions' observed decisions by grade band: what the ranking's approval component learns from. */
async function decisionCounts(db: KejinDb): Promise<DecisionCounts[]> {
  const rows = await decisionsByGrade(db);
  return rows.map((r) => ({ institutionId: r.institutionId, band: bandOfStep(gradeStep(NUMERIC_FACTS[0]!, r.grade)), decided: r.decided, approved: r.approved }));
}

/** Where the working-day calendar comes from (the server's CalendarStore, shared with the workflow). */
export interface WorkingDays {
  get(db: Executor): Promise<WorkingCalendar>;
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
    readonly calendars: WorkingDays,
  ) {}

  /** Ranking context. Approval rates come from decisions once the workflow records them. */
  context(approval: ApprovalRates = this.approval): MatchContext {
    return { weights: normaliseWeights(this.settings.weights), approval };
  }

  /** Published, approved products compiled with the LPR of `today` (and the approval rates brought up to date). */
  async products(db: KejinDb, today: string): Promise<{ products: CompiledProduct[]; rows: Map<string, ProductRow> }> {
    const stamps = await marketChangeStamps(db);
    await this.refreshApproval(db, stamps.decisions);
    const key = `${stamps.products}:${today}`;
    if (key !== this.productsKey || !this.compiled) {
      const lpr = await marketLprOn(db, today);
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

// Which needs an institution sees. Its inbox: active needs in parks where it has a published product
// approved, for which at least one of its products of the need's kind would be eligible (amount,
// term and security included); with `all`, every active need in those parks. It always sees the
// needs it has taken up.
import type { NeedWithEnterprise } from '../../db/repositories/needs.ts';
import { parkIdsOf } from '../../db/repositories/needs.ts';
import type { CompiledProduct } from '../../domain/marketplace/compile.ts';
import type { EnterpriseFacts } from '../../domain/marketplace/facts.ts';
import { rankProducts, type MatchContext } from '../../domain/marketplace/match.ts';
import { mayAttempt, refusalOf, type Action } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import type { Market } from './market.ts';
import { needTermsOf } from './needs-terms.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';

export interface InstitutionScope {
  institutionIds: string[];
  /** The institutions' published products, each approved in at least one park. */
  products: CompiledProduct[];
  /** Parks where at least one of them is approved. */
  parkIds: string[];
}

/** The role-level check, before the resource is known (the scope is checked with `authorize` once it is). */
export function attempt(actor: Actor, action: Action): void {
  const decision = mayAttempt(actor, action);
  if (!decision.allowed) throw refusalOf(decision);
}


export async function institutionScope(ctx: ServiceContext, market: Market, institutionIds: string[]): Promise<InstitutionScope> {
  if (!institutionIds.length) return { institutionIds, products: [], parkIds: [] };
  const { products } = await market.products(ctx.database.db, todayOf(ctx));
  const own = products.filter((p) => institutionIds.includes(p.product.institutionId));
  const codes = new Set(own.flatMap((p) => [...p.parks]));
  return { institutionIds, products: own, parkIds: await parkIdsOf(ctx.database.db, [...codes]) };
}

/** Whether any of the products (of the need's kind, offered in the enterprise's park) is eligible for the need. */
export function eligibleForAny(need: NeedWithEnterprise, facts: EnterpriseFacts, products: readonly CompiledProduct[], ctx: MatchContext, today: string, calendar: WorkingCalendar): boolean {
  if (!products.some((p) => p.product.kind === need.kind)) return false;
  return rankProducts(facts, products, ctx, needTermsOf(need, today, calendar)).eligibleCount > 0;
}

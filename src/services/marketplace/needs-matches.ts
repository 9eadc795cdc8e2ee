// The products that could answer a need: those of its kind offered in the enterprise's park, ranked
// with the need's amount, term and security as extra requirements (unmet items need.amount,
// need.term, need.security), eligible ones first.
import { findNeed } from '../../db/repositories/needs.ts';
import type { PageRequest } from '../../db/paging.ts';
import { authorize } from '../../domain/access/policy.ts';
import { rankProducts } from '../../domain/marketplace/match.ts';
import { presentMatchPage, rankingPage, ratedFacts } from './matching.ts';
import { fail } from '../../domain/shared/errors.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import type { Market } from './market.ts';
import { needTermsOf } from './needs-terms.ts';
import { attempt } from './needs-scope.ts';
import type { Lang, MatchItem } from './present-match.ts';

export interface NeedMatches {
  items: MatchItem[];
  total: number;
  page: number;
  pageSize: number;
  eligibleCount: number;
  ratedAt: Date;
}

export async function needMatches(ctx: ServiceContext, market: Market, id: string, query: PageRequest & { eligible?: boolean; lang: Lang }): Promise<NeedMatches> {
  attempt(ctx.actor, 'match.read');
  const db = ctx.database.db;
  const need = await findNeed(db, id);
  if (!need) throw fail('need.not_found');
  authorize(ctx.actor, 'match.read', { organisationId: need.enterpriseId, parkId: need.parkId });
  const { facts, ratedAt } = await ratedFacts(ctx, need.enterpriseId);
  const today = todayOf(ctx);
  const { products, rows } = await market.products(db, today);
  const matchCtx = market.context();
  const terms = needTermsOf(need, today, await market.calendars.get(db));
  const ranking = rankProducts(facts, products, matchCtx, terms);
  const { page: pageOf, total } = rankingPage(ranking, query);
  return {
    items: await presentMatchPage(ctx, pageOf, facts, matchCtx, rows, query, terms),
    total,
    page: query.page,
    pageSize: query.pageSize,
    eligibleCount: ranking.eligibleCount,
    ratedAt,
  };
}

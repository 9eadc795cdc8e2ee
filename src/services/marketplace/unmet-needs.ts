// What a park's open needs lack: those no offered product is eligible for, counted by industry
// (GB/T 4754 section letter and division, e.g. I65) and stage, so the park can court institutions.
import { allNeeds } from '../../db/repositories/needs.ts';
import { findParkByCode } from '../../db/repositories/parks.ts';
import { authorize } from '../../domain/access/policy.ts';
import { CATEGORY_INDEX } from '../../domain/marketplace/facts.ts';
import { rankProducts } from '../../domain/marketplace/match.ts';
import { fail } from '../../domain/shared/errors.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import type { Market } from './market.ts';

import { factsOfNeeds, needTermsOf } from './needs-terms.ts';
import { viewNeeds, type NeedView } from './needs-view.ts';

export const UNMET_ITEMS = 50;
const STAGE = CATEGORY_INDEX.get('stage')!;

export interface UnmetGroup {
  count: number;
  amountFen: bigint;
}

export interface UnmetNeeds {
  total: number;
  openNeeds: number;
  byIndustry: ({ industryCode: string } & UnmetGroup)[];
  byStage: ({ stage: string } & UnmetGroup)[];
  items: NeedView[];
}

/** "I6510" → "I65": the section letter and the division. */
export const industryDivision = (code: string) => code.slice(0, 3);

function grouped<K extends string>(entries: { key: string; amountFen: bigint }[], name: K): ({ [P in K]: string } & UnmetGroup)[] {
  const groups = new Map<string, UnmetGroup>();
  for (const e of entries) {
    const g = groups.get(e.key) ?? { count: 0, amountFen: 0n };
    g.count++;
    g.amountFen += e.amountFen;
    groups.set(e.key, g);
  }
  return [...groups]
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1))
    .map(([key, g]) => ({ [name]: key, ...g }) as { [P in K]: string } & UnmetGroup);
}

export async function unmetNeeds(ctx: ServiceContext, market: Market, parkCode: string): Promise<UnmetNeeds> {
  authorize(ctx.actor, 'marketplace.stats');
  const db = ctx.database.db;
  const park = await findParkByCode(db, parkCode);
  if (!park) throw fail('park.not_found');
  authorize(ctx.actor, 'marketplace.stats', { parkId: park.id });
  const today = todayOf(ctx);
  const open = await allNeeds(db, { parkIds: [park.id], statuses: ['open'] });
  const [facts, calendar] = await Promise.all([factsOfNeeds(db, open), market.calendars.get(db)]);
  const { products } = await market.products(db, today);
  const matchCtx = market.context();
  const unmet = open.filter((n) => rankProducts(facts.get(n.enterpriseId)!, products, matchCtx, needTermsOf(n, today, calendar)).eligibleCount === 0);
  const stageOf = (enterpriseId: string) => facts.get(enterpriseId)!.categories[STAGE] || 'unknown';
  return {
    total: unmet.length,
    openNeeds: open.length,
    byIndustry: grouped(unmet.map((n) => ({ key: industryDivision(n.industryCode), amountFen: n.amountFen })), 'industryCode'),
    byStage: grouped(unmet.map((n) => ({ key: stageOf(n.enterpriseId), amountFen: n.amountFen })), 'stage'),
    items: await viewNeeds(db, ctx.actor, unmet.slice(0, UNMET_ITEMS), today, facts),
  };
}

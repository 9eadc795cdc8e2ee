// A product's page for an enterprise: every eligibility rule met or unmet by the enterprise's facts
// as of its latest rating, with advice for the unmet ones, and whether the product is offered in the
// enterprise's park (published and approved there), which together say whether it can apply.
import { fail } from '../../domain/shared/errors.ts';
import { findEnterpriseByCreditCode } from '../../db/repositories/enterprises.ts';
import { authorize } from '../../domain/access/policy.ts';
import { explainFit } from '../../domain/marketplace/explain-fit.ts';
import type { EligibilityRule } from '../../domain/marketplace/rules.ts';
import type { ServiceContext } from '../shared/context.ts';
import { loadRatedFacts } from './facts-store.ts';
import { say, type Lang } from './present-match.ts';
import { loadParkNames } from './park-names.ts';
import { getProduct } from './products.ts';

export async function productFit(ctx: ServiceContext, creditCode: string, productId: string, lang: Lang) {
  const db = ctx.database.db;
  const enterprise = await findEnterpriseByCreditCode(db, creditCode);
  if (!enterprise) throw fail('enterprise.not_found');
  authorize(ctx.actor, 'match.read', { organisationId: enterprise.organisationId, parkId: enterprise.parkId });
  const { row, parks } = await getProduct(ctx, productId);
  const offeredInPark = row.status === 'published' && parks.some((p) => p.parkId === enterprise.parkId && p.status === 'approved');
  const rated = await loadRatedFacts(db, enterprise.organisationId);
  if (!rated) return { productId, rated: false, ratedAt: null, offeredInPark, rulesMet: false, eligible: false, rules: [] };
  const fit = explainFit(row.rules as EligibilityRule[], rated.facts, await loadParkNames(db));
  const rules = fit.rules.map((r) => ({
    rule: r.rule,
    fact: r.fact,
    name: say(r.name, lang),
    met: r.met,
    actual: r.actual ? say(r.actual, lang) : null,
    required: say(r.required, lang),
    advice: r.advice ? say(r.advice, lang) : null,
  }));
  return { productId, rated: true, ratedAt: rated.ratedAt, offeredInPark, rulesMet: fit.eligible, eligible: fit.eligible && offeredInPark, rules };
}

// An enterprise's STAR Market readiness: who may read it (src/domain/access/star-access.ts), the
// rules in force from the stored versions, the profile, and the pure evaluation.
import { loadProfileRows } from '../../db/repositories/profile.ts';
import { starReadinessAccess } from '../../domain/access/star-access.ts';
import { evaluateStarReadiness, type StarReadiness, type StarRuleSet } from '../../domain/equity/star/index.ts';
import { fail } from '../../domain/shared/errors.ts';
import type { EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import { starRuleSetInForceToday } from '../profile/rule-sets.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { logReads, openProfile } from '../shared/open-profile.ts';
import { toDomainProfile } from '../shared/to-domain-profile.ts';

export interface StarReadinessView {
  enterprise: EnterpriseWithPark;
  ruleSet: StarRuleSet;
  readiness: StarReadiness;
  /** The business date it was evaluated on. */
  asOf: string;
}

/** `marketValueFen`: the expected market value the user typed, in place of the last round's valuation. */
export async function readStarReadiness(ctx: ServiceContext, creditCode: string, marketValueFen: bigint | null = null): Promise<StarReadinessView> {
  const opened = await openProfile(ctx, creditCode);
  const access = starReadinessAccess(ctx.actor, opened.access);
  const today = todayOf(ctx);
  const ruleSet = await starRuleSetInForceToday(ctx.database.db, today);
  if (!ruleSet) throw fail('star.no_rule_set');
  const rows = await loadProfileRows(ctx.database.db, opened.enterprise.organisationId);
  await logReads(ctx, opened, access.logged);
  const readiness = evaluateStarReadiness(ruleSet, toDomainProfile(opened.enterprise, rows), today, marketValueFen);
  return { enterprise: opened.enterprise, ruleSet, readiness, asOf: today };
}

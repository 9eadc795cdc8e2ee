// Rule sets live in the database as versioned data: the criteria (tech-based SME, HNTE) and the
// STAR Market readiness rules. The built-in versions are installed on start when missing;
// evaluation reads what the database holds, validated on load.
import type { Database, Executor } from '../../db/client.ts';
import { activeRuleSetRows, findRuleSet, insertRuleSet } from '../../db/repositories/rule-sets.ts';
import { CRITERIA_RULE_SETS, parseRuleSet, ruleSetInForce, type RuleSet } from '../../domain/profile/criteria/index.ts';
import { parseStarRuleSet, STAR_RULE_SET_CODE, STAR_RULE_SETS, starRuleSetInForce, type StarRuleSet } from '../../domain/equity/star/index.ts';
import { authorize } from '../../domain/access/policy.ts';
import { fail } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';

const BUILT_IN: readonly (RuleSet | StarRuleSet)[] = [...CRITERIA_RULE_SETS, ...STAR_RULE_SETS];

export async function installBuiltInRuleSets(database: Database): Promise<number> {
  let installed = 0;
  for (const ruleSet of BUILT_IN) {
    if (await findRuleSet(database.db, ruleSet.code, ruleSet.version)) continue;
    if (await insertRuleSet(database.db, { id: newId(), code: ruleSet.code, version: ruleSet.version, effectiveFrom: ruleSet.effectiveFrom, definition: ruleSet })) installed++;
  }
  return installed;
}

/** The version of each criteria code in force today, from the stored rule sets (the STAR rules are no criteria). */
export async function ruleSetsInForce(db: Executor, today: string): Promise<RuleSet[]> {
  const stored = (await activeRuleSetRows(db)).filter((row) => row.code !== STAR_RULE_SET_CODE).map((row) => parseRuleSet(row.definition));
  const codes = [...new Set(stored.map((r) => r.code))];
  return codes.map((code) => ruleSetInForce(code, today, stored)).filter((r): r is RuleSet => r !== undefined);
}

/** The STAR Market rules in force today, from the stored versions. */
export async function starRuleSetInForceToday(db: Executor, today: string): Promise<StarRuleSet | undefined> {
  const stored = (await activeRuleSetRows(db)).filter((row) => row.code === STAR_RULE_SET_CODE).map((row) => parseStarRuleSet(row.definition));
  return starRuleSetInForce(stored, today);
}

/**
 * An operator's new version of a rule set (a criteria set or the STAR Market rules), validated as
 * its kind is on load, stored beside the others and audited; a version already there is refused.
 */
export async function loadRuleSet(ctx: ServiceContext, definition: unknown): Promise<{ id: string; code: string; version: string }> {
  authorize(ctx.actor, 'rule_set.manage');
  const code = typeof definition === 'object' && definition !== null ? (definition as { code?: unknown }).code : undefined;
  const ruleSet = code === STAR_RULE_SET_CODE ? parseStarRuleSet(definition) : parseRuleSet(definition);
  return mutate(ctx, async (tx) => {
    if (await findRuleSet(tx, ruleSet.code, ruleSet.version)) throw fail('rule_set.version_exists', { code: ruleSet.code, version: ruleSet.version });
    const id = newId();
    await insertRuleSet(tx, { id, code: ruleSet.code, version: ruleSet.version, effectiveFrom: ruleSet.effectiveFrom, definition: ruleSet, createdBy: ctx.actor.userId });
    return { result: { id, code: ruleSet.code, version: ruleSet.version }, audit: { action: 'rule_set.load', targetType: 'rule_set', targetId: id, details: { code: ruleSet.code, version: ruleSet.version, effectiveFrom: ruleSet.effectiveFrom } } };
  });
}

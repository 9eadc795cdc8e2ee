// Criteria rule sets live in the database as versioned data. The built-in national versions are
// installed on start when missing; evaluation reads what the database holds, validated on load.
import type { Database, Executor } from '../../db/client.ts';
import { activeRuleSetRows, findRuleSet, insertRuleSet } from '../../db/repositories/rule-sets.ts';
import { CRITERIA_RULE_SETS, parseRuleSet, ruleSetInForce, type RuleSet } from '../../domain/profile/criteria/index.ts';
import { newId } from '../shared/ids.ts';

export async function installBuiltInRuleSets(database: Database): Promise<number> {
  let installed = 0;
  for (const ruleSet of CRITERIA_RULE_SETS) {
    if (await findRuleSet(database.db, ruleSet.code, ruleSet.version)) continue;
    if (await insertRuleSet(database.db, { id: newId(), code: ruleSet.code, version: ruleSet.version, effectiveFrom: ruleSet.effectiveFrom, definition: ruleSet })) installed++;
  }
  return installed;
}

/** The version of each criteria code in force today, from the stored rule sets. */
export async function ruleSetsInForce(db: Executor, today: string): Promise<RuleSet[]> {
  const stored = (await activeRuleSetRows(db)).map((row) => parseRuleSet(row.definition));
  const codes = [...new Set(stored.map((r) => r.code))];
  return codes.map((code) => ruleSetInForce(code, today, stored)).filter((r): r is RuleSet => r !== undefined);
}

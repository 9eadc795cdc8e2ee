// Rule sets as stored data: the built-ins install once, and an operator's new STAR version is
// validated, stored, audited and then in force from its date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { STAR_2024 } from '../../domain/equity/star/index.ts';
import { systemContext } from '../shared/context.ts';
import { installBuiltInRuleSets, loadRuleSet, ruleSetsInForce, starRuleSetInForceToday } from './rule-sets.ts';

describe('stored rule sets', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
    await installBuiltInRuleSets(database);
  }, 120_000);
  afterAll(() => database?.drop());

  const codeOf = async (work: Promise<unknown>) => work.then(() => 'ok', (error: { code?: string }) => error.code);

  it('keeps the STAR rules out of the criteria and in force from 2024-04-30', async () => {
    expect((await ruleSetsInForce(database.db, '2025-06-30')).map((r) => r.code).sort()).toEqual(['hnte', 'tech_sme']);
    expect((await starRuleSetInForceToday(database.db, '2025-06-30'))?.version).toBe('2024-04');
    expect(await starRuleSetInForceToday(database.db, '2024-04-29')).toBeUndefined();
  });

  it('loads an operator’s new version, in force from its date, and refuses it twice or broken', async () => {
    const ctx = systemContext({ database });
    const next = { ...STAR_2024, version: '2026-01', effectiveFrom: '2026-01-01', attributes: { ...STAR_2024.attributes, inventionPatents: 8 } };
    expect(await loadRuleSet(ctx, next)).toMatchObject({ code: 'star_market', version: '2026-01' });
    expect((await starRuleSetInForceToday(database.db, '2025-12-31'))?.version).toBe('2024-04');
    expect((await starRuleSetInForceToday(database.db, '2026-01-01'))?.attributes.inventionPatents).toBe(8);
    expect(await codeOf(loadRuleSet(ctx, next))).toBe('rule_set.version_exists');
    expect(await codeOf(loadRuleSet(ctx, { ...next, version: '2026-02', attributes: { ...next.attributes, rdStaffShare: 0.1 } }))).toBe('rule_set.not_decimal');
    const parkAdmin = { ...ctx, actor: { kind: 'user' as const, userId: null, email: 'a@x', memberships: [{ role: 'park_admin' as const, organisationId: 'o', organisationType: 'park_operator', parkId: 'p' }] } };
    expect(await codeOf(loadRuleSet(parkAdmin, { ...next, version: '2026-03' }))).toBe('access.role_may_not');
  });
});

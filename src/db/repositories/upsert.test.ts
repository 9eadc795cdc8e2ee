import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { seedDemo } from '../../services/demo/seed-demo.ts';
import { enterprises } from '../schema/index.ts';
import { loadProfileRows, upsertFinancials, type FinancialRow } from './profile.ts';

describe('idempotent upsert', () => {
  let database: TestDatabase;
  let row: FinancialRow;
  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemo(database, { seed: 5, enterprises: 3, now: new Date(), withAccounts: false, withProfiles: false });
    const [ent] = await database.db.select().from(enterprises).limit(1);
    row = {
      parkId: ent!.parkId,
      enterpriseId: ent!.organisationId,
      year: 2025,
      revenueFen: 12_345_678_900n,
      netProfitFen: -1_000_000n,
      totalAssetsFen: null,
      source: 'import',
      sourceDate: '2026-03-31',
      updatedBy: null,
    };
  });
  afterAll(() => database?.drop());

  it('inserts, leaves identical rows untouched, and updates changed ones', async () => {
    expect(await upsertFinancials(database.db, [row])).toBe(1);
    const before = (await loadProfileRows(database.db, row.enterpriseId)).financials[0]!;
    expect(await upsertFinancials(database.db, [{ ...row, sourceDate: '2026-04-01' }])).toBe(0);
    const same = (await loadProfileRows(database.db, row.enterpriseId)).financials[0]!;
    expect(same.updatedAt).toEqual(before.updatedAt);
    expect(same.sourceDate).toBe('2026-03-31');
    expect(await upsertFinancials(database.db, [{ ...row, totalAssetsFen: 5n }])).toBe(1);
    const changed = (await loadProfileRows(database.db, row.enterpriseId)).financials[0]!;
    expect(changed.totalAssetsFen).toBe(5n);
    expect(changed.netProfitFen).toBe(-1_000_000n);
  });
});

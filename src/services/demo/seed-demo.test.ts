import { and, asc, eq, sql } from 'drizzle-orm';
import { enterprises } from '../../db/schema/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { refreshCompleteness } from '../profile/completeness.ts';
import { seedDemo } from './seed-demo.ts';

describe('seedDemo', () => {
  let database: TestDatabase;
  const now = new Date('2026-11-21T08:00:00Z');
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.drop());

  const completeness = async () =>
    database.db.select({ id: enterprises.organisationId, completeness: enterprises.completeness }).from(enterprises).orderBy(asc(enterprises.organisationId));

  it('stores the completeness the profile tables give, without reading them back while seeding', async () => {
    const result = await seedDemo(database, { seed: 8, enterprises: 40, now, withAccounts: false });
    expect(result.enterprises).toBe(40);
    const seeded = await completeness();
    expect(new Set(seeded.map((r) => r.completeness)).size).toBeGreaterThan(3);
    await refreshCompleteness(database.db, seeded.map((r) => r.id), '2026-11-21');
    expect(await completeness()).toEqual(seeded);
  });

  it('leaves planner statistics for the profile tables (PGlite runs no autovacuum)', async () => {
    const stats = sql`pg_stats`;
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(stats)
      .where(and(sql`schemaname = current_schema()`, eq(sql`tablename`, 'people_months'), eq(sql`attname`, 'enterprise_id')));
    expect(row!.n).toBe(1);
  });

  it('refuses to seed a database that holds data', async () => {
    await expect(seedDemo(database, { seed: 8, enterprises: 2, now, withAccounts: false })).rejects.toThrow(/already holds data/);
  });
});

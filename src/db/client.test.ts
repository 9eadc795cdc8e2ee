// The same SQL must give the same JS types on PGlite and on PostgreSQL.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/database.ts';
import { freshCreditCode } from '../../test/codes.ts';
import { migrate, rowsOf } from './migrate.ts';
import { enterprises, organisations, parks } from './schema/index.ts';

describe('database client', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.drop());

  it('applies each migration once', async () => {
    const again = await migrate(database, { schema: database.schema });
    expect(again.applied).toEqual([]);
    expect(again.total).toBeGreaterThan(0);
  });

  it('returns bigint for int8, string for date and numeric, Date for timestamptz', async () => {
    const parkId = crypto.randomUUID();
    const orgId = crypto.randomUUID();
    const big = 9_007_199_254_740_993n; // 2^53 + 1: a lossy number would round it
    await database.db.insert(parks).values({ id: parkId, code: 'types', name: '类型园区', nameEn: 'Types Park', regionCode: '310115' });
    await database.db.insert(organisations).values({ id: orgId, type: 'enterprise', name: '类型企业', parkId });
    await database.db.insert(enterprises).values({
      organisationId: orgId,
      parkId,
      creditCode: freshCreditCode(),
      name: '类型企业',
      industryCode: 'I6513',
      regionCode: '310115',
      foundedOn: '2020-02-29',
      registeredCapitalFen: big,
      employees: 5,
      legalRepresentative: '李四',
      address: '张江路1号',
    });
    const [row] = await database.db.select().from(enterprises).where(eq(enterprises.organisationId, orgId));
    expect(row!.registeredCapitalFen).toBe(big);
    expect(row!.foundedOn).toBe('2020-02-29');
    expect(row!.createdAt).toBeInstanceOf(Date);

    const raw = rowsOf<{ n: bigint; rate: string; d: unknown; t: unknown }>(
      await database.db.execute(sql`SELECT ${sql.raw(String(big))}::int8 AS n, 0.0435::numeric AS rate, now() AS t`),
    )[0]!;
    expect(raw.n).toBe(big);
    expect(raw.rate).toBe('0.0435');
  });

  it('rolls back a failed transaction completely', async () => {
    const id = crypto.randomUUID();
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(parks).values({ id, code: 'rollback', name: '回滚', nameEn: 'Rollback', regionCode: '310115' });
        await tx.insert(parks).values({ id, code: 'rollback2', name: '回滚', nameEn: 'Rollback', regionCode: '310115' });
      }),
    ).rejects.toThrow();
    expect(await database.db.select().from(parks).where(eq(parks.id, id))).toEqual([]);
  });

  it('reports its pool and answers a ping', async () => {
    await database.ping();
    expect(database.poolStats().total).toBeGreaterThanOrEqual(0);
  });
});

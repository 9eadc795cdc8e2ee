import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { enterprises, needs, needTakeUps, notifications, organisations, parks, productParks, products, productVersions, users } from '../../db/schema/index.ts';
import { generateDemoData } from '../../domain/demo/index.ts';
import { demoFirmView } from '../../domain/demo/marketplace.ts';
import { matchEnterprise } from '../../domain/marketplace/match.ts';
import { DEFAULT_RANKING_WEIGHTS } from '../../domain/marketplace/ranking.ts';
import { loadFacts } from '../marketplace/facts-store.ts';
import { Market } from '../marketplace/market.ts';
import { installExpertModel, scoreEnterprises } from '../rating/score-enterprises.ts';
import { CalendarStore } from '../workflow/calendar-store.ts';
import { seedDemo } from './seed-demo.ts';

describe('seedDemo: the marketplace', () => {
  let database: TestDatabase;
  const now = new Date('2026-11-21T08:00:00Z');
  const today = '2026-11-21';
  const SEED = 11;
  const ENTERPRISES = 150;
  beforeAll(async () => {
    database = await openTestDatabase();
    await installExpertModel(database);
    await seedDemo(database, { seed: SEED, enterprises: ENTERPRISES, now, withAccounts: true });
    await scoreEnterprises(database, { now });
  });
  afterAll(async () => database?.drop());

  const userId = async (email: string) => (await database.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  const organisationId = async (name: string) => (await database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)))[0]!.id;
  const demoBank = () => organisationId('科金示范银行');
  const demoEnterprise = async () => (await database.db.select({ id: enterprises.organisationId }).from(enterprises).where(eq(enterprises.name, '上海科金示范智能科技有限公司')))[0]!.id;

  it('stores every product with its first version and at least one park request, never after now', async () => {
    const rows = await database.db.select().from(products);
    expect(rows.length).toBeGreaterThan(50);
    const versions = await database.db.select().from(productVersions);
    expect(versions.map((v) => v.productId).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(versions.every((v) => v.version === 1)).toBe(true);
    const requests = await database.db.select().from(productParks);
    expect(new Set(requests.map((r) => r.productId)).size).toBe(rows.length);
    for (const r of rows) expect(r.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
    for (const r of requests) if (r.decidedAt) expect(r.decidedAt.getTime()).toBeGreaterThanOrEqual(r.requestedAt.getTime() - 1);
  });

  it('gives the demo bank published products approved in Zhangjiang and one waiting for its administrator', async () => {
    const bank = await demoBank();
    const inZhangjiang = (status: string) =>
      database.db
        .select({ n: count() })
        .from(products)
        .innerJoin(productParks, eq(productParks.productId, products.id))
        .innerJoin(parks, eq(parks.id, productParks.parkId))
        .where(and(eq(products.institutionId, bank), eq(products.status, 'published'), eq(parks.code, 'zhangjiang'), eq(productParks.status, status)));
    expect((await inZhangjiang('approved'))[0]!.n).toBeGreaterThanOrEqual(3);
    expect((await inZhangjiang('pending'))[0]!.n).toBeGreaterThanOrEqual(1);
    const decided = await database.db
      .select({ by: productParks.decidedBy })
      .from(productParks)
      .innerJoin(parks, eq(parks.id, productParks.parkId))
      .where(and(eq(parks.code, 'zhangjiang'), eq(productParks.status, 'approved')));
    expect(new Set(decided.map((d) => d.by))).toEqual(new Set([await userId('admin@zhangjiang.kejin.demo')]));
    const notices = await database.db.select().from(notifications).where(eq(notifications.organisationId, await organisationId('张江科学城管理委员会')));
    expect(notices.some((n) => n.kind === 'product.pending' && n.titleZh.startsWith('科金示范银行申请') && n.readAt === null)).toBe(true);
  });

  it('gives the demo enterprise one open need, posted by its owner', async () => {
    const own = await database.db.select().from(needs).where(eq(needs.enterpriseId, await demoEnterprise()));
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ status: 'open', kind: 'loan', createdBy: await userId('owner@enterprise.kejin.demo') });
  });

  it('stores needs of real enterprises in their park, and take-ups by institutions on taken-up needs', async () => {
    const rows = await database.db.select({ need: needs, park: enterprises.parkId }).from(needs).innerJoin(enterprises, eq(enterprises.organisationId, needs.enterpriseId));
    expect(rows.length).toBe((await database.db.select({ n: count() }).from(needs))[0]!.n);
    expect(rows.length).toBeGreaterThan(ENTERPRISES * 0.03);
    for (const r of rows) expect(r.need.parkId).toBe(r.park);
    const takeUps = await database.db.select({ needStatus: needs.status, productInstitution: products.institutionId, institution: needTakeUps.institutionId }).from(needTakeUps).innerJoin(needs, eq(needs.id, needTakeUps.needId)).innerJoin(products, eq(products.id, needTakeUps.productId));
    for (const t of takeUps) {
      expect(t.needStatus).toBe('taken_up');
      expect(t.productInstitution).toBe(t.institution);
    }
    const told = await database.db.select({ n: count() }).from(notifications).where(eq(notifications.kind, 'need.taken_up'));
    expect(told[0]!.n).toBe(takeUps.length);
  });

  it('rates the demo enterprise as the generator saw it: eligible for some demo-bank loans, one rule short of others', async () => {
    const id = await demoEnterprise();
    const facts = (await loadFacts(database.db, [id])).get(id)!;
    const data = generateDemoData({ seed: SEED, enterprises: 1, today });
    const expected = demoFirmView(data.enterprises[0]!, { seed: SEED, today }).facts;
    expect([...facts.numbers]).toEqual([...expected.numbers]);
    expect(facts.categories).toEqual(expected.categories);

    const market = new Market({ weights: DEFAULT_RANKING_WEIGHTS, topN: 10 }, new CalendarStore());
    const { products: live } = await market.products(database.db, today);
    const bank = await demoBank();
    const matches = matchEnterprise(facts, live, market.context()).filter((m) => m.product.product.institutionId === bank);
    expect(matches.filter((m) => m.eligible).length).toBeGreaterThanOrEqual(3);
    expect(matches.filter((m) => !m.eligible && m.failed.length === 1).length).toBeGreaterThanOrEqual(1);
  });
});

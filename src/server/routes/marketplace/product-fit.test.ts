import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { productParks, products } from '../../../db/schema/index.ts';
import { newId } from '../../../services/shared/ids.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('GET /enterprises/{creditCode}/products/{id}/fit', () => {
  let t: TestApp;
  let creditCode: string;
  let bank: string;
  const send = (url: string, as: DemoRole) => t.request('GET', `/api/v1${url}`, { as });
  const fit = (productId: string, as: DemoRole = 'enterprise', lang = 'zh-CN') => send(`/enterprises/${creditCode}/products/${productId}/fit?lang=${lang}`, as);

  const product = async (rules: Json[], parkStatus: 'approved' | 'pending') => {
    const id = newId();
    const now = new Date();
    await t.database.db.insert(products).values({
      id, institutionId: bank, kind: 'loan', loanType: 'credit', name: '适配测试贷', nameEn: 'Fit test loan', status: 'published',
      amountMinFen: 100_000n * 100n, amountMaxFen: 5_000_000n * 100n, termMinMonths: 6, termMaxMonths: 36, turnaroundDays: 5,
      terms: { rate: { lprTenor: '1y', spreadMinBp: 0, spreadMaxBp: 100 }, feeRate: null, coverRatio: null, repaymentMethods: ['equal_instalment'], security: ['none'], eligibleLoanTypes: [] },
      preferences: { industries: [], stages: [], regions: [], thesis: '' }, rules, createdAt: now, updatedAt: now,
    });
    const parks = (await send('/parks', 'operator')).json().items as Json[];
    await t.database.db.insert(productParks).values({ productId: id, parkId: parks.find((p) => p.code === 'zhangjiang')!.id, status: parkStatus, requestedAt: now, decidedAt: parkStatus === 'approved' ? now : null });
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 8 });
    creditCode = (await send('/me', 'enterprise')).json().organisation.creditCode;
    bank = (await send('/me', 'officer')).json().organisation.id;
  });
  afterAll(() => t?.close());

  it('lists each rule met or unmet for this enterprise, unmet first with advice, in the language asked', async () => {
    const id = await product([{ fact: 'grade', op: 'gte', value: 'C' }, { fact: 'invention_patents', op: 'gte', value: 999 }], 'approved');
    const res = await fit(id);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ productId: id, rated: true, offeredInPark: true, rulesMet: false, eligible: false });
    expect(body.rules.map((r: Json) => [r.fact, r.met])).toEqual([['invention_patents', false], ['grade', true]]);
    expect(body.rules[0]).toMatchObject({ name: '有效I类知识产权', required: '≥ 999', advice: expect.stringMatching(/^再增加\d+项有效I类知识产权/) });
    expect(body.rules[1].advice).toBeNull();
    expect((await fit(id, 'enterprise', 'en')).json().rules[0].name).toBe('Class-I IP in force');
  });

  it('is eligible when every rule is met in a park that approved the product; one awaiting the park is not shown', async () => {
    const approved = await product([{ fact: 'grade', op: 'gte', value: 'C' }], 'approved');
    expect((await fit(approved)).json()).toMatchObject({ rulesMet: true, offeredInPark: true, eligible: true });
    const pending = await product([{ fact: 'grade', op: 'gte', value: 'C' }], 'pending');
    expect((await fit(pending)).statusCode).toBe(404);
  });

  it('refuses institutions (not their enterprise) and unknown products', async () => {
    const id = await product([], 'approved');
    expect((await fit(id, 'officer')).statusCode).toBe(403);
    expect((await fit(newId())).statusCode).toBe(404);
  });
});

// STAR Market readiness through the HTTP API: the shape checked from outside, the user's market
// value in place of the last round's, who may read it, and the PDF in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';

describe('STAR Market readiness', () => {
  let t: TestApp;
  let own: string;
  let bank: string;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 40 });
    own = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.creditCode;
    bank = (await t.request('GET', '/api/v1/me', { as: 'officer' })).json().organisation.id;
  }, 240_000);
  afterAll(() => t?.close());

  const url = (query = '') => `/api/v1/enterprises/${own}/star-readiness${query}`;

  it('answers the rule set, every indicator and every standard', async () => {
    const res = await t.request('GET', url(), { as: 'enterprise' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ ruleSetVersion: '2024-04', attributesMet: expect.any(Boolean) });
    expect(body.indicators.map((i: { id: string }) => i.id)).toEqual([
      'rd_share_of_revenue', 'rd_total', 'rd_staff_share', 'invention_patents', 'revenue_growth', 'last_revenue', 'exception_invention_patents',
    ]);
    for (const i of body.indicators) expect(Object.keys(i)).toEqual(expect.arrayContaining(['id', 'met', 'actual', 'required', 'gap', 'yearsToClose']));
    expect(body.standards.map((s: { id: string }) => s.id)).toEqual(['standard_1', 'standard_2', 'standard_3', 'standard_4', 'standard_5']);
    for (const s of body.standards) expect(s).toMatchObject({ met: expect.any(Boolean), gaps: expect.any(Array) });
    // The fifth standard is never met from data.
    expect(body.standards[4].met).toBe(false);
    expect(body.indicators.find((i: { id: string }) => i.id === 'rd_total').required).toBe(8_000_000_000);
  });

  it('takes the user’s expected market value in place of the last round’s', async () => {
    const body = (await t.request('GET', url('?marketValueFen=500000000000'), { as: 'enterprise' })).json();
    expect(body).toMatchObject({ expectedMarketValueFen: 500_000_000_000, marketValueSource: 'user' });
    for (const s of body.standards) expect(s.gaps.some((g: { kind: string }) => g.kind === 'market_value')).toBe(false);
    const small = (await t.request('GET', url('?marketValueFen=100'), { as: 'enterprise' })).json();
    expect(small.standards.every((s: { met: boolean }) => !s.met)).toBe(true);
    expect((await t.request('GET', url('?marketValueFen=1.5'), { as: 'enterprise' })).statusCode).toBe(400);
    expect((await t.request('GET', url('?marketValueFen=-1'), { as: 'enterprise' })).statusCode).toBe(400);
  });

  it('is read by the enterprise, its park and the operator; refused to others, a bank even with a grant', async () => {
    for (const who of ['enterprise', 'parkAdmin', 'operator'] as const) expect((await t.request('GET', url(), { as: who })).statusCode).toBe(200);
    const other = await t.request('GET', url(), { as: 'otherParkAdmin' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('star.needs_grant');
    const granted = await t.request('POST', `/api/v1/enterprises/${own}/grants`, {
      as: 'enterprise',
      body: { institutionId: bank, categories: ['financials', 'people', 'ip', 'financing'], purpose: '上市辅导评估', expiresOn: '2027-06-30' },
    });
    expect(granted.statusCode).toBe(201);
    expect((await t.request('GET', url(), { as: 'officer' })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/enterprises/000000000000000000/star-readiness', { as: 'operator' })).statusCode).toBe(404);
  });

  it('renders the PDF in both languages', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const res = await t.request('GET', `/api/v1/enterprises/${own}/star-readiness.pdf?lang=${lang}`, { as: 'parkAdmin' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await t.request('GET', `/api/v1/enterprises/${own}/star-readiness.pdf`, { as: 'otherParkAdmin' })).statusCode).toBe(403);
  });
});

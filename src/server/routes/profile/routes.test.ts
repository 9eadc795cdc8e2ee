// Consent and sharing, proven through the HTTP API: summary for everyone, detail only under a
// live grant for the named categories, every institutional read logged, revocation immediate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';

describe('consent-based sharing', () => {
  let t: TestApp;
  let own: string; // the demo enterprise's credit code
  let bank: string; // the demo officer's institution
  let otherInstitution: string;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 40 });
    own = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.creditCode;
    bank = (await t.request('GET', '/api/v1/me', { as: 'officer' })).json().organisation.id;
    otherInstitution = (await t.request('GET', '/api/v1/institutions?type=vc_fund', { as: 'operator' })).json().items[0].id;
  });
  afterAll(() => t?.close());

  const grant = (body: Record<string, unknown>) =>
    t.request('POST', `/api/v1/enterprises/${own}/grants`, { as: 'enterprise', body: { institutionId: bank, categories: ['financials'], purpose: '流动资金贷款审批', expiresOn: '2027-06-30', ...body } });

  it('shows an institution without a grant the summary only, and refuses financials with 403', async () => {
    const summary = (await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'officer' })).json();
    expect(summary).toMatchObject({ view: 'summary', categories: [], creditCode: own });
    expect(Object.keys(summary).sort()).toEqual(['categories', 'creditCode', 'industryCode', 'industryName', 'name', 'parkCode', 'parkId', 'parkName', 'ratingBand', 'status', 'view'].sort());
    expect((await t.request('GET', `/api/v1/enterprises/${own}/financials`, { as: 'officer' })).statusCode).toBe(403);
    expect((await t.request('GET', `/api/v1/enterprises/${own}/access-log`, { as: 'enterprise' })).json().total).toBe(0);
  });

  it('shows the enterprise and its park administrator the full profile, unlogged', async () => {
    for (const who of ['enterprise', 'parkAdmin', 'operator'] as const) {
      const full = (await t.request('GET', `/api/v1/enterprises/${own}`, { as: who })).json();
      expect(full.view).toBe('full');
      expect(full.legalRepresentative).toBeTypeOf('string');
      expect(full.completeness.score).toBeGreaterThanOrEqual(0);
      expect(full.criteria.map((c: { code: string }) => c.code).sort()).toEqual(['hnte', 'tech_sme']);
    }
    // Each rule carries what the web words its explanation from: the measure and its unit, the note.
    const criteria = (await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'enterprise' })).json().criteria;
    const rules = new Map(criteria.flatMap((c: { code: string; rules: { id: string }[] }) => c.rules.map((r) => [`${c.code}.${r.id}`, r])));
    expect(rules.get('tech_sme.revenue_max')).toMatchObject({ measure: 'revenue_yuan', unit: 'yuan', op: '<=', required: 200_000_000 });
    expect(rules.get('hnte.innovation_ip')).toMatchObject({ role: 'score', unit: 'count', note: expect.stringMatching(/^Approximated/) });
    expect((await t.request('GET', `/api/v1/enterprises/${own}/financials`, { as: 'parkAdmin' })).statusCode).toBe(200);
    expect((await t.request('GET', `/api/v1/enterprises/${own}/access-log`, { as: 'enterprise' })).json().total).toBe(0);
  });

  it('keeps another park’s administrator to the summary', async () => {
    const other = (await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'otherParkAdmin' })).json();
    expect(other.view).toBe('summary');
    expect((await t.request('GET', `/api/v1/enterprises/${own}/financials`, { as: 'otherParkAdmin' })).statusCode).toBe(403);
  });

  it('lets the enterprise grant financials; the grantee reads them, logged; other categories stay closed', async () => {
    const res = await grant({});
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ institutionId: bank, categories: ['financials'], status: 'active' });
    const financials = await t.request('GET', `/api/v1/enterprises/${own}/financials`, { as: 'officer' });
    expect(financials.statusCode).toBe(200);
    const granted = (await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'officer' })).json();
    expect(granted).toMatchObject({ view: 'granted', categories: ['financials'] });
    expect(Object.keys(granted.profile)).toEqual(['financials']);
    expect(granted).not.toHaveProperty('legalRepresentative');
    const log = (await t.request('GET', `/api/v1/enterprises/${own}/access-log`, { as: 'enterprise' })).json();
    expect(log.total).toBe(2);
    expect(log.items[0]).toMatchObject({ institutionId: bank, category: 'financials', userEmail: 'officer@bank.kejin.demo', grantId: res.json().id });
    expect((await t.request('GET', `/api/v1/enterprises/${own}/access-log`, { as: 'officer' })).statusCode).toBe(403);
  });

  it('lets only the enterprise grant and revoke; revocation closes access at once', async () => {
    const res = await grant({ categories: ['ip', 'people'] });
    const id = res.json().id;
    expect((await t.request('DELETE', `/api/v1/grants/${id}`, { as: 'officer' })).statusCode).toBe(403);
    expect((await t.request('DELETE', `/api/v1/grants/${id}`, { as: 'operator' })).statusCode).toBe(403);
    expect((await t.request('POST', `/api/v1/enterprises/${own}/grants`, { as: 'parkAdmin', body: { institutionId: bank, categories: ['ip'], purpose: 'x', expiresOn: '2027-01-01' } })).statusCode).toBe(403);
    expect((await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'officer' })).json().categories).toEqual(['financials', 'people', 'ip']);
    expect((await t.request('DELETE', `/api/v1/grants/${id}`, { as: 'enterprise' })).statusCode).toBe(200);
    expect((await t.request('DELETE', `/api/v1/grants/${id}`, { as: 'enterprise' })).statusCode).toBe(409);
    expect((await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'officer' })).json().categories).toEqual(['financials']);
    const list = (await t.request('GET', `/api/v1/enterprises/${own}/grants`, { as: 'enterprise' })).json().items;
    expect(list.find((g: { id: string }) => g.id === id).status).toBe('revoked');
  });

  it('does not let a grant to one institution open data to another', async () => {
    await grant({ institutionId: otherInstitution, categories: ['compliance'] });
    expect((await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'officer' })).json().categories).not.toContain('compliance');
    const theirs = (await t.request('GET', `/api/v1/enterprises/${own}/grants`, { as: 'officer' })).json().items;
    expect(theirs.every((g: { institutionId: string }) => g.institutionId === bank)).toBe(true);
  });

  it.each([
    ['expiresOn', { expiresOn: '2020-01-01' }],
    ['expiresOn', { expiresOn: '2035-01-01' }],
    ['categories', { categories: [] }],
    ['categories', { categories: ['secrets'] }],
    ['institutionId', { institutionId: '00000000-0000-7000-8000-000000000000' }],
  ])('refuses a grant with a bad %s', async (field, body) => {
    const res = await grant(body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.fields[0].field).toMatch(new RegExp(field));
  });

  it('lets the enterprise replace a profile section, validated, and keeps unchanged rows as they were', async () => {
    const put = (items: unknown[]) => t.request('PUT', `/api/v1/enterprises/${own}/profile/taxGrades`, { as: 'enterprise', body: { items } });
    expect((await put([])).statusCode).toBe(200);
    expect((await put([{ year: 2024, grade: 'A' }, { year: 2025, grade: 'B' }])).json()).toMatchObject({ removed: 0, changed: 2, total: 2 });
    const again = (await put([{ year: 2024, grade: 'A' }, { year: 2025, grade: 'B' }])).json();
    expect(again).toMatchObject({ removed: 0, changed: 0 });
    expect((await put([{ year: 2025, grade: 'Z' }])).statusCode).toBe(400);
    expect((await put([{ year: 2025, grade: 'A' }, { year: 2025, grade: 'B' }])).statusCode).toBe(400);
    const profile = (await t.request('GET', `/api/v1/enterprises/${own}`, { as: 'enterprise' })).json().profile;
    expect(profile.taxGrades.map((g: { year: number; source: string }) => [g.year, g.source])).toEqual([[2025, 'enterprise'], [2024, 'enterprise']]);
    expect((await t.request('PUT', `/api/v1/enterprises/${own}/profile/taxGrades`, { as: 'officer', body: { items: [] } })).statusCode).toBe(403);
  });

  it('refuses negative amounts and future dates in a section', async () => {
    const loans = await t.request('PUT', `/api/v1/enterprises/${own}/profile/loans`, {
      as: 'enterprise',
      body: { items: [{ lender: '某银行', amountFen: -100, startedOn: '2024-01-01', maturesOn: '2025-01-01', status: 'current' }] },
    });
    expect(loans.statusCode).toBe(400);
    const ip = await t.request('PUT', `/api/v1/enterprises/${own}/profile/ip`, {
      as: 'enterprise',
      body: { items: [{ kind: 'invention_patent', number: 'ZL209912345678.9', title: '未来专利', status: 'pending', appliedOn: '2999-01-01', grantedOn: null }] },
    });
    expect(ip.statusCode).toBe(400);
    expect(ip.json().error.details.fields[0].field).toBe('items.0.appliedOn');
  });

  it('lists the directory for institutions with summaries only', async () => {
    const res = (await t.request('GET', '/api/v1/directory?pageSize=5', { as: 'officer' })).json();
    expect(res.total).toBeGreaterThanOrEqual(40);
    expect(res.items[0]).not.toHaveProperty('legalRepresentative');
  });
});

import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { auditEvents, programmes, reports, subsidyClaimDocuments, subsidyClaims } from '../../db/schema/index.ts';
import { sniffDocument } from '../../domain/documents/sniff.ts';
import { DEMO_PROOFS } from './seed-proofs.ts';
import { DEMO_PROGRAMMES } from './seed-policy.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the demo policy instruments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 240, workflow: true, history: true, policy: true });
  }, 240_000);
  afterAll(async () => t?.close());

  it('holds the three parks’ programmes and a draft of next year’s Zhangjiang change', async () => {
    const rows = await t.database.db.select().from(programmes);
    expect(rows.map((r) => [r.code, r.version, r.status]).sort()).toEqual([
      [DEMO_PROGRAMMES.qingdao, 1, 'published'],
      [DEMO_PROGRAMMES.zhangjiang, 1, 'published'],
      [DEMO_PROGRAMMES.zhangjiang, 2, 'draft'],
      [DEMO_PROGRAMMES.zizhu, 1, 'published'],
    ]);
  });

  it('has Zhangjiang claims in every state, each moved through the services (history and audit)', async () => {
    const claims = await t.database.db.select().from(subsidyClaims);
    const states = new Set(claims.map((c) => c.state));
    expect([...states].sort()).toEqual(['approved', 'clawed_back', 'computed', 'confirmed', 'forfeited', 'objected', 'paid', 'published', 'rejected']);
    for (const c of claims) expect(c.subsidyFen > 0n).toBe(true);
    const audited = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'claim.clawed_back'));
    expect(audited).toHaveLength(1);
    // Zizhu's guarantee fees and Qingdao's premiums came from the guarantor's and the insurer's data.
    const byBasis = (basis: string) => claims.filter((c) => c.basis === basis);
    expect(byBasis('guarantee_fee').length).toBeGreaterThan(0);
    expect(byBasis('premium').map((c) => c.state)).toContain('clawed_back');
    // Reports were issued before the loans they qualified, on the ratings of that time.
    const issued = await t.database.db.select().from(reports);
    expect(issued.length).toBeGreaterThan(5);
  });

  it('shows the demo enterprise its claim waiting for the receiving account', async () => {
    const me = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation;
    const res = await t.request('GET', `/api/v1/enterprises/${me.creditCode}/subsidies`, { as: 'enterprise' });
    expect(res.statusCode, res.body).toBe(200);
    const claims = res.json().claims as Json[];
    expect(claims.map((c) => c.state)).toContain('published');
    const waiting = claims.find((c) => c.state === 'published')!;
    expect(waiting.confirmBy >= waiting.objectionUntil).toBe(true);
  });

  it('signs in the guarantor’s and the insurer’s officers, who see the payments they submitted', async () => {
    const guarantor = (await t.request('GET', '/api/v1/policy-payments?pageSize=100', { as: 'guarantor' })).json();
    expect(guarantor.total).toBeGreaterThan(0);
    expect(new Set((guarantor.items as Json[]).map((p) => p.kind))).toEqual(new Set(['guarantee_fee']));
    expect((guarantor.items as Json[]).every((p) => p.submittedBy.name === '上海紫晨融资担保有限公司')).toBe(true);
    const insurer = (await t.request('GET', '/api/v1/policy-payments?surrendered=true', { as: 'insurer' })).json();
    expect(insurer.items).toHaveLength(1);
    expect(insurer.items[0]).toMatchObject({ kind: 'premium', programmes: [{ code: DEMO_PROGRAMMES.qingdao, claimState: 'clawed_back' }] });
  });

  it('lets the guarantor and the insurer read the claims on the loans they submitted data for, and no others', async () => {
    for (const [as, code] of [['guarantor', DEMO_PROGRAMMES.zizhu], ['insurer', DEMO_PROGRAMMES.qingdao]] as const) {
      const listed = (await t.request('GET', '/api/v1/claims?pageSize=100', { as })).json();
      expect(listed.total).toBeGreaterThan(0);
      expect(new Set((listed.items as Json[]).map((c) => c.programmeId))).toEqual(new Set([code]));
      const one = await t.request('GET', `/api/v1/claims/${listed.items[0].id}`, { as });
      expect(one.statusCode).toBe(200);
    }
    const [zhangjiangClaim] = await t.database.db.select().from(subsidyClaims).where(eq(subsidyClaims.programmeCode, DEMO_PROGRAMMES.zhangjiang)).limit(1);
    expect((await t.request('GET', `/api/v1/claims/${zhangjiangClaim!.id}`, { as: 'guarantor' })).statusCode).toBe(403);
  });

  it('asks for proofs on the Zhangjiang subsidy: every claim approved has them all, some claims still lack one', async () => {
    const [programme] = await t.database.db.select().from(programmes).where(eq(programmes.code, DEMO_PROGRAMMES.zhangjiang));
    expect((programme!.body as Json).proofs).toEqual(DEMO_PROOFS);
    const claims = await t.database.db.select().from(subsidyClaims).where(eq(subsidyClaims.programmeCode, DEMO_PROGRAMMES.zhangjiang));
    const docs = await t.database.db.select().from(subsidyClaimDocuments);
    const kindsOf = (id: string) => new Set(docs.filter((d) => d.claimId === id).map((d) => d.kind));
    const decided = claims.filter((c) => ['approved', 'paid', 'clawed_back'].includes(c.state));
    expect(decided.length).toBeGreaterThan(0);
    for (const c of decided) expect([...kindsOf(c.id)].sort()).toEqual(DEMO_PROOFS.map((p) => p.kind).sort());
    const lacking = claims.filter((c) => kindsOf(c.id).size > 0 && kindsOf(c.id).size < DEMO_PROOFS.length);
    expect(lacking.length).toBeGreaterThan(0);
    // Real files: the type their bytes say, the hash of those bytes, and the uploader's organisation.
    for (const d of docs) {
      expect(sniffDocument(d.content)).toBe(d.mediaType);
      expect(d.sha256).toBe(createHash('sha256').update(d.content).digest('hex'));
      const claim = claims.find((c) => c.id === d.claimId)!;
      expect(d.uploadedByOrg).toBe(DEMO_PROOFS.find((p) => p.kind === d.kind)!.by === 'enterprise' ? claim.enterpriseId : claim.institutionId);
    }
    // The demo enterprise sees what it still has to send.
    const me = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation;
    const own = claims.find((c) => c.enterpriseId === me.id && c.state === 'published')!;
    const detail = (await t.request('GET', `/api/v1/claims/${own.id}`, { as: 'enterprise' })).json();
    expect(detail.proofs.filter((p: Json) => !p.present).map((p: Json) => p.kind)).toEqual(['ip_certificate', 'pledge_registration', 'loan_contract']);
    expect(detail.uploadable).toEqual(['application_form', 'ip_certificate', 'pledge_registration']);
  });
});

import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { lendFor, rateAt, reportAt } from '../../../../test/policy.ts';
import { auditEvents, parks, subsidyClaimDocuments } from '../../../db/schema/index.ts';
import { ZHANGJIANG_RATED } from '../../../domain/policy/fixtures.ts';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { programmeJson } from '../../../services/policy/programmes.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const today = () => businessDateOf(new Date(), 'Asia/Shanghai');
const Y = Number(today().slice(0, 4));
const P = Y - 1;
const at = (date: string) => new Date(`${date}T02:00:00Z`);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(24, 2)]);
const PROOFS = [
  { kind: 'application_form', by: 'enterprise' },
  { kind: 'ip_certificate', by: 'enterprise' },
  { kind: 'loan_contract', by: 'institution' },
];

describe('proofs on subsidy claims', () => {
  let t: TestApp;
  let claim: Json;
  const send = (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown) => t.request(method, `/api/v1${url}`, { as, body });
  const ok = async (method: 'GET' | 'POST', url: string, as: DemoRole, body?: unknown, status = 200) => {
    const res = await send(method, url, as, body);
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Json;
  };
  const refused = async (res: Promise<{ statusCode: number; json: () => Json }>, status: number, code: string) => {
    const r = await res;
    expect(r.statusCode).toBe(status);
    expect(r.json().error.code).toBe(code);
    return r.json().error as Json;
  };
  const upload = (as: DemoRole, kind: string, name: string, content: Buffer) => send('POST', `/claims/${claim.id}/documents`, as, { kind, name, contentBase64: content.toString('base64') });
  const stored = async () => (await t.database.db.select({ n: count() }).from(subsidyClaimDocuments))[0]!.n;
  const fresh = async () => ok('GET', `/claims/${claim.id}`, 'parkAdmin');

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 12 });
    const bank = (await send('GET', '/me', 'officer')).json().organisation.id;
    const zhangjiang = (await t.database.db.select().from(parks).where(eq(parks.code, 'zhangjiang')))[0]!.id;
    const own = (await send('GET', '/me', 'enterprise')).json().organisation.id as string;
    await rateAt(t, own, 'A', at(`${P}-01-05`));
    await reportAt(t, own, at(`${P}-01-06`), at(`${Y + 1}-01-05`));
    const loanId = await lendFor(t, { enterpriseId: own, parkId: zhangjiang, institutionId: bank, disbursedOn: `${P}-02-10`, amountFen: 100_000_000n, annualRate: '0.035000', repayments: [[`${P}-03-10`, 291_667n]] });
    const programme = { ...programmeJson({ ...ZHANGJIANG_RATED, id: 'zj-proofs', validFrom: `${P}-01-01`, validTo: `${Y + 1}-12-31` }), name: '张江证明材料测试', nameEn: 'Zhangjiang proofs test' };
    const dup = await send('POST', '/programmes', 'parkAdmin', { ...programme, proofs: [...PROOFS, { kind: 'ip_certificate', by: 'institution' }] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.details.fields).toEqual([expect.objectContaining({ field: 'proofs.3.kind', code: 'programme.proof_duplicate', params: { proof: 'ip_certificate' } })]);
    expect((await ok('POST', '/programmes', 'parkAdmin', { ...programme, proofs: PROOFS }, 201)).programme.proofs).toEqual(PROOFS);
    await ok('POST', '/programmes/zj-proofs/runs', 'parkAdmin', { from: `${P}-01-01`, to: `${P}-12-31` });
    await ok('POST', '/programmes/zj-proofs/publish-claims', 'parkAdmin', {});
    claim = ((await ok('GET', '/claims?programme=zj-proofs', 'parkAdmin')).items as Json[]).find((c) => c.loanId === loanId)!;
  });
  afterAll(async () => t?.close());

  it('shows the required proofs, none present, and who may upload what', async () => {
    const detail = await fresh();
    expect(detail.documents).toEqual([]);
    expect(detail.proofs).toEqual(PROOFS.map((p) => ({ ...p, documents: 0, present: false })));
    expect(detail.uploadable).toEqual([]);
    expect((await ok('GET', `/claims/${claim.id}`, 'enterprise')).uploadable).toEqual(['application_form', 'ip_certificate']);
    expect((await ok('GET', `/claims/${claim.id}`, 'officer')).uploadable).toEqual(['loan_contract']);
  });

  it('stores an upload with its SHA-256 and an audit record, and serves it to those who read the claim', async () => {
    const res = await upload('enterprise', 'application_form', '贴息申请表.pdf', PDF);
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json() as Json;
    expect(doc).toMatchObject({ kind: 'application_form', name: '贴息申请表.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') });
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'claim.document_added'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ targetId: claim.id, details: expect.objectContaining({ kind: 'application_form', sha256: doc.sha256 }) });
    const detail = await fresh();
    expect(detail.documents).toEqual([doc]);
    expect(detail.proofs[0]).toEqual({ kind: 'application_form', by: 'enterprise', documents: 1, present: true });
    for (const who of ['parkAdmin', 'enterprise', 'officer', 'operator'] as const) {
      const got = await send('GET', `/claims/${claim.id}/documents/${doc.id}`, who);
      expect(got.statusCode, who).toBe(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('贴息申请表.pdf')}`);
      expect(got.headers['content-disposition']).toMatch(/^attachment;/);
      expect(got.rawPayload.equals(PDF)).toBe(true);
    }
    await refused(send('GET', `/claims/${claim.id}/documents/${doc.id}`, 'otherParkAdmin'), 403, 'access.not_your_park');
    expect((await send('GET', `/claims/${claim.id}/documents/${doc.id}`, 'enterprise', undefined)).statusCode).toBe(200);
    await refused(send('GET', `/claims/${claim.id}/documents/00000000-0000-7000-8000-000000000000`, 'parkAdmin'), 404, 'document.not_found');
    expect((await t.request('GET', `/api/v1/claims/${claim.id}/documents/${doc.id}`)).statusCode).toBe(401);
  });

  it('refuses files that are not what they claim, too large, or of the wrong kind or uploader, storing nothing', async () => {
    const before = await stored();
    const mismatch = await refused(upload('enterprise', 'ip_certificate', 'patent.pdf', PNG), 400, 'document.extension_mismatch');
    expect(mismatch.details.params).toEqual({ extension: 'pdf', detected: 'PNG' });
    await refused(upload('enterprise', 'ip_certificate', 'patent.png', Buffer.from('just some text, not a scan')), 400, 'document.type_not_allowed');
    await refused(upload('enterprise', 'ip_certificate', 'patent', Buffer.from('GIF89a-------')), 400, 'document.type_not_allowed');
    const big = await refused(upload('enterprise', 'ip_certificate', 'patent.pdf', Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024)])), 413, 'document.too_large');
    expect(big.details.params).toEqual({ maxMb: 2, sizeMb: 2.1 });
    await refused(upload('officer', 'application_form', 'form.pdf', PDF), 403, 'claim.proof_wrong_provider');
    const wrongSide = await refused(upload('enterprise', 'loan_contract', 'contract.pdf', PDF), 403, 'claim.proof_wrong_provider');
    expect(wrongSide.details.params).toEqual({ proof: 'loan_contract', by: 'institution' });
    const notTaken = await refused(upload('enterprise', 'business_licence', 'licence.pdf', PDF), 400, 'claim.proof_not_required');
    expect(notTaken.details.params).toEqual({ proof: 'business_licence', required: ['application_form', 'ip_certificate', 'loan_contract'] });
    await refused(upload('parkAdmin', 'loan_contract', 'contract.pdf', PDF), 403, 'access.role_may_not');
    await refused(upload('operator', 'loan_contract', 'contract.pdf', PDF), 403, 'claim.proof_not_a_provider');
    expect(await stored()).toBe(before);
    expect((await fresh()).documents).toHaveLength(1);
  });

  it('refuses to approve until every required proof is there, and takes none once the claim is decided', async () => {
    const confirmed = await ok('POST', `/claims/${claim.id}/moves`, 'enterprise', { to: 'confirmed', version: claim.version, account: { name: '测试科技有限公司', bank: '招商银行张江支行', number: '6222021234567890123' } });
    const missing = await refused(send('POST', `/claims/${claim.id}/moves`, 'parkAdmin', { to: 'approved', version: confirmed.version }), 409, 'claim.proofs_missing');
    expect(missing.details.params).toEqual({ missing: ['ip_certificate', 'loan_contract'] });
    expect((await ok('POST', `/claims/${claim.id}/documents`, 'enterprise', { kind: 'ip_certificate', name: 'patent.jpg', contentBase64: JPEG.toString('base64') }, 201)).mediaType).toBe('image/jpeg');
    await refused(send('POST', `/claims/${claim.id}/moves`, 'parkAdmin', { to: 'approved', version: confirmed.version }), 409, 'claim.proofs_missing');
    expect((await ok('POST', `/claims/${claim.id}/documents`, 'officer', { kind: 'loan_contract', name: 'contract.png', contentBase64: PNG.toString('base64') }, 201)).mediaType).toBe('image/png');
    expect((await fresh()).proofs.every((p: Json) => p.present)).toBe(true);
    const approved = await ok('POST', `/claims/${claim.id}/moves`, 'parkAdmin', { to: 'approved', version: confirmed.version });
    expect(approved.state).toBe('approved');
    await ok('POST', `/claims/${claim.id}/moves`, 'parkAdmin', { to: 'paid', version: approved.version, payment: { reference: 'CZ-PROOF-1', paidOn: today() } });
    const before = await stored();
    const closed = await refused(upload('enterprise', 'application_form', 'again.pdf', PDF), 409, 'claim.proof_claim_closed');
    expect(closed.details.params).toEqual({ state: 'paid' });
    expect(await stored()).toBe(before);
    expect((await ok('GET', `/claims/${claim.id}`, 'enterprise')).uploadable).toEqual([]);
  });
});

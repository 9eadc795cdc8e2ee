import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { businessDateOf } from '../../../domain/shared/business-time.ts';
import { verifyPageHtml } from './verify-page-html.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
/** The PDF's Info strings, unescaped and decoded from UTF-16BE (how pdfkit writes non-ASCII). */
function infoText(pdf: Buffer): string {
  const raw = pdf.toString('latin1').replace(/\\([nrtbf\\()])/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c);
  const bytes = Buffer.from(raw, 'latin1');
  return [0, 1].map((shift) => Buffer.from(bytes.subarray(shift, bytes.length - ((bytes.length - shift) % 2))).swap16().toString('utf16le')).join('\n');
}

function multipart(fields: { name: string; value: Buffer | string; filename?: string }[]) {
  const boundary = 'kejinTestBoundary7MA4YWxk';
  const parts = fields.map((f) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"${f.filename ? `; filename="${f.filename}"\r\nContent-Type: application/pdf` : ''}\r\n\r\n`),
      Buffer.isBuffer(f.value) ? f.value : Buffer.from(f.value),
      Buffer.from('\r\n'),
    ]),
  );
  return { payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('credit reports', () => {
  let t: TestApp;
  let own: string;
  let name: string;
  let issued: { reportId: string; digest: string; downloadUrl: string; issuedAt: string; validUntil: string; language: string };
  let pdf: Buffer;

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 12 });
    const me = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json();
    own = me.organisation.creditCode;
    name = me.organisation.name;
    const res = await t.request('POST', `/api/v1/enterprises/${own}/reports`, { as: 'enterprise', body: { language: 'zh-CN' } });
    expect(res.statusCode, res.body).toBe(201);
    issued = res.json();
    const download = await t.request('GET', issued.downloadUrl, { as: 'enterprise' });
    expect(download.statusCode).toBe(200);
    pdf = download.rawPayload;
  });
  afterAll(() => t?.close());

  it('issues a report the enterprise downloads, whose digest is the SHA-256 of the bytes', async () => {
    expect(issued.reportId).toMatch(/^[0-9a-f-]{36}$/);
    expect(issued.language).toBe('zh-CN');
    expect(new Date(issued.validUntil).getUTCFullYear()).toBe(new Date(issued.issuedAt).getUTCFullYear() + 1);
    const download = await t.request('GET', issued.downloadUrl, { as: 'enterprise' });
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="kejin-report-/);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(pdf)).toBe(issued.digest);
    const list = (await t.request('GET', `/api/v1/enterprises/${own}/reports`, { as: 'enterprise' })).json();
    expect(list.items.map((r: { reportId: string }) => r.reportId)).toContain(issued.reportId);
  });

  it('lays out 3–6 pages naming the enterprise', () => {
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(3);
    expect(pageCount(pdf)).toBeLessThanOrEqual(6);
    expect(infoText(pdf)).toContain(name);
  });

  it('verifies the digest publicly, answering only genuine or not', async () => {
    const ok = await t.request('POST', '/api/v1/reports/verify', { body: { reportId: issued.reportId, digest: issued.digest } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ genuine: true });
    const flipped = issued.digest.slice(0, -1) + (issued.digest.endsWith('0') ? '1' : '0');
    const bad = await t.request('POST', '/api/v1/reports/verify', { body: { reportId: issued.reportId, digest: flipped } });
    expect(bad.json()).toEqual({ genuine: false });
    expect(bad.body).not.toContain(name);
    const unknown = await t.request('POST', '/api/v1/reports/verify', { body: { reportId: '00000000-0000-7000-8000-000000000000', digest: issued.digest } });
    expect(unknown.json()).toEqual({ genuine: false });
    expect((await t.request('POST', '/api/v1/reports/verify', { body: { reportId: 'nope', digest: 'xyz' } })).statusCode).toBe(400);
  });

  it('serves the verification page and checks an uploaded PDF or a typed digest', async () => {
    const page = await t.request('GET', `/verify/${issued.reportId}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('enctype="multipart/form-data"');
    const upload = (bytes: Buffer) => t.app.inject({ method: 'POST', url: `/verify/${issued.reportId}`, ...multipart([{ name: 'pdf', value: bytes, filename: 'report.pdf' }]) });
    const genuine = await upload(pdf);
    expect(genuine.body).toContain('data-verdict="valid"');
    expect(genuine.body).toContain(businessDateOf(new Date(issued.validUntil), 'Asia/Shanghai'));
    const altered = Buffer.from(pdf);
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0x01;
    const forged = await upload(altered);
    expect(forged.body).toContain('data-verdict="invalid"');
    expect(forged.body).not.toContain(name);
    const typed = await t.app.inject({ method: 'POST', url: `/verify/${issued.reportId}`, ...multipart([{ name: 'digest', value: issued.digest.toUpperCase() }]) });
    expect(typed.body).toContain('data-verdict="valid"');
  });

  it('speaks the reader’s language: Chinese by default, English from ?lang= or Accept-Language', async () => {
    const zh = await t.request('GET', `/verify/${issued.reportId}`);
    expect(zh.body).toContain('<html lang="zh-CN">');
    expect(zh.body).toContain('报告真伪核验');
    expect(zh.body).not.toContain('Report verification');
    const en = await t.app.inject({ method: 'GET', url: `/verify/${issued.reportId}`, headers: { 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' } });
    expect(en.headers['content-language']).toBe('en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Report verification');
    expect(en.body).not.toContain('报告真伪核验');
    // ?lang= wins over the header, and the page's forms post back in the same language.
    const asked = await t.app.inject({ method: 'GET', url: `/verify/${issued.reportId}?lang=zh-CN`, headers: { 'accept-language': 'en' } });
    expect(asked.body).toContain('<html lang="zh-CN">');
    expect(asked.body).toContain(`action="/verify/${issued.reportId}?lang=zh-CN"`);

    const post = (lang: string, value: string) => t.app.inject({ method: 'POST', url: `/verify/${issued.reportId}?lang=${lang}`, ...multipart([{ name: 'digest', value }]) });
    const flipped = issued.digest.slice(0, -1) + (issued.digest.endsWith('0') ? '1' : '0');
    expect((await post('en', issued.digest)).body).toContain('Genuine report');
    expect((await post('zh-CN', issued.digest)).body).toContain('真实报告');
    const forgedEn = await post('en', flipped);
    expect(forgedEn.body).toContain('Not a genuine report');
    expect(forgedEn.body).not.toContain('Valid until');
    expect((await post('zh-CN', flipped)).body).toContain('非真实报告');
    const refused = await post('en', 'xyz');
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Type a 64-character hexadecimal digest');
  });

  it('marks a genuine report past its validity as expired', () => {
    const outcome = { genuine: true, issuedOn: '2024-03-01', validUntil: '2025-03-01', expired: true } as const;
    const zh = verifyPageHtml(issued.reportId, outcome, 'zh-CN');
    expect(zh).toContain('data-verdict="expired"');
    expect(zh).toContain('已过期');
    expect(zh).toContain('2025-03-01');
    expect(verifyPageHtml(issued.reportId, outcome, 'en')).toContain('Genuine report, but expired');
  });

  it('loads nothing from elsewhere and asks no sign-in', async () => {
    const page = await t.request('GET', `/verify/${issued.reportId}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).not.toMatch(/<(script|link|img)\b/);
    expect(page.body).not.toMatch(/(src|href)="https?:/);
  });

  it('escapes whatever is put in the page address', async () => {
    const page = await t.request('GET', `/verify/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(page.body).not.toContain('<script>');
    expect(page.body).toContain('&lt;script&gt;');
  });

  it('gives an institution reports only under a live grant, and only its own', async () => {
    expect((await t.request('POST', `/api/v1/enterprises/${own}/reports`, { as: 'officer', body: { language: 'en' } })).statusCode).toBe(403);
    expect((await t.request('GET', issued.downloadUrl, { as: 'officer' })).statusCode).toBe(403);
    const bank = (await t.request('GET', '/api/v1/me', { as: 'officer' })).json().organisation.id;
    const grant = await t.request('POST', `/api/v1/enterprises/${own}/grants`, { as: 'enterprise', body: { institutionId: bank, categories: ['financials'], purpose: '授信', expiresOn: `${new Date().getUTCFullYear() + 1}-12-31` } });
    expect(grant.statusCode, grant.body).toBe(201);
    const mine = await t.request('POST', `/api/v1/enterprises/${own}/reports`, { as: 'officer', body: { language: 'en' } });
    expect(mine.statusCode, mine.body).toBe(201);
    const download = await t.request('GET', mine.json().downloadUrl, { as: 'officer' });
    expect(download.statusCode).toBe(200);
    expect(sha256(download.rawPayload)).toBe(mine.json().digest);
    // The enterprise's own report shows sections the bank was not granted.
    expect((await t.request('GET', issued.downloadUrl, { as: 'officer' })).statusCode).toBe(403);
    const listed = (await t.request('GET', `/api/v1/enterprises/${own}/reports`, { as: 'officer' })).json().items;
    expect(listed.map((r: { reportId: string }) => r.reportId)).toEqual([mine.json().reportId]);
  });

  it('answers 404 for an unknown report and for an enterprise never rated', async () => {
    expect((await t.request('GET', '/api/v1/reports/00000000-0000-7000-8000-000000000000/pdf', { as: 'enterprise' })).statusCode).toBe(404);
    expect((await t.request('POST', '/api/v1/enterprises/91310115MA1K4QXX0Q/reports', { as: 'operator', body: { language: 'en' } })).statusCode).toBe(404);
  });

  it('links the PDF and its QR code to the port the server listens on, never to a Host header', async () => {
    // Without KEJIN_PUBLIC_URL, before listening: the configured port; once listening (PORT=0 here): the real one.
    expect(issued).toMatchObject({ verifyUrl: `http://localhost:3000/verify/${issued.reportId}` });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as { port: number }).port;
    expect(port).not.toBe(3000);
    const res = await t.request('POST', `/api/v1/enterprises/${own}/reports`, { as: 'enterprise', body: { language: 'en' }, headers: { host: 'evil.example.com', 'x-forwarded-host': 'evil.example.com' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().verifyUrl).toBe(`http://localhost:${port}/verify/${res.json().reportId}`);
  });
});

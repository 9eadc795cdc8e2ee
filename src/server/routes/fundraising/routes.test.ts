import PDFDocument from 'pdfkit';
import { PDFDocument as PdfLib, PDFName, PDFDict } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type DemoRole, type TestApp } from '../../../../test/app.ts';
import { multipart } from '../../../../test/multipart.ts';
import { MAX_FUNDRAISING_DOCUMENT_BYTES } from '../../../../shared/fundraising.ts';

async function pdf(pages: number, pad = 0): Promise<Buffer> {
  const doc = new PDFDocument({ compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let i = 0; i < pages; i++) {
    if (i) doc.addPage();
    doc.text(`page ${i + 1}`);
  }
  if (pad) doc.text('x'.repeat(pad));
  doc.end();
  return done;
}

const PROFILE = { round: 'series_b', amountSoughtFen: 8_000_000_000, valuationMinFen: 60_000_000_000, valuationMaxFen: 80_000_000_000, useOfFunds: '产能建设\n市场拓展', milestones: [{ title: '量产', dueOn: '2027-09-30' }, { title: '样机', dueOn: '2027-03-31' }], status: 'open' };

describe('fundraising routes', () => {
  let t: TestApp;
  let own: string;
  let investorOrg: string;
  let investorName: string;
  const base = () => `/api/v1/enterprises/${own}/fundraising`;
  const upload = (as: DemoRole, kind: string, file: { name: string; content: Buffer | string }) => {
    const body = multipart({ kind }, file);
    return t.request('POST', `${base()}/documents`, { as, body: body.payload, headers: body.headers });
  };

  beforeAll(async () => {
    t = await createTestApp({ enterprises: 60 });
    own = (await t.request('GET', '/api/v1/me', { as: 'enterprise' })).json().organisation.creditCode;
    const me = (await t.request('GET', '/api/v1/me', { as: 'investor' })).json();
    investorOrg = me.organisation.id;
    investorName = me.organisation.name;
  }, 240_000);
  afterAll(() => t?.close());

  it('the demo enterprise has a fundraising profile with a pitch deck, and about one enterprise in twenty raises', async () => {
    const view = (await t.request('GET', base(), { as: 'enterprise' })).json();
    expect(view.view).toBe('full');
    expect(view.profile.round).toBe('series_a');
    expect(view.documents.map((d: { kind: string }) => d.kind)).toContain('pitch_deck');
    const listed = (await t.request('GET', '/api/v1/fundraisings?pageSize=100', { as: 'operator' })).json();
    expect(listed.total).toBeGreaterThanOrEqual(1);
    expect(listed.total).toBeLessThanOrEqual(12);
  });

  it('saves a profile, reporting every problem at its field', async () => {
    const fieldsOf = (res: { json(): { error: { details: { fields: { field: string; code: string }[] } } } }) => res.json().error.details.fields.map((f) => `${f.field} ${f.code}`).sort();
    const bad = await t.request('PUT', base(), { as: 'enterprise', body: { ...PROFILE, amountSoughtFen: 0, valuationMinFen: 9, valuationMaxFen: 1, milestones: [{ title: 'x', dueOn: '2027-03-01' }, { title: 'x', dueOn: '2027-03-01' }] } });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['amountSoughtFen fundraising.amount_not_positive', 'milestones.1 fundraising.milestone_duplicate', 'valuationMaxFen fundraising.valuation_range']);
    const day = await t.request('PUT', base(), { as: 'enterprise', body: { ...PROFILE, milestones: [{ title: 'x', dueOn: '2027-02-30' }] } });
    expect(fieldsOf(day)).toEqual(['milestones.0.dueOn field.invalid_date']);
    const saved = await t.request('PUT', base(), { as: 'enterprise', body: PROFILE });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().milestones.map((m: { title: string }) => m.title)).toEqual(['样机', '量产']);
  });

  it('refuses a non-PDF renamed .pdf and a file over 20 MB, storing nothing', async () => {
    const before = (await t.request('GET', base(), { as: 'enterprise' })).json().documents;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const renamed = await upload('enterprise', 'pitch_deck', { name: 'deck.pdf', content: png });
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().error).toMatchObject({ code: 'document.type_not_allowed', details: { params: { types: ['PDF'] } } });
    const fake = await upload('enterprise', 'data_room', { name: 'notes.pdf', content: '%PDF-1.7 this is no PDF at all' });
    expect(fake.json().error.code).toBe('document.type_not_allowed');
    const big = await upload('enterprise', 'pitch_deck', { name: 'big.pdf', content: Buffer.concat([await pdf(1), Buffer.alloc(MAX_FUNDRAISING_DOCUMENT_BYTES)]) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'document.too_large', details: { params: { maxMb: 20 } } });
    expect(big.json().error.details.params.sizeMb).toBeGreaterThan(20);
    expect((await t.request('GET', base(), { as: 'enterprise' })).json().documents).toEqual(before);
  }, 60_000);

  it('a new pitch deck replaces the old; data-room papers add up', async () => {
    const deck = await upload('enterprise', 'pitch_deck', { name: '商业计划书.pdf', content: await pdf(3) });
    expect(deck.statusCode, deck.body).toBe(201);
    expect(deck.json()).toMatchObject({ kind: 'pitch_deck', contentType: 'application/pdf' });
    expect(deck.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload('enterprise', 'data_room', { name: 'financials.pdf', content: await pdf(1) })).statusCode).toBe(201);
    const docs = (await t.request('GET', base(), { as: 'enterprise' })).json().documents as { id: string; kind: string }[];
    expect(docs.filter((d) => d.kind === 'pitch_deck').map((d) => d.id)).toEqual([deck.json().id]);
    expect(docs.filter((d) => d.kind === 'data_room')).toHaveLength(1);
  });

  it('an investor sees a masked summary until the enterprise grants its data room, then the whole and the deck, watermarked and logged', async () => {
    const masked = await t.request('GET', base(), { as: 'investor' });
    expect(masked.statusCode).toBe(200);
    expect(masked.json()).toMatchObject({ view: 'masked', profile: null, documents: [], summary: { round: 'series_b', amountBand: '50m_100m' } });
    expect(masked.body).not.toContain('60000000000');
    const listedMasked = (await t.request('GET', '/api/v1/fundraisings?pageSize=100', { as: 'investor' })).json().items.find((i: { creditCode: string }) => i.creditCode === own);
    expect(listedMasked).toMatchObject({ granted: false, valuationMinFen: null, amountSoughtFen: null });
    const deckId = (await t.request('GET', base(), { as: 'enterprise' })).json().documents.find((d: { kind: string }) => d.kind === 'pitch_deck').id;
    expect((await t.request('GET', `${base()}/documents/${deckId}`, { as: 'investor' })).json().error.code).toBe('fundraising.documents_need_grant');

    const grant = await t.request('POST', `/api/v1/enterprises/${own}/grants`, { as: 'enterprise', body: { institutionId: investorOrg, categories: ['data_room'], purpose: '股权投资尽职调查', expiresOn: '2027-12-31' } });
    expect(grant.statusCode, grant.body).toBe(201);
    const full = (await t.request('GET', base(), { as: 'investor' })).json();
    expect(full).toMatchObject({ view: 'full', profile: { valuationMinFen: 60_000_000_000 }, readsDocuments: true, manages: false });
    expect((await t.request('GET', '/api/v1/fundraisings?pageSize=100', { as: 'investor' })).json().items.find((i: { creditCode: string }) => i.creditCode === own)).toMatchObject({ granted: true, valuationMinFen: 60_000_000_000 });

    const res = await t.request('GET', `${base()}/documents/${deckId}`, { as: 'investor' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const stamped = await PdfLib.load(res.rawPayload);
    expect(stamped.getPageCount()).toBe(3);
    expect(stamped.getSubject()).toContain(investorName);
    expect(stamped.getSubject()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Asia\/Shanghai\)/);
    for (const page of stamped.getPages()) {
      const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
      expect(xobjects?.keys().length ?? 0).toBeGreaterThan(0); // the stamp, laid over each page
    }

    const log = (await t.request('GET', `${base()}/downloads`, { as: 'enterprise' })).json();
    expect(log.items[0]).toMatchObject({ documentId: deckId, documentKind: 'pitch_deck', viewerOrganisationName: investorName, userEmail: 'investor@vc.kejin.demo', underGrant: true });
    const access = (await t.request('GET', `/api/v1/enterprises/${own}/access-log`, { as: 'enterprise' })).json();
    expect(access.items[0]).toMatchObject({ category: 'data_room', grantId: grant.json().id });

    await t.request('DELETE', `/api/v1/grants/${grant.json().id}`, { as: 'enterprise' });
    expect((await t.request('GET', base(), { as: 'investor' })).json().view).toBe('masked');
  });

  it('the enterprise’s own download is stamped with its own name and logged without a grant; deleting keeps the log', async () => {
    const docs = (await t.request('GET', base(), { as: 'enterprise' })).json().documents as { id: string; kind: string }[];
    const paper = docs.find((d) => d.kind === 'data_room')!;
    expect((await t.request('GET', `${base()}/documents/${paper.id}`, { as: 'enterprise' })).statusCode).toBe(200);
    expect((await t.request('DELETE', `${base()}/documents/${paper.id}`, { as: 'enterprise' })).statusCode).toBe(204);
    expect((await t.request('DELETE', `${base()}/documents/${paper.id}`, { as: 'enterprise' })).statusCode).toBe(404);
    const log = (await t.request('GET', `${base()}/downloads`, { as: 'enterprise' })).json();
    expect(log.items[0]).toMatchObject({ documentId: paper.id, underGrant: false });
  });

  it('a bank’s officer neither browses nor sees a fundraising; another enterprise manages none', async () => {
    expect((await t.request('GET', '/api/v1/fundraisings', { as: 'officer' })).json().error.code).toBe('fundraising.investors_only');
    expect((await t.request('GET', base(), { as: 'officer' })).statusCode).toBe(403);
    expect((await t.request('PUT', base(), { as: 'parkAdmin', body: PROFILE })).statusCode).toBe(403);
  });
});

// Seeds the demo's fundraisings: the profiles, a small generated pitch deck for the demo enterprise
// and a few others, and one enterprise's data-room grant to the demo venture fund, so the investor
// account sees one fundraising whole and the rest masked.
import PDFDocument from 'pdfkit';
import { createHash } from 'node:crypto';
import type { Tx } from '../../db/client.ts';
import { insertFundraisingDocument, upsertFundraisingProfile } from '../../db/repositories/fundraising.ts';
import { insertGrant } from '../../db/repositories/sharing.ts';
import { generateDemoFundraisings, type DemoFundraising } from '../../domain/demo/fundraising.ts';
import type { DemoData } from '../../domain/demo/index.ts';
import { addDays } from '../../domain/shared/business-time.ts';
import { reportFonts } from '../reports/layout.ts';
import { newId } from '../shared/ids.ts';

/** The venture fund the demo investor account works for. */
export const DEMO_INVESTOR = 'pujiang-frontier-vc';

const ROUND_NAMES: Record<string, string> = { angel: '天使轮', seed: '种子轮', pre_a: 'Pre-A 轮', series_a: 'A 轮', series_b: 'B 轮', series_c: 'C 轮', later: 'D 轮及以后', pre_ipo: 'Pre-IPO', strategic: '战略融资' };

/** A two-page deck: the enterprise, the round and its use of funds, and the milestones. Fixed dates keep it deterministic. */
export async function demoPitchDeck(name: string, f: DemoFundraising, at: Date): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${name} 商业计划书`, Creator: 'Kejin demo', Producer: 'Kejin', CreationDate: at, ModDate: at } });
  doc.registerFont('sc', reportFonts().regular);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('sc').fontSize(24).text(name).moveDown().fontSize(16).text(`商业计划书 · ${ROUND_NAMES[f.round] ?? f.round}`).moveDown();
  doc.fontSize(12).text(`拟融资金额：${(f.amountSoughtFen / 1_000_000n).toString()} 万元`).text(`资金用途：${f.useOfFunds}`);
  doc.addPage().fontSize(16).text('里程碑').moveDown().fontSize(12);
  for (const m of f.milestones) doc.text(`${m.dueOn}  ${m.title}`);
  doc.end();
  return done;
}

export async function seedDemoFundraising(tx: Tx, data: DemoData, ids: { enterprises: string[]; parks: Map<string, string>; institutions: Map<string, string> }, options: { seed: number; today: string; now: Date }): Promise<number> {
  const fundraisings = generateDemoFundraisings(data.enterprises, options);
  for (const f of fundraisings) {
    const e = data.enterprises[f.ordinal]!;
    const enterpriseId = ids.enterprises[f.ordinal]!;
    const parkId = ids.parks.get(e.parkCode)!;
    await upsertFundraisingProfile(tx, { enterpriseId, parkId, round: f.round, amountSoughtFen: f.amountSoughtFen, valuationMinFen: f.valuationMinFen, valuationMaxFen: f.valuationMaxFen, useOfFunds: f.useOfFunds, milestones: f.milestones, status: f.status, createdAt: options.now, updatedAt: options.now, updatedBy: null });
    if (!f.withDeck) continue;
    const content = await demoPitchDeck(e.name, f, new Date(Date.UTC(2026, 0, 1)));
    await insertFundraisingDocument(tx, { id: newId(), enterpriseId, parkId, kind: 'pitch_deck', name: `${e.name}-商业计划书.pdf`, contentType: 'application/pdf', sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex'), content, uploadedBy: null, uploadedAt: options.now });
  }
  // One open fundraising other than the demo enterprise's shows the investor what a grant opens.
  const granting = fundraisings.find((f) => f.ordinal !== 0 && f.status === 'open');
  const investor = ids.institutions.get(DEMO_INVESTOR);
  if (granting && investor) {
    const e = data.enterprises[granting.ordinal]!;
    await insertGrant(tx, { id: newId(), parkId: ids.parks.get(e.parkCode)!, enterpriseId: ids.enterprises[granting.ordinal]!, institutionId: investor, categories: ['data_room', 'financials'], purpose: '股权融资尽职调查', expiresOn: addDays(options.today, 180), createdAt: options.now, createdBy: null });
  }
  return fundraisings.length;
}

// The demo's proof documents: small, valid PDF and PNG files generated from the claim's facts (the
// same bytes every run), uploaded through the same service the enterprise and the bank use.
import { deflateSync } from 'node:zlib';
import type { ClaimListed } from '../../db/repositories/subsidy-claims.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { ProofKind, RequiredProof } from '../../../shared/policy.ts';
import { addClaimDocument } from '../policy/claim-documents.ts';
import type { ServiceContext } from '../shared/context.ts';

/** What the demo Zhangjiang programme asks for, after Beijing's IP-pledge financing subsidy. */
export const DEMO_PROOFS: RequiredProof[] = [
  { kind: 'application_form', by: 'enterprise' },
  { kind: 'ip_certificate', by: 'enterprise' },
  { kind: 'pledge_registration', by: 'enterprise' },
  { kind: 'loan_contract', by: 'institution' },
];

/** A one-page PDF saying what it is (ASCII text, offsets computed). */
export function demoPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>', `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([head, typed, crc]);
};

/** A small grey-scale PNG (a scan's stand-in) whose stripes follow the seed text. */
export function demoPng(seedText: string, width = 64, height = 48): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit grey
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(200 + ((seedText.charCodeAt((x + y) % seedText.length) * 7) % 55));
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const FILE_NAMES: Record<ProofKind, string> = {
  application_form: '贴息申请表',
  business_licence: '营业执照',
  ip_certificate: '专利证书',
  pledge_registration: '专利权质押登记通知书',
  loan_contract: '借款合同',
  premium_invoice: '保费发票',
  guarantee_contract: '担保合同',
  other: '其他材料',
};

/** Uploads the kinds given for a claim, as its enterprise or its lender would, on the day given. */
export async function uploadDemoProofs(c: ClaimListed, kinds: readonly ProofKind[], ctxAt: (actor: Actor) => ServiceContext): Promise<void> {
  for (const kind of kinds) {
    const by = DEMO_PROOFS.find((p) => p.kind === kind)?.by ?? 'enterprise';
    const actor: Actor = by === 'enterprise'
      ? { kind: 'user', userId: null, email: null, memberships: [{ role: 'enterprise_user', organisationId: c.enterpriseId, organisationType: 'enterprise', parkId: c.parkId }] }
      : { kind: 'user', userId: null, email: null, memberships: [{ role: 'institution_officer', organisationId: c.institutionId, organisationType: 'bank', parkId: null }] };
    const scanned = kind === 'ip_certificate' || kind === 'pledge_registration';
    const content = scanned ? demoPng(`${c.creditCode}-${kind}`) : demoPdf(`Kejin demo ${kind} ${c.creditCode} ${c.periodFrom}`);
    await addClaimDocument(ctxAt(actor), c.id, { kind, name: `${FILE_NAMES[kind]}-${c.creditCode.slice(-6)}.${scanned ? 'png' : 'pdf'}`, content });
  }
}

// Every pitch deck and data-room paper leaves stamped on each page with the viewer's organisation
// and the time of the download (Asia/Shanghai), so a copy that travels says whose it was. pdfkit
// writes PDFs but cannot open one, so the stamp is drawn by pdfkit (it embeds a subset of the CJK
// font organisation names need) and laid over every page of the original by pdf-lib.
import PDFDocument from 'pdfkit';
import { PDFDocument as PdfLibDocument } from 'pdf-lib';
import { localTimeOf } from '../../domain/shared/business-time.ts';
import { reportFonts } from '../reports/layout.ts';

const STAMP = { w: 595.28, h: 841.89 };

export interface Viewer {
  organisationName: string;
  at: Date;
  timezone: string;
}

/** The stamp's words: the organisation and the local time, minutes included. */
export function watermarkText(viewer: Viewer): string {
  const t = localTimeOf(viewer.at, viewer.timezone);
  const hhmm = `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
  return `${viewer.organisationName} · ${t.date} ${hhmm} (${viewer.timezone})`;
}

/** One A4 page holding the stamp: the words large and faint across the page, and small at its foot. */
async function stampPage(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: [STAMP.w, STAMP.h], margin: 0, compress: true });
  doc.registerFont('sc', reportFonts().regular);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('sc').fillColor('#888888').fillOpacity(0.18).fontSize(18);
  doc.save().rotate(-35, { origin: [STAMP.w / 2, STAMP.h / 2] });
  for (const dy of [-220, 0, 220]) doc.text(text, -STAMP.w / 4, STAMP.h / 2 + dy, { width: STAMP.w * 1.5, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillOpacity(0.6).fontSize(8).text(text, 24, STAMP.h - 20, { width: STAMP.w - 48, align: 'right', lineBreak: false });
  doc.end();
  return done;
}

/** The PDF loaded for stamping, or null when it cannot be opened (damaged, or encrypted). */
export async function openPdf(bytes: Uint8Array): Promise<PdfLibDocument | null> {
  try {
    const pdf = await PdfLibDocument.load(bytes, { updateMetadata: false });
    return pdf.getPageCount() > 0 ? pdf : null;
  } catch {
    return null;
  }
}

/** The document with every page stamped for the viewer; its Subject names the viewer too. */
export async function watermarkPdf(bytes: Uint8Array, viewer: Viewer): Promise<Buffer> {
  const pdf = await openPdf(bytes);
  if (!pdf) throw new Error('a stored fundraising document no longer opens as a PDF');
  const text = watermarkText(viewer);
  const [stamp] = await pdf.embedPdf(await stampPage(text), [0]);
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    page.drawPage(stamp!, { x: 0, y: 0, width, height });
  }
  pdf.setSubject(`Downloaded by ${text}`);
  pdf.setModificationDate(viewer.at);
  return Buffer.from(await pdf.save());
}

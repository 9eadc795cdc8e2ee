// Lays a report's content out on three A4 pages. The output is deterministic for the same
// content and issue time (dates come from the issue time, the file ID from the info), so the
// SHA-256 of the bytes identifies one report.
import PDFDocument from 'pdfkit';
import type { ReportContent } from '../../domain/report/content.ts';
import { ACCENT, drawBarChart, drawQr, drawRadar, MUTED } from './charts.ts';
import { bold, heading, keyValues, PAGE, paragraph, put, putRight, regular, reportFonts, table, WIDTH } from './layout.ts';

type Doc = PDFKit.PDFDocument;
const PAGES = 3;

export async function renderReportPdf(c: ReportContent, issuedAt: Date, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    compress: options.compress ?? true,
    lang: c.language,
    displayTitle: true,
    info: { Title: `${c.labels.title} — ${c.enterpriseName}`, Author: c.labels.platform, Subject: c.reportId, Creator: 'Kejin', Producer: 'Kejin', CreationDate: issuedAt, ModDate: issuedAt },
  });
  const { regular: r, bold: b } = reportFonts();
  doc.registerFont('sc', r);
  doc.registerFont('sc-bold', b);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  [pageOne, pageTwo, pageThree].forEach((draw, i) => {
    doc.addPage();
    frame(doc, c, i + 1);
    draw(doc, c);
  });
  doc.end();
  return done;
}

function frame(doc: Doc, c: ReportContent, page: number) {
  doc.rect(0, 0, PAGE.w, 40).fill(ACCENT);
  bold(doc, 11);
  put(doc, c.labels.platform, PAGE.left, 12, WIDTH / 2, '#ffffff');
  regular(doc, 8);
  putRight(doc, `${c.labels.reportId} ${c.reportId}`, PAGE.left + WIDTH / 2, 15, WIDTH / 2, '#ffffff');
  doc.lineWidth(0.5).strokeColor('#d1d5db').moveTo(PAGE.left, 806).lineTo(PAGE.right, 806).stroke();
  regular(doc, 7.5);
  put(doc, `${c.labels.verify}: ${c.verifyUrl}`, PAGE.left, 812, WIDTH - 90, MUTED);
  putRight(doc, c.labels.page(page, PAGES), PAGE.right - 90, 812, 90, MUTED);
}

function pageOne(doc: Doc, c: ReportContent) {
  bold(doc, 20);
  put(doc, c.labels.title, PAGE.left, 56, WIDTH);
  regular(doc, 9);
  put(doc, `${c.labels.issuedAt} ${c.issuedOn}    ${c.labels.validUntil} ${c.validUntil}    ${c.labels.ratedAt} ${c.rating.ratedOn}`, PAGE.left, 88, WIDTH, MUTED);
  let y = heading(doc, c.labels.identity, 112);
  y = keyValues(doc, c.identity, PAGE.left, y, WIDTH, 130);
  y = heading(doc, c.labels.rating, y + 10);
  gradeBox(doc, c, y);
  keyValues(doc, [[c.labels.score, c.rating.score], [c.labels.pd, c.rating.pd], [c.labels.stage, c.rating.stage], [c.labels.limit, c.rating.limit]], PAGE.left + 150, y, WIDTH - 150, 150);
  regular(doc, 9);
  put(doc, c.labels.limitBasis, PAGE.left, y + 98, 140, MUTED);
  paragraph(doc, c.rating.basis, PAGE.left + 150, y + 97, WIDTH - 150, 30);
  y = heading(doc, c.labels.dimensions, y + 132);
  drawRadar(doc, PAGE.left + 150, y + 120, 95, c.dimensions);
  table(doc, [{ title: c.labels.dimension, width: 130 }, { title: '0–100', width: 60, align: 'right' }], c.dimensions.map((d) => [d.name, String(d.value)]), PAGE.left + 310, y + 60);
}

function gradeBox(doc: Doc, c: ReportContent, y: number) {
  doc.roundedRect(PAGE.left, y, 130, 88, 6).fill('#eef2ff');
  regular(doc, 9);
  put(doc, c.labels.grade, PAGE.left + 10, y + 8, 110, MUTED);
  bold(doc, 34);
  const w = doc.widthOfString(c.rating.grade);
  doc.fillColor(ACCENT).text(c.rating.grade, PAGE.left + 65 - w / 2, y + 26, { lineBreak: false });
}

function pageTwo(doc: Doc, c: ReportContent) {
  let y = heading(doc, c.labels.factors, 56);
  for (const [title, rows] of [[c.labels.raising, c.raising], [c.labels.lowering, c.lowering]] as const) {
    bold(doc, 10);
    put(doc, title, PAGE.left, y, WIDTH);
    const body = rows.length ? rows.map((f) => [f.name, f.value, f.points]) : [[c.labels.none, '', '']];
    y = table(doc, [{ title: c.labels.factor, width: 250 }, { title: c.labels.value, width: 150, align: 'right' }, { title: c.labels.points, width: WIDTH - 400, align: 'right' }], body, PAGE.left, y + 20) + 12;
  }
  y = heading(doc, c.labels.financials, Math.max(y, 360) + 8);
  if (c.financials === 'withheld') return withheld(doc, c, y);
  if (!c.financials.years.length) return void (regular(doc, 10), put(doc, c.labels.noFinancials, PAGE.left, y, WIDTH, MUTED));
  regular(doc, 8);
  put(doc, c.labels.unitWan, PAGE.left, y, WIDTH, MUTED);
  const w = (WIDTH - 20) / 3;
  const { years, series } = c.financials;
  series.forEach((s, i) => drawBarChart(doc, { x: PAGE.left + i * (w + 10), y: y + 20, w, h: 220 }, s.name, years, s.values, i));
}

function pageThree(doc: Doc, c: ReportContent) {
  let y = heading(doc, c.labels.ip, 56);
  if (c.ip === 'withheld') y = withheld(doc, c, y);
  else if (!c.ip.length) y = (regular(doc, 10), put(doc, c.labels.noIp, PAGE.left, y, WIDTH, MUTED), y + 18);
  else y = table(doc, [{ title: c.labels.ipKind, width: 260 }, { title: c.labels.ipTotal, width: 110, align: 'right' }, { title: c.labels.ipInForce, width: WIDTH - 370, align: 'right' }], c.ip.map((i) => [i.kind, String(i.total), String(i.inForce)]), PAGE.left, y);
  y = heading(doc, c.labels.qualifications, y + 12);
  if (c.qualifications === 'withheld') y = withheld(doc, c, y);
  else y = table(doc, [{ title: c.labels.qualification, width: 230 }, { title: c.labels.status, width: 90 }, { title: c.labels.validity, width: WIDTH - 320 }], c.qualifications.map((q) => [q.name, q.status, q.validity]), PAGE.left, y);
  y = heading(doc, c.labels.sources, y + 12);
  const rows: [string, string][] = [
    ...c.sources.map((s, i): [string, string] => [i === 0 ? c.labels.dataSource : '', s]),
    [c.labels.snapshot, c.snapshotTakenAt],
    [c.labels.snapshotDigest, c.snapshotSha256],
    [c.labels.modelVersion, c.modelVersion],
    [c.labels.ratedAt, c.rating.ratedOn],
    [c.labels.period, `${c.issuedOn} – ${c.validUntil}`],
  ];
  y = keyValues(doc, rows.slice(0, 14), PAGE.left, y, WIDTH, 140);
  verification(doc, c, Math.min(y + 12, 640));
}

function verification(doc: Doc, c: ReportContent, y: number) {
  y = heading(doc, c.labels.verify, y);
  drawQr(doc, c.verifyUrl, PAGE.left, y, 96);
  regular(doc, 9);
  paragraph(doc, c.labels.verifyNote, PAGE.left + 110, y, WIDTH - 110, 44);
  bold(doc, 9);
  put(doc, `${c.labels.reportId}: ${c.reportId}`, PAGE.left + 110, y + 50, WIDTH - 110);
  regular(doc, 9);
  put(doc, c.verifyUrl, PAGE.left + 110, y + 66, WIDTH - 110, ACCENT);
  regular(doc, 7.5);
  paragraph(doc, c.labels.disclaimer, PAGE.left + 110, y + 84, WIDTH - 110, 30, MUTED);
}

function withheld(doc: Doc, c: ReportContent, y: number): number {
  regular(doc, 10);
  put(doc, c.labels.notGranted, PAGE.left, y, WIDTH, MUTED);
  return y + 18;
}

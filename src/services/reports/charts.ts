// Vector charts for the report, drawn with pdfkit paths (no images, so they stay sharp and small).
import QRCode from 'qrcode';

type Doc = PDFKit.PDFDocument;
export const INK = '#1f2937';
export const MUTED = '#6b7280';
export const ACCENT = '#1d4ed8';
const GRID = '#d1d5db';
const SERIES_COLOURS = ['#1d4ed8', '#059669', '#d97706'];

/** A radar of 0–100 scores; with three axes it is a triangle, which still reads as a profile. */
export function drawRadar(doc: Doc, cx: number, cy: number, radius: number, axes: { name: string; value: number }[]) {
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const point = (i: number, r: number): [number, number] => [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  doc.save().lineWidth(0.5).strokeColor(GRID);
  for (const level of [0.25, 0.5, 0.75, 1]) polygon(doc, axes.map((_, i) => point(i, radius * level))).stroke();
  axes.forEach((_, i) => doc.moveTo(cx, cy).lineTo(...point(i, radius)).stroke());
  const values = axes.map((a, i) => point(i, (radius * Math.max(0, Math.min(100, a.value))) / 100));
  polygon(doc, values).fillOpacity(0.25).fillAndStroke(ACCENT, ACCENT);
  doc.fillOpacity(1).lineWidth(1.2);
  polygon(doc, values).stroke(ACCENT);
  values.forEach(([x, y]) => doc.circle(x, y, 2).fill(ACCENT));
  doc.fontSize(8).fillColor(INK);
  axes.forEach((a, i) => {
    const [x, y] = point(i, radius + 14);
    const label = `${a.name} ${a.value}`;
    const w = doc.widthOfString(label);
    doc.text(label, x - w / 2, y - 5, { lineBreak: false });
  });
  doc.restore();
}

function polygon(doc: Doc, points: [number, number][]) {
  doc.moveTo(...points[0]!);
  for (const p of points.slice(1)) doc.lineTo(...p);
  return doc.closePath();
}

/** Bars per year for one series, with a zero line (losses go below it) and value labels. */
export function drawBarChart(doc: Doc, box: { x: number; y: number; w: number; h: number }, title: string, years: number[], values: (number | null)[], colourIndex: number) {
  const colour = SERIES_COLOURS[colourIndex % SERIES_COLOURS.length]!;
  doc.save().fontSize(9).fillColor(INK).text(title, box.x, box.y, { lineBreak: false });
  const plot = { x: box.x + 4, y: box.y + 26, w: box.w - 8, h: box.h - 44 };
  const known = values.filter((v): v is number => v !== null);
  const max = Math.max(0, ...known);
  const min = Math.min(0, ...known);
  const span = max - min || 1;
  const zeroY = plot.y + (plot.h * max) / span;
  const slot = plot.w / Math.max(1, years.length);
  const barW = Math.min(28, slot * 0.55);
  doc.fontSize(6.5);
  years.forEach((year, i) => {
    const v = values[i] ?? null;
    const x = plot.x + slot * i + (slot - barW) / 2;
    if (v !== null) {
      const h = (plot.h * Math.abs(v)) / span;
      doc.rect(x, v >= 0 ? zeroY - h : zeroY, barW, Math.max(h, 0.5)).fill(v >= 0 ? colour : '#dc2626');
      const label = compact(v);
      const lw = doc.widthOfString(label);
      doc.fillColor(INK).text(label, x + barW / 2 - lw / 2, v >= 0 ? zeroY - h - 9 : zeroY + h + 2, { lineBreak: false });
    }
    const yw = doc.widthOfString(String(year));
    doc.fillColor(MUTED).text(String(year), x + barW / 2 - yw / 2, plot.y + plot.h + 6, { lineBreak: false });
  });
  doc.lineWidth(0.6).strokeColor(MUTED).moveTo(plot.x, zeroY).lineTo(plot.x + plot.w, zeroY).stroke();
  doc.restore();
}

/** 万元 figures short enough to sit above a bar. */
const compact = (v: number) => (Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en') : v.toFixed(1));

/** The QR code as vector squares: deterministic bytes, crisp at any zoom. */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  doc.save().rect(x, y, size, size).fill('#ffffff').fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    // One rectangle per run of dark modules keeps the content stream short.
    for (let col = 0; col < modules.size; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (col - start) * cell, cell);
    }
  }
  doc.fill('#000000').restore();
}

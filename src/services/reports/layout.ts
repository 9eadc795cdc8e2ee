// Small layout helpers over pdfkit: fonts, headings, key–value rows and tables placed at fixed
// positions. Text never wraps on its own (lineBreak: false) so pdfkit never adds a page by itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { INK, MUTED } from './charts.ts';

type Doc = PDFKit.PDFDocument;
export const PAGE = { w: 595.28, h: 841.89, left: 48, right: 547 };
export const WIDTH = PAGE.right - PAGE.left;

let fonts: { regular: Buffer; bold: Buffer } | undefined;
/** Noto Sans SC from the npm package (never a system font), read once per process. */
export function reportFonts() {
  if (!fonts) {
    const dir = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
    fonts = {
      regular: readFileSync(path.join(dir, '400Regular/NotoSansSC_400Regular.ttf')),
      bold: readFileSync(path.join(dir, '700Bold/NotoSansSC_700Bold.ttf')),
    };
  }
  return fonts;
}

export const regular = (doc: Doc, size: number) => doc.font('sc').fontSize(size);
export const bold = (doc: Doc, size: number) => doc.font('sc-bold').fontSize(size);

/** Shortens text with an ellipsis until it fits the width in the current font. */
export function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function put(doc: Doc, text: string, x: number, y: number, width: number, colour = INK) {
  doc.fillColor(colour).text(fit(doc, text, width), x, y, { lineBreak: false });
}

/** Text right-aligned at x + width. */
export function putRight(doc: Doc, text: string, x: number, y: number, width: number, colour = INK) {
  const shown = fit(doc, text, width);
  doc.fillColor(colour).text(shown, x + width - doc.widthOfString(shown), y, { lineBreak: false });
}

/** Wrapped text held inside a box; anything beyond its height is cut, never paged. */
export function paragraph(doc: Doc, text: string, x: number, y: number, width: number, height: number, colour = INK) {
  doc.fillColor(colour).text(text, x, y, { width, height, ellipsis: true, lineGap: 1 });
}

export function heading(doc: Doc, text: string, y: number): number {
  bold(doc, 12);
  put(doc, text, PAGE.left, y, WIDTH);
  doc.lineWidth(0.8).strokeColor('#1d4ed8').moveTo(PAGE.left, y + 19).lineTo(PAGE.right, y + 19).stroke();
  return y + 27;
}

export function keyValues(doc: Doc, rows: [string, string][], x: number, y: number, width: number, labelWidth: number, step = 17): number {
  rows.forEach(([label, value], i) => {
    regular(doc, 9);
    put(doc, label, x, y + i * step, labelWidth - 8, MUTED);
    regular(doc, 10);
    put(doc, value, x + labelWidth, y + i * step - 1, width - labelWidth);
  });
  return y + rows.length * step;
}

export interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

export function table(doc: Doc, columns: Column[], rows: string[][], x: number, y: number, step = 16): number {
  const width = columns.reduce((s, c) => s + c.width, 0);
  doc.rect(x, y - 3, width, step).fill('#eef2ff');
  const cells = (values: string[], rowY: number, colour: string) => {
    let cx = x;
    columns.forEach((c, i) => {
      const draw = c.align === 'right' ? putRight : put;
      draw(doc, values[i] ?? '', cx + 4, rowY, c.width - 8, colour);
      cx += c.width;
    });
  };
  bold(doc, 9);
  cells(columns.map((c) => c.title), y, INK);
  regular(doc, 9);
  rows.forEach((row, i) => {
    const rowY = y + (i + 1) * step;
    doc.lineWidth(0.4).strokeColor('#e5e7eb').moveTo(x, rowY - 3).lineTo(x + width, rowY - 3).stroke();
    cells(row, rowY, INK);
  });
  return y + (rows.length + 1) * step;
}

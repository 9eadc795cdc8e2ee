// Lays a STAR readiness out on two A4 pages with the report fonts: the attributes with each
// indicator's value, requirement, gap and years to close, then each listing standard.
import PDFDocument from 'pdfkit';
import { starLabels, starValueText } from '../../domain/equity/star/labels.ts';
import type { StarConditionResult } from '../../domain/equity/star/index.ts';
import type { ReportLanguage } from '../../domain/report/labels.ts';
import { ACCENT, MUTED } from '../reports/charts.ts';
import { bold, heading, keyValues, PAGE, paragraph, put, putRight, regular, reportFonts, table, WIDTH } from '../reports/layout.ts';
import type { StarReadinessView } from './star-readiness.ts';

type Doc = PDFKit.PDFDocument;
type Labels = ReturnType<typeof starLabels>;
const PAGES = 2;
const COLUMNS = (l: Labels) => [
  { title: l.indicator, width: 170 },
  { title: l.actual, width: 78, align: 'right' as const },
  { title: l.required, width: 78, align: 'right' as const },
  { title: l.gap, width: 78, align: 'right' as const },
  { title: l.years, width: WIDTH - 404, align: 'right' as const },
];

export async function renderStarPdf(view: StarReadinessView, language: ReportLanguage, generatedAt: Date): Promise<Buffer> {
  const l = starLabels(language);
  const doc = new PDFDocument({
    size: 'A4', margin: 0, autoFirstPage: false, lang: language, displayTitle: true,
    info: { Title: `${l.title} — ${view.enterprise.name}`, Author: l.platform, Creator: 'Kejin', Producer: 'Kejin', CreationDate: generatedAt, ModDate: generatedAt },
  });
  const fonts = reportFonts();
  doc.registerFont('sc', fonts.regular);
  doc.registerFont('sc-bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  [attributesPage, standardsPage].forEach((draw, i) => {
    doc.addPage();
    frame(doc, l, view, i + 1);
    draw(doc, view, language, l);
  });
  doc.end();
  return done;
}

function frame(doc: Doc, l: Labels, view: StarReadinessView, page: number) {
  doc.rect(0, 0, PAGE.w, 40).fill(ACCENT);
  bold(doc, 11);
  put(doc, l.platform, PAGE.left, 12, WIDTH / 2, '#ffffff');
  regular(doc, 8);
  putRight(doc, `${l.asOf} ${view.asOf}`, PAGE.left + WIDTH / 2, 15, WIDTH / 2, '#ffffff');
  doc.lineWidth(0.5).strokeColor('#d1d5db').moveTo(PAGE.left, 806).lineTo(PAGE.right, 806).stroke();
  regular(doc, 7.5);
  put(doc, `${view.enterprise.name} · ${view.enterprise.creditCode}`, PAGE.left, 812, WIDTH - 90, MUTED);
  putRight(doc, l.page(page, PAGES), PAGE.right - 90, 812, 90, MUTED);
}

const ruleSetName = (view: StarReadinessView, language: ReportLanguage) => `${language === 'zh-CN' ? view.ruleSet.nameZh : view.ruleSet.nameEn} (${view.ruleSet.version})`;

function attributesPage(doc: Doc, view: StarReadinessView, language: ReportLanguage, l: Labels) {
  const r = view.readiness;
  bold(doc, 20);
  put(doc, l.title, PAGE.left, 56, WIDTH);
  let y = keyValues(doc, [
    [l.enterprise, view.enterprise.name],
    [l.creditCode, view.enterprise.creditCode],
    [l.ruleSet, ruleSetName(view, language)],
    [l.fiscalYears, r.fiscalYears.join(', ') || '—'],
    [l.staffMonth, r.staffMonth ?? '—'],
  ], PAGE.left, 92, WIDTH, 130);
  y = heading(doc, l.attributes, y + 10);
  bold(doc, 12);
  const verdict = r.attributesMet ? (r.attributesMetBy === 'exception' ? l.attributesMetByException : l.attributesMet) : l.attributesNotMet;
  put(doc, verdict, PAGE.left, y, WIDTH, r.attributesMet ? '#15803d' : '#b91c1c');
  y += 24;
  for (const group of r.groups) {
    bold(doc, 10);
    put(doc, `${l.groups[group.id]} — ${group.met ? l.met : l.notMet}`, PAGE.left, y, WIDTH, group.met ? '#15803d' : '#b91c1c');
    const rows = r.indicators.filter((i) => i.group === group.id).map((i) => [
      l.indicators[i.id], starValueText(i, i.actual, language), starValueText(i, i.required, language), i.met ? '—' : starValueText(i, i.gap, language), l.outlook(i.outlook, i.yearsToClose),
    ]);
    y = table(doc, COLUMNS(l), rows, PAGE.left, y + 18) + 8;
  }
  regular(doc, 8.5);
  paragraph(doc, [l.groupNote, ...l.notes].join('\n'), PAGE.left, y + 4, WIDTH, 70, MUTED);
}

const conditionRow = (c: StarConditionResult, language: ReportLanguage, l: Labels): string[] =>
  c.unit === 'assessment'
    ? [l.conditions[c.kind], '—', '—', '—', l.needsAssessment]
    : [l.conditions[c.kind], starValueText(c, c.actual, language), starValueText(c, c.required, language), c.met ? '—' : starValueText(c, c.gap, language), l.outlook(c.outlook, c.yearsToClose)];

function standardsPage(doc: Doc, view: StarReadinessView, language: ReportLanguage, l: Labels) {
  const r = view.readiness;
  let y = heading(doc, l.standards, 56);
  const mv = r.expectedMarketValueFen === null ? '—' : starValueText({ unit: 'fen' }, r.expectedMarketValueFen, language);
  y = keyValues(doc, [[l.marketValue, `${mv} (${l.marketValueSource[r.marketValueSource]})`]], PAGE.left, y, WIDTH, 130) + 6;
  for (const s of r.standards) {
    bold(doc, 10);
    const colour = s.status === 'met' ? '#15803d' : s.status === 'needs_assessment' ? '#b45309' : '#b91c1c';
    put(doc, `${language === 'zh-CN' ? s.nameZh : s.nameEn} — ${l.status[s.status]}`, PAGE.left, y, WIDTH, colour);
    const shown = s.met ? s.alternatives.find((a) => a.every((c) => c.met)) ?? [] : s.gaps;
    y = table(doc, COLUMNS(l), shown.map((c) => conditionRow(c, language, l)), PAGE.left, y + 18) + 10;
  }
}

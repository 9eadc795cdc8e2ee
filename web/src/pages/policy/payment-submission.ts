// Pure helpers of the data-submissions page: the CSV template, the server's field problems placed
// on the lines of the file they are about, and the totals of a preview.
import { PAYMENT_COLUMNS } from '../../api/policy-payments';
import type { FieldProblem } from '../../api/client';

/** An example line of the template (a loan id as the platform shows it, money in fen, the rate a decimal). */
export const TEMPLATE_EXAMPLE: Record<(typeof PAYMENT_COLUMNS)[number], string> = {
  loan_id: '0192f0c1-7a2b-7c3d-8e4f-5a6b7c8d9e0f',
  kind: 'premium',
  contract_no: 'POLICY-2026-0001',
  paid_on: '2026-03-01',
  amount_fen: '1500000',
  coverage_from: '2026-03-01',
  coverage_to: '2027-02-28',
  covered_amount_fen: '100000000',
  fee_rate: '0.0150',
};

/** The template file: the header the server reads, and one example line (with a BOM so spreadsheet programs read it as UTF-8). */
export function templateCsv(): string {
  return `\uFEFF${PAYMENT_COLUMNS.join(',')}\r\n${PAYMENT_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c]).join(',')}\r\n`;
}

/** Where a problem is: a CSV line and column ("line 3.fee_rate"), a JSON row ("payments[0].feeRate", row 1), or the whole file. */
export function problemPlace(field: string): { line: number; column: string } | null {
  const csv = /^line (\d+)\.(\w+)$/.exec(field);
  if (csv) return { line: Number(csv[1]), column: csv[2]! };
  const json = /^payments\[(\d+)\]\.(\w+)$/.exec(field);
  if (json) return { line: Number(json[1]) + 1, column: json[2]! };
  return null;
}

export interface LineProblems {
  /** Problems about the whole file (malformed, columns missing). */
  general: FieldProblem[];
  /** By line, in line order. */
  lines: { line: number; problems: (FieldProblem & { column: string })[] }[];
}

export function problemsByLine(problems: readonly FieldProblem[]): LineProblems {
  const general: FieldProblem[] = [];
  const byLine = new Map<number, (FieldProblem & { column: string })[]>();
  for (const p of problems) {
    const place = problemPlace(p.field);
    if (!place) {
      general.push(p);
      continue;
    }
    byLine.set(place.line, [...(byLine.get(place.line) ?? []), { ...p, column: place.column }]);
  }
  return { general, lines: [...byLine.entries()].sort(([a], [b]) => a - b).map(([line, list]) => ({ line, problems: list })) };
}

/** The rows a preview would write (not duplicates): how many, and their amount in fen. */
export function previewTotals(rows: readonly { amountFen: number; duplicate: boolean }[]): { rows: number; fen: number; duplicates: number } {
  const fresh = rows.filter((r) => !r.duplicate);
  return { rows: fresh.length, fen: fresh.reduce((sum, r) => sum + r.amountFen, 0), duplicates: rows.length - fresh.length };
}

/** The total clawed back by a surrender, in fen. */
export const clawbackTotal = (clawedBack: readonly { clawbackFen: number }[]) => clawedBack.reduce((sum, c) => sum + c.clawbackFen, 0);

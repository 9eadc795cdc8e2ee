// Pure helpers of the data-submissions page: the CSV template, the server's field problems placed
// on the lines of the file they are about, the totals of a preview, and the one row the
// single-payment form sends.
import { PAYMENT_COLUMNS, type PaymentSubmission, type PolicyPaymentKind } from '../../api/policy-payments';
import type { FieldProblem } from '../../api/client';
import { parseYuanToFen } from '../../lib/money';

type PaymentSubmissionRow = Extract<PaymentSubmission, { payments: unknown }>['payments'][number];

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

/**
 * An annual rate typed as a percentage, as the decimal fraction the server takes, by moving the
 * point in the text (never through a float): "1.5" → "0.015", "0.8" → "0.008", "12" → "0.12".
 * Null when not a percentage below 100 with at most 4 decimals (the server keeps 6).
 */
export function percentToRate(input: string): string | null {
  const match = /^(\d{1,2})(?:\.(\d{0,4}))?$/.exec(input.trim());
  if (!match) return null;
  const digits = `${match[1]!.padStart(2, '0')}${match[2] ?? ''}`.replace(/0+$/, '');
  return digits ? `0.${digits}` : '0';
}

/** What the single-payment form holds: amounts in yuan and the rate in percent, as typed. */
export interface PaymentFormValues {
  loanId: string;
  kind: PolicyPaymentKind;
  contractNo: string;
  paidOn: string;
  amountYuan: string;
  coverageFrom: string;
  coverageTo: string;
  coveredYuan: string;
  ratePercent: string;
}

/** The one row the form sends, in the CSV's units (fen, a decimal rate); the form's rules have checked each field. */
export function paymentRowOf(v: PaymentFormValues): PaymentSubmissionRow {
  return {
    loanId: v.loanId,
    kind: v.kind,
    contractNo: v.contractNo.trim(),
    paidOn: v.paidOn,
    amountFen: parseYuanToFen(v.amountYuan) ?? 0,
    coverageFrom: v.coverageFrom,
    coverageTo: v.coverageTo,
    coveredAmountFen: parseYuanToFen(v.coveredYuan) ?? 0,
    feeRate: percentToRate(v.ratePercent) ?? v.ratePercent,
  };
}

/** The server's names for the row's fields (payments[0].amountFen) as the form's. */
export const PAYMENT_FORM_FIELDS: Record<string, keyof PaymentFormValues> = Object.fromEntries(
  (
    [
      ['loanId', 'loanId'],
      ['kind', 'kind'],
      ['contractNo', 'contractNo'],
      ['paidOn', 'paidOn'],
      ['amountFen', 'amountYuan'],
      ['coverageFrom', 'coverageFrom'],
      ['coverageTo', 'coverageTo'],
      ['coveredAmountFen', 'coveredYuan'],
      ['feeRate', 'ratePercent'],
    ] as const
  ).map(([server, form]) => [`payments[0].${server}`, form]),
);

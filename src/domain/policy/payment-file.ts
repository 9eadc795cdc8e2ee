// Guarantee-fee and premium payments as an institution submits them (免申即享: the guarantor,
// insurer or lending bank sends the data, the enterprise applies for nothing): JSON rows or a CSV
// file with the header below. Every problem is named by its row and field in one pass; all rows
// or none. Money is whole fen, the rate a decimal fraction a year ("0.0080" is 0.8%), code-like
// columns (loan id, contract number) are read as text.
import { CsvError, parse } from 'csv-parse/sync';
import { invalidFields, problem, type FieldProblem } from '../shared/errors.ts';
import { parseDecimal } from './decimal.ts';

import { PAYMENT_COLUMNS, POLICY_PAYMENT_KINDS, type PolicyPaymentKind } from '../../../shared/policy.ts';

export { PAYMENT_COLUMNS, POLICY_PAYMENT_KINDS, type PolicyPaymentKind };
const MAX_ROWS = 10_000;

export interface PaymentRow {
  loanId: string;
  kind: PolicyPaymentKind;
  contractNo: string;
  paidOn: string;
  amountFen: bigint;
  coverageFrom: string;
  coverageTo: string;
  coveredAmountFen: bigint;
  feeRate: string;
}

/** A row as sent: JSON numbers for fen, or the CSV's text. */
export type PaymentRowInput = Record<keyof PaymentRow, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FEN = /^\d{1,15}$/;
const RATE = /^0(\.\d{1,6})?$/;
const isDate = (v: string) => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Checks every row; the field paths are `${prefix}[i].field` (JSON) or `line N.column` (CSV). */
export function checkPaymentRows(rows: readonly PaymentRowInput[], pathOf: (i: number, field: keyof PaymentRow) => string): PaymentRow[] {
  const problems: FieldProblem[] = [];
  if (!rows.length) throw invalidFields([problem(pathOf(0, 'loanId').replace(/\[0\]\..*|\.loan_id$|\.loanId$/, ''), 'payment.no_rows')]);
  if (rows.length > MAX_ROWS) throw invalidFields([problem('payments', 'payment.too_many_rows', { max: MAX_ROWS })]);
  const out: PaymentRow[] = [];
  rows.forEach((r, i) => {
    const text = (f: keyof PaymentRow) => (typeof r[f] === 'string' ? (r[f] as string).trim() : typeof r[f] === 'number' || typeof r[f] === 'bigint' ? String(r[f]) : '');
    type RowCode = 'payment.loan_id_format' | 'payment.kind_unknown' | 'payment.contract_no_format' | 'payment.date_format' | 'payment.fen_format' | 'payment.rate_format' | 'payment.coverage_order';
    const bad = (f: keyof PaymentRow, code: RowCode) => problems.push(problem(pathOf(i, f), code));
    const loanId = text('loanId');
    if (!UUID.test(loanId)) bad('loanId', 'payment.loan_id_format');
    const kind = text('kind');
    if (!(POLICY_PAYMENT_KINDS as readonly string[]).includes(kind)) bad('kind', 'payment.kind_unknown');
    const contractNo = text('contractNo');
    if (!contractNo || contractNo.length > 64) bad('contractNo', 'payment.contract_no_format');
    for (const f of ['paidOn', 'coverageFrom', 'coverageTo'] as const) if (!isDate(text(f))) bad(f, 'payment.date_format');
    for (const f of ['amountFen', 'coveredAmountFen'] as const) if (!FEN.test(text(f)) || BigInt(text(f)) === 0n) bad(f, 'payment.fen_format');
    const feeRate = text('feeRate');
    if (!RATE.test(feeRate) || parseDecimal(feeRate) === null) bad('feeRate', 'payment.rate_format');
    if (isDate(text('coverageFrom')) && isDate(text('coverageTo')) && text('coverageFrom') > text('coverageTo')) bad('coverageTo', 'payment.coverage_order');
    if (problems.length) return;
    out.push({ loanId: loanId.toLowerCase(), kind: kind as PolicyPaymentKind, contractNo, paidOn: text('paidOn'), amountFen: BigInt(text('amountFen')), coverageFrom: text('coverageFrom'), coverageTo: text('coverageTo'), coveredAmountFen: BigInt(text('coveredAmountFen')), feeRate });
  });
  if (problems.length) throw invalidFields(problems);
  return out;
}

const FIELD_OF: Record<(typeof PAYMENT_COLUMNS)[number], keyof PaymentRow> = {
  loan_id: 'loanId',
  kind: 'kind',
  contract_no: 'contractNo',
  paid_on: 'paidOn',
  amount_fen: 'amountFen',
  coverage_from: 'coverageFrom',
  coverage_to: 'coverageTo',
  covered_amount_fen: 'coveredAmountFen',
  fee_rate: 'feeRate',
};
const COLUMN_OF = Object.fromEntries(Object.entries(FIELD_OF).map(([c, f]) => [f, c])) as Record<keyof PaymentRow, string>;

/** A CSV file of payments (header row first, columns in any order); every cell is read as text. */
export function parsePaymentsCsv(content: string): PaymentRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(content.replace(/^\uFEFF/, ''), { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, cast: false, relax_column_count: false });
  } catch (err) {
    if (err instanceof CsvError) throw invalidFields([problem('content', 'payment.csv_malformed', { line: Number(err.lines ?? 0) })]);
    throw err;
  }
  const header = Object.keys(records[0] ?? {});
  const missing = PAYMENT_COLUMNS.filter((c) => !header.includes(c));
  if (records.length && missing.length) throw invalidFields([problem('content', 'payment.csv_columns_missing', { missing })]);
  const rows = records.map((r) => Object.fromEntries(PAYMENT_COLUMNS.map((c) => [FIELD_OF[c], r[c] ?? ''])) as PaymentRowInput);
  // Line 1 is the header.
  return checkPaymentRows(rows, (i, f) => `line ${i + 2}.${COLUMN_OF[f]}`);
}

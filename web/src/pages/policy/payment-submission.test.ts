import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../../api/client';
import { PAYMENT_COLUMNS } from '../../api/policy-payments';
import { clawbackTotal, previewTotals, problemPlace, problemsByLine, templateCsv } from './payment-submission';

const problem = (field: string, code: FieldProblem['code'] = 'payment.date_format'): FieldProblem => ({ field, code, params: {}, message: String(code) });

describe('the payments CSV template', () => {
  it('has the header the server reads and one example line with a cell per column', () => {
    const [header, example, rest] = templateCsv().replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(PAYMENT_COLUMNS.join(','));
    expect(example!.split(',')).toHaveLength(PAYMENT_COLUMNS.length);
    expect(rest).toBe('');
    expect(templateCsv().startsWith('\uFEFF')).toBe(true);
  });
});

describe('field problems by line', () => {
  it('reads CSV lines, JSON rows (from 1) and whole-file problems', () => {
    expect(problemPlace('line 3.fee_rate')).toEqual({ line: 3, column: 'fee_rate' });
    expect(problemPlace('payments[0].feeRate')).toEqual({ line: 1, column: 'feeRate' });
    expect(problemPlace('content')).toBeNull();
  });

  it('groups the problems by line in line order, keeping the whole-file ones apart', () => {
    const grouped = problemsByLine([problem('line 12.paid_on'), problem('content', 'payment.csv_malformed'), problem('line 3.fee_rate'), problem('line 12.amount_fen')]);
    expect(grouped.general.map((p) => p.code)).toEqual(['payment.csv_malformed']);
    expect(grouped.lines.map((l) => [l.line, l.problems.map((p) => p.column)])).toEqual([
      [3, ['fee_rate']],
      [12, ['paid_on', 'amount_fen']],
    ]);
  });
});

describe('totals', () => {
  it('counts what a preview would write, duplicates apart', () => {
    expect(previewTotals([{ amountFen: 100, duplicate: false }, { amountFen: 50, duplicate: true }, { amountFen: 7, duplicate: false }])).toEqual({ rows: 2, fen: 107, duplicates: 1 });
    expect(clawbackTotal([{ clawbackFen: 120 }, { clawbackFen: 3 }])).toBe(123);
    expect(clawbackTotal([])).toBe(0);
  });
});

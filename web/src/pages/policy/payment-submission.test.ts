import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../../api/client';
import { PAYMENT_COLUMNS } from '../../api/policy-payments';
import { clawbackTotal, PAYMENT_FORM_FIELDS, paymentRowOf, percentToRate, previewTotals, problemPlace, problemsByLine, templateCsv } from './payment-submission';

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

describe('one payment typed in the form', () => {
  it('reads a rate typed in percent as the decimal fraction by moving the point, never through a float', () => {
    expect(percentToRate('1.5')).toBe('0.015');
    expect(percentToRate('0.8')).toBe('0.008');
    expect(percentToRate('12')).toBe('0.12');
    expect(percentToRate(' 0.0125 ')).toBe('0.000125');
    expect(percentToRate('0')).toBe('0');
    expect(percentToRate('1.')).toBe('0.01');
    // 0.1 + 0.2 in floats would not be 0.3; the text is exact
    expect(percentToRate('0.3')).toBe('0.003');
    for (const bad of ['100', '1.23456', '-1', '1,5', '', 'abc', '1e2']) expect(percentToRate(bad)).toBeNull();
  });

  it('sends the row in the CSV’s units: yuan as whole fen, the contract trimmed', () => {
    expect(
      paymentRowOf({ loanId: 'L', kind: 'premium', contractNo: ' P-1 ', paidOn: '2026-03-01', amountYuan: '15,000.07', coverageFrom: '2026-03-01', coverageTo: '2027-02-28', coveredYuan: '1000000', ratePercent: '1.5' }),
    ).toEqual({ loanId: 'L', kind: 'premium', contractNo: 'P-1', paidOn: '2026-03-01', amountFen: 1_500_007, coverageFrom: '2026-03-01', coverageTo: '2027-02-28', coveredAmountFen: 100_000_000, feeRate: '0.015' });
  });

  it('puts the server’s problems with the row on the form’s fields', () => {
    expect(PAYMENT_FORM_FIELDS['payments[0].amountFen']).toBe('amountYuan');
    expect(PAYMENT_FORM_FIELDS['payments[0].feeRate']).toBe('ratePercent');
    expect(PAYMENT_FORM_FIELDS['payments[0].loanId']).toBe('loanId');
  });
});

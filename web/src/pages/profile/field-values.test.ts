import { describe, expect, it } from 'vitest';
import { fromFormValues, toFormValues } from './field-values';
import { SECTION_SPECS, toPayload } from './section-specs';
import { errorsByRow } from './use-section-save';
import { ApiError } from '../../api/client';

describe('profile rows through the form', () => {
  it('turns 万元 text into exact fen, losses included, and blanks into null', () => {
    const spec = SECTION_SPECS.financials;
    const row = fromFormValues(spec, { year: 2025, revenueFen: '1,234.567891', netProfitFen: '-0.29', cashFen: '  ' });
    expect(row).toMatchObject({ year: 2025, revenueFen: 1_234_567_891, netProfitFen: -290_000, cashFen: null, taxPaidFen: null });
  });

  it('round-trips a row from the server without drift', () => {
    const spec = SECTION_SPECS.financials;
    const server = { year: 2024, revenueFen: 1_954_259_701, netProfitFen: -272_347_707, source: 'demo', sourceDate: '2026-01-01' };
    expect(toPayload(spec, fromFormValues(spec, toFormValues(spec, server)))).toEqual(toPayload(spec, server));
  });

  it('sends only the section’s own fields, never provenance', () => {
    const spec = SECTION_SPECS.loans;
    const payload = toPayload(spec, { lender: '银行', amountFen: 1, startedOn: '2026-01-01', maturesOn: '2027-01-01', status: 'current', source: 'demo', updatedAt: 'x' });
    expect(Object.keys(payload).sort()).toEqual(['amountFen', 'lender', 'maturesOn', 'startedOn', 'status']);
  });

  it('keeps dates and months as the server writes them', () => {
    const spec = SECTION_SPECS.people;
    const values = toFormValues(spec, { month: '2026-03', employees: 12 });
    expect(fromFormValues(spec, values)).toMatchObject({ month: '2026-03', employees: 12, rdStaff: null });
  });
});

describe('server field problems by row', () => {
  it('reads items.<index>.<field>, and the row as a whole', () => {
    const error = new ApiError(400, 'invalid_input', 'bad', {
      fields: [
        { field: 'items.3.grantedOn', message: 'a granted item needs grantedOn' },
        { field: 'items.0', message: 'duplicate' },
        { field: 'items.3.investors.2', message: 'too long' },
        { field: 'other', message: 'ignored' },
      ],
    });
    const byRow = errorsByRow(error);
    expect(byRow.get(3)).toEqual({ grantedOn: 'a granted item needs grantedOn', investors: 'too long' });
    expect(byRow.get(0)).toEqual({ '': 'duplicate' });
    expect(byRow.size).toBe(2);
  });
});

// A row error's catalogue code: the cell's short code refined by what was expected, or a
// cross-cell rule's own code (see `import.*` in shared/error-codes/imports.ts).
import type { ErrorCode } from '../shared/errors.ts';
import type { RowError } from './import-spec.ts';

const BY_EXPECTED: Record<string, ErrorCode> = {
  amount: 'import.cell.amount_invalid',
  count: 'import.cell.count_invalid',
  year: 'import.cell.year_invalid',
  date: 'import.cell.date_invalid',
  month: 'import.cell.month_invalid',
  data: 'import.cell.boolean',
};

const BY_DAMAGE: Record<string, ErrorCode> = {
  scientific: 'import.cell.damaged_scientific',
  decimal_point: 'import.cell.damaged_decimal_point',
  too_long_number: 'import.cell.damaged_long_number',
};

export function rowErrorCode(error: RowError): ErrorCode {
  const params = error.params ?? {};
  if (error.rule) return `import.row.${error.rule}` as ErrorCode;
  if (typeof params.expected === 'string' && BY_EXPECTED[params.expected]) return BY_EXPECTED[params.expected]!;
  if (error.code === 'damaged_code') return BY_DAMAGE[String(params.damage)] ?? 'import.cell.damaged_scientific';
  if (error.code === 'bad_character') return params.textCode as ErrorCode;
  if (error.code === 'invalid_credit_code') return params.lostDigits ? 'import.cell.credit_code_lost_digits' : (`import.cell.credit_code_${String(params.reason)}` as ErrorCode);
  return `import.cell.${error.code}` as ErrorCode;
}

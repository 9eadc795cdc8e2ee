// Codes a spreadsheet has already turned into numbers. Excel shows an 18-digit credit code typed
// into a General column as 9.13101E+17 and keeps only 15 digits of it; Python and pandas write
// codes read as floats with a trailing ".0". Neither can be repaired from the file: the digits are
// gone (or, for ".0", the column was read as numbers and may have lost leading zeros), so the
// uploader is told how to fix the sheet instead.

export type CodeShape = 'digits' | 'mixed';

const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
const TRAILING_POINT_ZERO = /^\d+\.0+$/;
/** Excel keeps 15 significant digits; an 18-digit code typed as a number ends in three zeros. */
const FIFTEEN_DIGITS_KEPT = /^\d{15}000$/;

export const FIX_CODE_COLUMN =
  'format the column as text (in Excel: select the column, Format Cells → Text) and enter the codes again, or paste them from the source';

/**
 * Why `text` is not a code but what a spreadsheet left of one, or null. `digits` codes (credit
 * codes, region and industry codes) are never written with a decimal point; `mixed` ones (patent
 * numbers such as 201710601862.0, whose check digit may be 0) are only checked for exponents.
 */
export function describeDamagedCode(text: string, shape: CodeShape): { kind: 'scientific' | 'decimal_point'; message: string } | null {
  if (SCIENTIFIC.test(text)) return { kind: 'scientific', message: `"${text}" is a number in scientific notation: the spreadsheet turned the code into a number and lost its digits; ${FIX_CODE_COLUMN}` };
  if (shape === 'digits' && TRAILING_POINT_ZERO.test(text)) return { kind: 'decimal_point', message: `"${text}" ends in a decimal point: the code was read as a number; ${FIX_CODE_COLUMN}` };
  return null;
}

/** For a credit code whose check character is wrong: it may have lost its last digits as a number. */
export function lostDigitsHint(code: string): string | null {
  return FIFTEEN_DIGITS_KEPT.test(code) ? `if the spreadsheet turned the codes into numbers, their last digits became 000; ${FIX_CODE_COLUMN}` : null;
}

/**
 * The text of a number cell in a code column, or null when the number cannot be the code the user
 * typed: past 2^53 a double does not hold every integer, so the digits shown are not the file's.
 */
export function codeTextOfNumber(value: number): string | null {
  return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
}

// Exact conversions between fen (bigint) and the 万元 figures people type into spreadsheets.
// Parsing works on the decimal text, never through a binary float.

export const FEN_PER_WAN = 1_000_000n; // 1 万元 = 10,000 yuan = 1,000,000 fen
/** Six decimal places of 万元 are one fen; more would be a fraction of a fen. */
export const WAN_DECIMALS = 6;

export type WanParse = { ok: true; fen: bigint } | { ok: false; reason: 'not_a_number' | 'too_precise' };

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * "1234.56" → 12345600000n. Accepts a sign, thousands separators in groups of three and
 * trailing zeros beyond six decimals ("1.50000000"), but no exponent and no fraction of a fen.
 */
export function parseWan(text: string): WanParse {
  const trimmed = text.trim();
  const plain = GROUPED.test(trimmed) ? trimmed.replaceAll(',', '') : trimmed;
  const match = DECIMAL.exec(plain);
  if (match === null) return { ok: false, reason: 'not_a_number' };
  const [, sign, whole = '', rawFraction = ''] = match;
  if (whole === '' && rawFraction === '') return { ok: false, reason: 'not_a_number' };
  const fraction = rawFraction.replace(/0+$/, '');
  if (fraction.length > WAN_DECIMALS) return { ok: false, reason: 'too_precise' };
  const magnitude = BigInt(whole || '0') * FEN_PER_WAN + BigInt(fraction.padEnd(WAN_DECIMALS, '0'));
  return { ok: true, fen: sign === '-' ? -magnitude : magnitude };
}

/** 12345600000n → "1234.56": the shortest exact 万元 text, so parseWan gives the same fen back. */
export function formatWan(fen: bigint): string {
  const negative = fen < 0n;
  const magnitude = negative ? -fen : fen;
  const whole = (magnitude / FEN_PER_WAN).toString();
  const fraction = (magnitude % FEN_PER_WAN).toString().padStart(WAN_DECIMALS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A spreadsheet number as plain decimal text. Excel keeps 15 significant digits, so rounding
 * to 15 removes binary noise (0.1 + 0.2 → "0.3") without inventing digits; exponents are
 * written out ("1e-7" → "0.0000001").
 */
export function numberToDecimalText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(Number(value.toPrecision(15)));
  const match = /^(-)?(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = '', first = '', rest = '', exponentText = '0'] = match;
  const digits = first + rest;
  const point = 1 + Number(exponentText); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** For comparisons against yuan thresholds; see criteria/measures.ts for why this is exact enough. */
export function fenToYuan(fen: bigint): number {
  return Number(fen) / 100;
}

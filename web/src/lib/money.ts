// Money is integer fen everywhere. User input is parsed as a decimal string, never as a float.

const FEN_PER_YUAN = 100n;
const FEN_PER_WAN = 1_000_000n;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Not an integer amount of fen: ${fen}`);
}

/** 123456 → "¥1,234.56"; -5 → "-¥0.05". */
export function formatFen(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = BigInt(Math.abs(fen));
  const yuan = groupThousands((abs / FEN_PER_YUAN).toString());
  const cents = (abs % FEN_PER_YUAN).toString().padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

/** Fen as a number of 万元 with at most `decimals` places, rounded half up, zeros trimmed: "1,234.5". */
export function fenToWan(fen: number, decimals = 2): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = BigInt(Math.abs(fen));
  const unit = FEN_PER_WAN / 10n ** BigInt(decimals);
  const scaled = (abs + unit / 2n) / unit; // half up, in units of 10^-decimals 万元
  const factor = 10n ** BigInt(decimals);
  const whole = groupThousands((scaled / factor).toString());
  const fraction = decimals > 0 ? (scaled % factor).toString().padStart(decimals, '0').replace(/0+$/, '') : '';
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Whole yuan without the cents when there are none: 350000000 → "¥3,500,000"; 150 → "¥1.50". */
export function formatYuan(fen: number): string {
  const text = formatFen(fen);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/** 1234000000 → "1,234 万元". */
export function formatWan(fen: number, unit = '万元', decimals = 2): string {
  return `${fenToWan(fen, decimals)} ${unit}`;
}

/** Fen as an exact, ungrouped 万元 string for editing: 1234500000 → "1234.5". */
export function fenToWanInput(fen: number): string {
  return fenToWan(fen, 6).replace(/,/g, '');
}

function parseDecimalToFen(input: string, fenPerUnit: bigint, maxDecimals: number): number | null {
  const text = input.trim().replace(/,/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return null;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > maxDecimals) return null;
  const fen = BigInt(whole) * fenPerUnit + BigInt(fraction.padEnd(maxDecimals, '0') || '0');
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(fen);
}

/** "1234.56" (元) → 123456 fen; null when not a non-negative amount with at most 2 decimals. */
export function parseYuanToFen(input: string): number | null {
  return parseDecimalToFen(input, FEN_PER_YUAN, 2);
}

/** "123.4" (万元) → 1234000000 fen; null when not a non-negative amount with at most 6 decimals. */
export function parseWanToFen(input: string): number | null {
  return parseDecimalToFen(input, FEN_PER_WAN, 6);
}

/** Like parseWanToFen, but a leading minus is allowed (losses, outflows): "-12.5" → -12500000. */
export function parseSignedWanToFen(input: string): number | null {
  const text = input.trim();
  const negative = text.startsWith('-');
  const rest = negative ? text.slice(1) : text;
  if (!/^\d/.test(rest)) return null;
  const fen = parseWanToFen(rest);
  if (fen === null) return null;
  return negative && fen !== 0 ? -fen : fen;
}

const COMPACT_UNITS: readonly [bigint, string][] = [
  [100_000_000_000n, 'bn'], // fen in a billion yuan
  [100_000_000n, 'm'],
  [100_000n, 'k'],
];

/** Fen in tenths of a unit, rounded half up: the one decimal of "¥8.0m". */
function tenthsOf(abs: bigint, unitFen: bigint): bigint {
  return (abs * 10n + unitFen / 2n) / unitFen;
}

/**
 * An amount the English way, compact: 800000000 fen → "¥8.0m", 50000000 → "¥500k", 150000 →
 * "¥1.5k"; below a thousand yuan as it is ("¥950"); exact from integer fen.
 */
export function formatCompactYuan(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = BigInt(Math.abs(fen));
  for (const [i, [unitFen, suffix]] of COMPACT_UNITS.entries()) {
    const lower = COMPACT_UNITS[i + 1]?.[0];
    // A unit is used from one of it, or when the next one down would round up to a thousand ("¥999.96m" reads "¥1.0bn").
    if (abs < unitFen && !(lower && tenthsOf(abs, lower) >= 10_000n)) continue;
    const tenths = tenthsOf(abs, unitFen);
    const whole = groupThousands((tenths / 10n).toString());
    const decimal = (tenths % 10n).toString();
    // "¥500k" rather than "¥500.0k"; millions and billions keep their decimal ("¥8.0m").
    const text = suffix === 'k' && decimal === '0' ? whole : `${whole}.${decimal}`;
    return `${sign}¥${text}${suffix}`;
  }
  return `${sign}${formatYuan(Math.abs(fen))}`;
}

/** Money in the reader's language: "¥8.0m" in English, "800 万元" in Chinese. */
export function formatAmount(fen: number, language: string, wanUnit = '万元'): string {
  return language === 'en' ? formatCompactYuan(fen) : formatWan(fen, wanUnit);
}

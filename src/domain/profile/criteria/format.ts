// How measured values read in rule messages (English, for API users and the CLI). The web words its
// own explanations from the rule's fields: measure, unit, values and the missing reasons' codes.
import type { MeasureUnit, RuleOp } from './types.ts';

const OP_TEXT: Readonly<Record<RuleOp, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '==': '=',
  in: 'is one of',
  prefix_in: 'is under one of',
};

export const opText = (op: RuleOp): string => OP_TEXT[op];

const withThousands = (whole: string): string => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Up to two decimals, trailing zeros dropped: 12.50 → "12.5". */
const trimmed = (value: number, decimals = 2): string => String(Number(value.toFixed(decimals)));

export function formatMeasured(value: number | string | string[], unit: MeasureUnit): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'fraction':
      return `${trimmed(value * 100)}%`;
    case 'yuan':
      return `${value < 0 ? '-' : ''}¥${withThousands(String(Math.round(Math.abs(value))))}`;
    case 'years': {
      const shown = Math.floor(value * 100) / 100; // truncated, so 364 days never reads as "1 year"
      return `${shown} ${shown === 1 ? 'year' : 'years'}`;
    }
    case 'flag':
      return value === 1 ? 'yes' : 'no';
    default:
      return trimmed(value);
  }
}

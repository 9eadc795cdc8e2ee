// A small synthetic credit book for tests and demos: the default odds depend on known features
// (income, utilisation, region; age has no effect), with some missing values and noise.
import { createRandom } from '../demo/random.ts';

export const SYNTHETIC_HEADER = ['income', 'utilisation', 'region', 'age', 'defaulted'] as const;

/** Rows of CSV cells (strings) with the header first; `defaulted` is 1 for the positive class. */
export function syntheticCreditRows(rows: number, seed: number): string[][] {
  const random = createRandom(seed);
  const regions = ['north', 'south', 'east', 'west'];
  const regionEffect: Record<string, number> = { north: -0.6, south: 0.1, east: 0.4, west: 0.9 };
  const out: string[][] = [[...SYNTHETIC_HEADER]];
  for (let i = 0; i < rows; i++) {
    const income = Math.exp(random.normal(10.5, 0.5));
    const utilisation = random.next();
    const region = random.pick(regions);
    const age = random.int(20, 70);
    const logit = -1.5 - 1.2 * (Math.log(income) - 10.5) / 0.5 + 2.5 * (utilisation - 0.5) + regionEffect[region]!;
    const defaulted = random.next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    const incomeCell = random.chance(0.05) ? '' : income.toFixed(0);
    out.push([incomeCell, utilisation.toFixed(3), region, String(age), String(defaulted)]);
  }
  return out;
}

export const toCsv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map(quote).join(',')).join('\n') + '\n';
const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

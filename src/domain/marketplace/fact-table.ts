// Many enterprises' facts in columns: one Float64Array per numeric fact and one string array per
// category, so a rule runs as a tight loop over a column (leads over a million enterprises, the
// nightly full match). One enterprise is a table of one row. A table is not changed once built.
import { CATEGORY_FACTS, NUMERIC_FACTS, type EnterpriseFacts } from './facts.ts';

export interface FactTable {
  size: number;
  enterpriseIds: string[];
  numbers: Float64Array[]; // [fact][row]
  categories: string[][]; // [fact][row]
}

export function factTable(rows: readonly EnterpriseFacts[]): FactTable {
  const numbers = NUMERIC_FACTS.map(() => new Float64Array(rows.length));
  const categories = CATEGORY_FACTS.map(() => new Array<string>(rows.length));
  rows.forEach((r, i) => {
    for (let f = 0; f < numbers.length; f++) numbers[f]![i] = r.numbers[f]!;
    for (let f = 0; f < categories.length; f++) categories[f]![i] = r.categories[f]!;
  });
  return { size: rows.length, enterpriseIds: rows.map((r) => r.enterpriseId), numbers, categories };
}

export function rowFacts(table: FactTable, row: number): EnterpriseFacts {
  return {
    enterpriseId: table.enterpriseIds[row]!,
    numbers: Float64Array.from(table.numbers, (column) => column[row]!),
    categories: table.categories.map((column) => column[row]!),
  };
}

/** A category column dictionary-encoded: `values[codes[row]]` is the row's value. */
export interface CategoryCodes {
  codes: Uint32Array;
  values: string[];
}

// Tables are not changed once built (a reload builds a new one), so a column's codes are computed
// once and kept for as long as the column itself.
const encoded = new WeakMap<readonly string[], CategoryCodes>();

/** The column's codes, so a rule on a category is judged once per distinct value, not per row. */
export function categoryCodes(column: readonly string[]): CategoryCodes {
  let found = encoded.get(column);
  if (!found) {
    const index = new Map<string, number>();
    const values: string[] = [];
    const codes = new Uint32Array(column.length);
    for (let row = 0; row < column.length; row++) {
      const value = column[row]!;
      let code = index.get(value);
      if (code === undefined) {
        code = values.push(value) - 1;
        index.set(value, code);
      }
      codes[row] = code;
    }
    found = { codes, values };
    encoded.set(column, found);
  }
  return found;
}

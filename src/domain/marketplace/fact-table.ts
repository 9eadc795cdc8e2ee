// Many enterprises' facts in columns: one Float64Array per numeric fact and one string array per
// category, so a rule runs as a tight loop over a column (leads over a million enterprises, the
// nightly full match). One enterprise is a table of one row.
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

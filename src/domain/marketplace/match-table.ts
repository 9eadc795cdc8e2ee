// Matching over a table of enterprises: a product's leads (every eligible enterprise, best fit
// first) and the nightly full match (each enterprise's best products). A product's checks narrow
// the surviving rows one column at a time (a category rule judged once per distinct value), and
// only eligible rows are scored.
import { categoryCodes, type FactTable } from './fact-table.ts';
import { passesCategory, type CompiledProduct } from './compile.ts';
import { noRankingFacts, PARK, rankingFactsAt, scoreOf, type MatchContext } from './fit.ts';
import { marginOf } from './rules.ts';

/**
 * The rows in one of the product's parks that pass all its checks, ascending, written into `into`
 * (as long as the table). Each check narrows the survivors of the one before.
 */
function eligibleRows(p: CompiledProduct, table: FactTable, into: Uint32Array): Uint32Array {
  const parks = categoryCodes(table.categories[PARK]!);
  const inPark = Uint8Array.from(parks.values, (v) => (p.parks.has(v) ? 1 : 0));
  let n = 0;
  for (let row = 0; row < table.size; row++) if (inPark[parks.codes[row]!]) into[n++] = row;
  for (const c of p.checks) {
    let kept = 0;
    if (c.numeric) {
      const column = table.numbers[c.column]!;
      const { lo, hi } = c;
      for (let k = 0; k < n; k++) {
        const row = into[k]!;
        const v = column[row]!;
        if (v >= lo && v <= hi) into[kept++] = row; // NaN fails both
      }
    } else {
      const column = categoryCodes(table.categories[c.column]!);
      const pass = Uint8Array.from(column.values, (v) => (passesCategory(c, v) ? 1 : 0));
      for (let k = 0; k < n; k++) {
        const row = into[k]!;
        if (pass[column.codes[row]!]) into[kept++] = row;
      }
    }
    n = kept;
  }
  return into.subarray(0, n);
}

/** The mean margin of an eligible row over the product's checks (1 without checks). */
function marginAt(p: CompiledProduct, table: FactTable, row: number): number {
  const checks = p.checks;
  let margins = 0;
  for (let j = 0; j < checks.length; j++) {
    const c = checks[j]!;
    margins += c.numeric ? marginOf(c.fact, table.numbers[c.column]![row]!, c.lo, c.hi) : 1;
  }
  return checks.length ? margins / checks.length : 1;
}

export interface Leads {
  rows: Uint32Array; // eligible rows, best first
  scores: Float64Array; // aligned with rows
}

/** Every eligible enterprise for a product, best fit first (ties: table order). */
export function leadsFor(p: CompiledProduct, table: FactTable, ctx: MatchContext): Leads {
  const rows = eligibleRows(p, table, new Uint32Array(table.size));
  const scores = new Float64Array(rows.length);
  const e = noRankingFacts();
  for (let k = 0; k < rows.length; k++) scores[k] = scoreOf(p, rankingFactsAt(table, rows[k]!, e), marginAt(p, table, rows[k]!), ctx, null);
  return byScoreThenRow(rows, scores);
}

const ROW_SLOTS = 2 ** 32;

/** Rows by score descending, then row ascending: sorted as numbers (score tenths, row) when they fit. */
function byScoreThenRow(rows: Uint32Array, scores: Float64Array): Leads {
  const keys = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const tenths = Math.round(scores[k]! * 10); // scores are whole tenths
    if (!(tenths >= 0 && tenths <= 1000)) {
      const byRow = new Map(Array.from(rows, (row, i) => [row, scores[i]!]));
      const sorted = Uint32Array.from(rows).sort((a, b) => byRow.get(b)! - byRow.get(a)! || a - b);
      return { rows: sorted, scores: Float64Array.from(sorted, (row) => byRow.get(row)!) };
    }
    keys[k] = (1000 - tenths) * ROW_SLOTS + rows[k]!;
  }
  keys.sort();
  const sorted = new Uint32Array(rows.length);
  const sortedScores = new Float64Array(rows.length);
  for (let k = 0; k < keys.length; k++) {
    const rank = Math.floor(keys[k]! / ROW_SLOTS);
    sorted[k] = keys[k]! - rank * ROW_SLOTS;
    sortedScores[k] = (1000 - rank) / 10;
  }
  return { rows: sorted, scores: sortedScores };
}

export interface TopMatches {
  perEnterprise: number;
  /** [row * perEnterprise + k]: product index, -1 where fewer matched. */
  products: Int32Array;
  scores: Float32Array;
  /** How many products each enterprise is eligible for. */
  eligibleCount: Uint32Array;
}

/** Each enterprise's best `perEnterprise` eligible products: the nightly full match. */
export function topMatches(products: readonly CompiledProduct[], table: FactTable, ctx: MatchContext, perEnterprise: number): TopMatches {
  const N = perEnterprise;
  const top = { perEnterprise: N, products: new Int32Array(table.size * N).fill(-1), scores: new Float32Array(table.size * N).fill(-1), eligibleCount: new Uint32Array(table.size) };
  const buffer = new Uint32Array(table.size);
  const e = noRankingFacts();
  products.forEach((p, index) => {
    const rows = eligibleRows(p, table, buffer);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      top.eligibleCount[row]!++;
      // Compared as stored (float32): otherwise a tie with a kept score rounded down would displace it.
      const score = Math.fround(scoreOf(p, rankingFactsAt(table, row, e), marginAt(p, table, row), ctx, null));
      const base = row * N;
      if (score <= top.scores[base + N - 1]!) continue;
      let k = N - 1; // insert into the row's list, kept best first
      while (k > 0 && top.scores[base + k - 1]! < score) {
        top.scores[base + k] = top.scores[base + k - 1]!;
        top.products[base + k] = top.products[base + k - 1]!;
        k--;
      }
      top.scores[base + k] = score;
      top.products[base + k] = index;
    }
  });
  return top;
}

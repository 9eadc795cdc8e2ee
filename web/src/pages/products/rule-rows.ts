// The rule builder's rows and the EligibilityRule JSON they stand for. A row holds numbers in the
// units an officer types (万元 for yuan, % for fractions); the rule holds the fact's own units.
import type { FieldProblem } from '../../api/client';
import type { EligibilityRule, MatchFact, RuleOp } from '../../api/marketplace';
import { problemMessage } from '../../lib/api-errors';
import { fromInputUnits, toInputUnits } from '../../lib/market-format';

export interface RuleRow {
  id: number;
  fact?: string;
  op?: RuleOp;
  value?: number | string;
  min?: number;
  max?: number;
  values?: string[];
}

export type RowField = 'fact' | 'op' | 'value' | 'min' | 'max' | 'values' | 'row';

type Facts = ReadonlyMap<string, MatchFact>;

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The rule a row stands for, or null while it is incomplete. */
export function rowToRule(row: RuleRow, facts: Facts): EligibilityRule | null {
  const fact = row.fact ? facts.get(row.fact) : undefined;
  if (!fact || !row.op || !fact.ops.includes(row.op)) return null;
  const key = fact.key;
  if (row.op === 'in' || row.op === 'not_in') return row.values?.length ? { fact: key, op: row.op, values: row.values } : null;
  if (row.op === 'between') {
    return isNumber(row.min) && isNumber(row.max) ? { fact: key, op: 'between', min: fromInputUnits(fact.unit, row.min), max: fromInputUnits(fact.unit, row.max) } : null;
  }
  if (fact.kind === 'flag') return row.op === 'gte' ? { fact: key, op: 'gte', value: 1 } : row.op === 'lte' ? { fact: key, op: 'lte', value: 0 } : null;
  if (fact.kind === 'grade') return typeof row.value === 'string' && row.value ? { fact: key, op: row.op, value: row.value } : null;
  return isNumber(row.value) ? { fact: key, op: row.op, value: fromInputUnits(fact.unit, row.value) } : null;
}

export interface CompiledRows {
  rules: EligibilityRule[];
  /** rowOf[i] is the index of the row rules[i] came from. */
  rowOf: number[];
  /** Indexes of rows not yet complete (left out of `rules`). */
  incomplete: number[];
}

export function rowsToRules(rows: readonly RuleRow[], facts: Facts): CompiledRows {
  const out: CompiledRows = { rules: [], rowOf: [], incomplete: [] };
  rows.forEach((row, i) => {
    const rule = rowToRule(row, facts);
    if (rule) {
      out.rules.push(rule);
      out.rowOf.push(i);
    } else out.incomplete.push(i);
  });
  return out;
}

export function ruleToRow(rule: EligibilityRule, facts: Facts, id: number): RuleRow {
  const unit = facts.get(rule.fact)?.unit ?? 'none';
  if (rule.op === 'in' || rule.op === 'not_in') return { id, fact: rule.fact, op: rule.op, values: [...rule.values] };
  if (rule.op === 'between') return { id, fact: rule.fact, op: 'between', min: toInputUnits(unit, rule.min), max: toInputUnits(unit, rule.max) };
  const value = typeof rule.value === 'number' ? toInputUnits(unit, rule.value) : rule.value;
  return { id, fact: rule.fact, op: rule.op, value };
}

/** A row for another fact: its first operator, no value yet (a yes/no fact starts as required). */
export function withFact(row: RuleRow, fact: MatchFact): RuleRow {
  if (fact.kind === 'flag') return flagRow(row, true, fact.key);
  return { id: row.id, fact: fact.key, op: fact.ops[0] };
}

/** A yes/no fact's row: required (gte 1) or excluded (lte 0). */
export function flagRow(row: RuleRow, required: boolean, fact = row.fact): RuleRow {
  return required ? { id: row.id, fact, op: 'gte', value: 1 } : { id: row.id, fact, op: 'lte', value: 0 };
}

/** Whether a yes/no row requires the fact (true) or its absence (false). */
export const flagRequired = (row: RuleRow) => row.op !== 'lte';

/** A row with another operator; the value is kept where it still fits. */
export function withOp(row: RuleRow, op: RuleOp): RuleRow {
  const categorical = (o?: RuleOp) => o === 'in' || o === 'not_in';
  if (categorical(op) !== categorical(row.op) || (op === 'between') !== (row.op === 'between')) return { id: row.id, fact: row.fact, op };
  return { ...row, op };
}

export interface RowProblems {
  byRow: Map<number, { field: RowField; message: string }[]>;
  /** Problems with the rule set as a whole ("at most 40 rules"). */
  general: string[];
}

const ROW_FIELDS = new Set<RowField>(['fact', 'op', 'value', 'min', 'max', 'values']);

/**
 * Puts the server's `rules.2.min`-style problems on the rows they name, each in the page's language,
 * with the fact they name (`{fact}`, a key such as `grade`) said by `factName`.
 */
export function rowProblems(problems: readonly FieldProblem[], rowOf: readonly number[], factName: (key: string) => string = (key) => key): RowProblems {
  const out: RowProblems = { byRow: new Map(), general: [] };
  for (const raw of problems) {
    const fact = raw.params?.fact;
    const problem = typeof fact === 'string' ? { ...raw, params: { ...raw.params, fact: factName(fact) } } : raw;
    const match = /^rules(?:\.(\d+)(?:\.(\w+))?)?/.exec(problem.field);
    if (!match) continue;
    const row = match[1] === undefined ? undefined : rowOf[Number(match[1])];
    if (row === undefined) {
      out.general.push(problemMessage(problem));
      continue;
    }
    const named = match[2] as RowField | undefined;
    const field: RowField = named && ROW_FIELDS.has(named) ? named : 'row';
    out.byRow.set(row, [...(out.byRow.get(row) ?? []), { field, message: problemMessage(problem) }]);
  }
  return out;
}

// The simulator beside the programme editor, in pure pieces: the body it sends (the form's
// programme without the save-only fields), the default period (the twelve months up to the
// business day), the share of the budget a simulation uses, and its breakdowns as table rows with
// the published version's figures and the difference merged in by key.
import type { Dayjs } from 'dayjs';
import { GRADES } from '../../../../shared/rating.ts';
import type { Simulation, SimulationInput } from '../../api/policy';
import { programmeBody, type ProgrammeFormValues } from './programme-form';

export type SimulationSource = SimulationInput['source'];
export const SIMULATION_SOURCES: readonly NonNullable<SimulationSource>[] = ['loans', 'synthetic'];
export const SYNTHETIC_DEFAULTS = { size: 10_000, seed: 1 } as const;

/** The programme as the simulator takes it: the editor's body without name, English name and status (saved beside a programme, not in it). */
export function simulationProgramme(values: ProgrammeFormValues): Record<string, unknown> {
  const { name: _name, nameEn: _nameEn, status: _status, ...programme } = programmeBody(values, 'draft');
  return programme;
}

/** One text per programme body, the same for the same programme whatever the order of its keys. */
export function programmeKey(programme: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sorted(programme));
}

/** The key of what the form holds now; null while it cannot make a body (a required field still empty). */
export function formProgrammeKey(values: Partial<ProgrammeFormValues> | undefined): string | null {
  if (!values || typeof values.id !== 'string' || typeof values.name !== 'string' || typeof values.nameEn !== 'string' || typeof values.share !== 'string' || typeof values.budgetYuan !== 'string') return null;
  try {
    return programmeKey(simulationProgramme(values as ProgrammeFormValues));
  } catch {
    return null;
  }
}

/**
 * The default period: the twelve months up to today (business dates, both ends counted), or the
 * year so far for a programme with a yearly cap per enterprise, whose period must stay in one
 * calendar year: 2026-12-07 → 2025-12-08 to 2026-12-07, or 2026-01-01 to 2026-12-07.
 */
export function defaultPeriod(today: Dayjs, yearlyCap = false): { from: string; to: string } {
  const from = yearlyCap ? today.startOf('year') : today.subtract(12, 'month').add(1, 'day');
  return { from: from.format('YYYY-MM-DD'), to: today.format('YYYY-MM-DD') };
}

/** The share of the budget used once the simulated grants are made (grants before the period included); null without a budget. */
export function budgetUsedShare(budgetFen: number | null, budgetLeftAfterFen: number): number | null {
  if (budgetFen === null || budgetFen <= 0) return null;
  return (budgetFen - budgetLeftAfterFen) / budgetFen;
}

/** "2026-05" in the reader's language: "2026年5月", "May 2026". */
export function formatMonth(month: string, language: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const [year, number] = [Number(m[1]), Number(m[2])];
  if (language !== 'en') return `${year}年${number}月`;
  return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 1)));
}

const GRADE_ORDER: readonly string[] = [...GRADES, 'unrated'];
const gradeAt = (k: string) => (GRADE_ORDER.includes(k) ? GRADE_ORDER.indexOf(k) : GRADE_ORDER.length);
const byGrade = (a: string, b: string) => gradeAt(a) - gradeAt(b);

export type Dimension = 'byPark' | 'byIndustry' | 'byGrade' | 'byMonth';
export const DIMENSIONS: readonly Dimension[] = ['byPark', 'byIndustry', 'byGrade', 'byMonth'];

/** One group of a breakdown as the panel shows it; the current version's figures only when there is one. */
export interface BreakdownTableRow {
  key: string;
  label: string;
  loans: number;
  eligibleLoans: number;
  grantedFen: number;
  current?: { eligibleLoans: number; grantedFen: number; deltaFen: number };
}

/**
 * A breakdown as rows: the draft's groups, and the groups only the current version reaches (with
 * the draft at zero), in the order the server sends (parks and industries by code, grades best
 * first, months oldest first); `label` names each key (park and industry names, never codes).
 */
export function breakdownRows(s: Simulation, dimension: Dimension, label: (key: string) => string): BreakdownTableRow[] {
  const draft = new Map(s[dimension].map((r) => [r.key, r]));
  const delta = s.delta ? new Map(s.delta[dimension].map((r) => [r.key, r])) : null;
  const keys = [...draft.keys()];
  for (const key of delta?.keys() ?? []) if (!draft.has(key)) keys.push(key);
  if (delta) keys.sort(dimension === 'byGrade' ? byGrade : undefined);
  return keys.map((key) => {
    const d = draft.get(key);
    const c = delta?.get(key);
    const row: BreakdownTableRow = { key, label: label(key), loans: d?.loans ?? 0, eligibleLoans: d?.eligibleLoans ?? 0, grantedFen: d?.grantedFen ?? 0 };
    if (delta) row.current = { eligibleLoans: c?.currentEligibleLoans ?? 0, grantedFen: c?.currentFen ?? 0, deltaFen: c?.deltaFen ?? row.grantedFen };
    return row;
  });
}

/** The grants month by month and added up, to see when the budget runs out. */
export function cumulativeFen(rows: readonly { grantedFen: number }[]): number[] {
  let sum = 0;
  return rows.map((r) => (sum += r.grantedFen));
}

/** A park's name from the row the server sent, in the reader's language; the code only when the park is unknown. */
export function parkLabelOf(s: Simulation, language: string): (code: string) => string {
  const names = new Map<string, { name: string | null; nameEn: string | null }>();
  for (const r of [...s.byPark, ...(s.delta?.byPark ?? [])]) if (r.name || r.nameEn) names.set(r.key, r);
  return (code) => {
    const n = names.get(code);
    return (language === 'en' ? n?.nameEn || n?.name : n?.name || n?.nameEn) ?? code;
  };
}

/** Ineligible loans per unmet rule, most first; the code without its "subsidy." prefix (an i18n key). */
export function reasonRows(byReason: Record<string, number>): { reason: string; loans: number }[] {
  return Object.entries(byReason)
    .map(([code, loans]) => ({ reason: code.replace(/^subsidy\./, ''), loans }))
    .sort((a, b) => b.loans - a.loans || (a.reason < b.reason ? -1 : 1));
}

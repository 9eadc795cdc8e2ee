// The current version of a programme and a draft over the same loans, side by side: both
// simulations and what the draft changes (draft − current), overall and per park, industry,
// grade and month.
import type { Programme } from './programme.ts';
import { simulateProgramme, type BreakdownRow, type SimulationInput, type SimulationResult } from './simulate.ts';

/** One group's grants under both versions. */
export interface BreakdownDelta {
  key: string;
  currentFen: bigint;
  draftFen: bigint;
  /** draft − current. */
  deltaFen: bigint;
  currentEligibleLoans: number;
  draftEligibleLoans: number;
}

export interface SimulationDelta {
  eligibleLoans: number;
  enterprisesEligible: number;
  enterprisesReached: number;
  requestedFen: bigint;
  totalFen: bigint;
  budgetLeftAfterFen: bigint;
  budgetExhaustedMonth: { current: string | null; draft: string | null };
  byPark: BreakdownDelta[];
  byIndustry: BreakdownDelta[];
  byGrade: BreakdownDelta[];
  byMonth: BreakdownDelta[];
}

export interface ProgrammeComparison {
  current: SimulationResult;
  draft: SimulationResult;
  /** draft − current. */
  delta: SimulationDelta;
}

/** Everything a simulation takes but the programme and its budget left. */
export type ComparisonInput = Omit<SimulationInput, 'programme' | 'budgetLeftFen'>;

/**
 * Simulates `current` and `draft` over the same portfolio and period. Each starts from its own
 * budget left (`budgetsLeftFen`), or from its whole budget (caps.budgetFen) when not given.
 */
export function compareProgrammes(current: Programme, draft: Programme, input: ComparisonInput, budgetsLeftFen: { current?: bigint; draft?: bigint } = {}): ProgrammeComparison {
  const a = simulateProgramme({ ...input, programme: current, ...(budgetsLeftFen.current === undefined ? {} : { budgetLeftFen: budgetsLeftFen.current }) });
  const b = simulateProgramme({ ...input, programme: draft, ...(budgetsLeftFen.draft === undefined ? {} : { budgetLeftFen: budgetsLeftFen.draft }) });
  return {
    current: a,
    draft: b,
    delta: {
      eligibleLoans: b.eligibleLoans - a.eligibleLoans,
      enterprisesEligible: b.enterprisesEligible - a.enterprisesEligible,
      enterprisesReached: b.enterprisesReached - a.enterprisesReached,
      requestedFen: b.requestedFen - a.requestedFen,
      totalFen: b.totalFen - a.totalFen,
      budgetLeftAfterFen: b.budgetLeftAfterFen - a.budgetLeftAfterFen,
      budgetExhaustedMonth: { current: a.budgetExhaustedMonth, draft: b.budgetExhaustedMonth },
      byPark: rowDeltas(a.byPark, b.byPark),
      byIndustry: rowDeltas(a.byIndustry, b.byIndustry),
      byGrade: rowDeltas(a.byGrade, b.byGrade),
      byMonth: rowDeltas(a.byMonth, b.byMonth),
    },
  };
}

/** The union of both versions' keys, in the current version's order then the draft's new keys. */
function rowDeltas(current: readonly BreakdownRow[], draft: readonly BreakdownRow[]): BreakdownDelta[] {
  const keys = [...new Set([...current.map((r) => r.key), ...draft.map((r) => r.key)])];
  const [a, b] = [new Map(current.map((r) => [r.key, r])), new Map(draft.map((r) => [r.key, r]))];
  return keys.map((key) => {
    const [x, y] = [a.get(key), b.get(key)];
    const [currentFen, draftFen] = [x?.grantedFen ?? 0n, y?.grantedFen ?? 0n];
    return { key, currentFen, draftFen, deltaFen: draftFen - currentFen, currentEligibleLoans: x?.eligibleLoans ?? 0, draftEligibleLoans: y?.eligibleLoans ?? 0 };
  });
}

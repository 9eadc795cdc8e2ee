// Sharing what is left of a programme's budget among a run's claims, after their caps. When the
// claims fit, each gets what it asked. When they do not, the programme's rule decides:
//   first_come — claims in order of their first counted repayment date, then loan id; each is paid
//                in full while the budget lasts, the one that crosses it gets the remainder, the rest 0;
//   pro_rata   — each gets floor(asked × budget / total asked) (the one rounding rule), and the fen
//                left by rounding go one each to the largest remainders (ties: loan id), so the total
//                equals the budget exactly and no claim gets more than it asked.
// Every claim that asked for something gets a `budget` trail step; ineligible claims pass unchanged.
// A budget is one programme's, whatever its kind: claims of more than one programme are refused.
import { fail } from '../shared/errors.ts';
import type { SubsidyClaim } from './claim.ts';
import { roundFen } from './decimal.ts';
import type { BudgetRule } from './programme.ts';
import type { TrailStep } from './trail.ts';

export interface BudgetAllocation {
  /** The claims in the order given, each with its granted subsidyFen and a budget step. */
  claims: SubsidyClaim[];
  totalFen: bigint;
  budgetLeftFen: bigint;
}

const byLoanId = (a: SubsidyClaim, b: SubsidyClaim) => (a.loanId < b.loanId ? -1 : a.loanId > b.loanId ? 1 : 0);

/** Shares `budgetLeftFen` among `claims` by `rule`. */
export function allocateBudget(claims: readonly SubsidyClaim[], rule: BudgetRule, budgetLeftFen: bigint): BudgetAllocation {
  if (budgetLeftFen < 0n) throw new RangeError('the budget left cannot be negative');
  const programmes = [...new Set(claims.map((c) => c.programmeId))];
  if (programmes.length > 1) throw fail('subsidy.budget_mixed_programmes', { programmes: programmes.sort() });
  const asking = claims.filter((c) => c.eligible && c.subsidyFen > 0n);
  const askedFen = asking.reduce((sum, c) => sum + c.subsidyFen, 0n);
  const granted = askedFen <= budgetLeftFen ? inFull(asking, rule, budgetLeftFen) : rule === 'first_come' ? firstCome(asking, budgetLeftFen) : proRata(asking, askedFen, budgetLeftFen);
  const out = claims.map((c) => {
    const step = granted.get(c);
    return step ? { ...c, subsidyFen: step.grantedFen, trail: [...c.trail, step] } : c;
  });
  const totalFen = [...granted.values()].reduce((sum, s) => sum + s.grantedFen, 0n);
  return { claims: out, totalFen, budgetLeftFen: budgetLeftFen - totalFen };
}

type BudgetStep = Extract<TrailStep, { step: 'budget' }>;

/** first_come order: first counted repayment date, then loan id. */
export function firstComeOrder(claims: readonly SubsidyClaim[]): SubsidyClaim[] {
  return [...claims].sort((a, b) => {
    const [da, db] = [a.firstRepaymentOn ?? '', b.firstRepaymentOn ?? ''];
    return da < db ? -1 : da > db ? 1 : byLoanId(a, b);
  });
}

function inFull(claims: readonly SubsidyClaim[], rule: BudgetRule, budget: bigint): Map<SubsidyClaim, BudgetStep> {
  const steps = new Map<SubsidyClaim, BudgetStep>();
  let left = budget;
  for (const c of rule === 'first_come' ? firstComeOrder(claims) : [...claims].sort(byLoanId)) {
    steps.set(c, { step: 'budget', rule, outcome: 'in_full', requestedFen: c.subsidyFen, grantedFen: c.subsidyFen, budgetLeftBeforeFen: left, budgetLeftAfterFen: left - c.subsidyFen });
    left -= c.subsidyFen;
  }
  return steps;
}

function firstCome(claims: readonly SubsidyClaim[], budget: bigint): Map<SubsidyClaim, BudgetStep> {
  const steps = new Map<SubsidyClaim, BudgetStep>();
  let left = budget;
  for (const c of firstComeOrder(claims)) {
    const grantedFen = c.subsidyFen <= left ? c.subsidyFen : left;
    const outcome = grantedFen === c.subsidyFen ? 'in_full' : grantedFen > 0n ? 'remainder' : 'exhausted';
    steps.set(c, { step: 'budget', rule: 'first_come', outcome, requestedFen: c.subsidyFen, grantedFen, budgetLeftBeforeFen: left, budgetLeftAfterFen: left - grantedFen });
    left -= grantedFen;
  }
  return steps;
}

function proRata(claims: readonly SubsidyClaim[], askedFen: bigint, budget: bigint): Map<SubsidyClaim, BudgetStep> {
  const parts = claims.map((c) => {
    const exact = c.subsidyFen * budget;
    return { claim: c, fen: roundFen(exact, askedFen), remainder: exact % askedFen };
  });
  let leftover = budget - parts.reduce((sum, p) => sum + p.fen, 0n);
  // largest remainder first; equal remainders by loan id, so the result never depends on input order
  const ranked = [...parts].sort((a, b) => (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : byLoanId(a.claim, b.claim)));
  const extra = new Map<SubsidyClaim, bigint>();
  for (const p of ranked) {
    if (leftover === 0n) break;
    extra.set(p.claim, 1n);
    leftover -= 1n;
  }
  const steps = new Map<SubsidyClaim, BudgetStep>();
  let left = budget;
  for (const p of [...parts].sort((a, b) => byLoanId(a.claim, b.claim))) {
    const remainderFen = extra.get(p.claim) ?? 0n;
    const grantedFen = p.fen + remainderFen;
    steps.set(p.claim, {
      step: 'budget',
      rule: 'pro_rata',
      outcome: 'pro_rata',
      requestedFen: p.claim.subsidyFen,
      grantedFen,
      budgetLeftBeforeFen: left,
      budgetLeftAfterFen: left - grantedFen,
      budgetFen: budget,
      requestedTotalFen: askedFen,
      remainderFen,
    });
    left -= grantedFen;
  }
  return steps;
}

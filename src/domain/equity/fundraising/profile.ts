// An enterprise's fundraising profile as it is saved: the amount sought and both ends of the
// valuation range positive and in order, milestones on real calendar dates, none twice, not too many.
// Every problem is reported at once, each at the path of the field it concerns.
import { MAX_MILESTONES, type FundraisingRound, type FundraisingStatus } from '../../../../shared/fundraising.ts';
import { invalidFields, problem, type FieldProblem } from '../../shared/errors.ts';

export interface Milestone {
  title: string;
  dueOn: string; // YYYY-MM-DD
}

export interface FundraisingProfileInput {
  round: FundraisingRound;
  amountSoughtFen: bigint;
  valuationMinFen: bigint;
  valuationMaxFen: bigint;
  useOfFunds: string;
  milestones: Milestone[];
  status: FundraisingStatus;
}

/** Whether a YYYY-MM-DD string names a day of the calendar (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The problems of a profile, each at its field's path; empty when it may be saved. */
export function fundraisingProfileProblems(input: FundraisingProfileInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.amountSoughtFen <= 0n) problems.push(problem('amountSoughtFen', 'fundraising.amount_not_positive'));
  if (input.valuationMinFen <= 0n) problems.push(problem('valuationMinFen', 'fundraising.valuation_not_positive'));
  if (input.valuationMaxFen <= 0n) problems.push(problem('valuationMaxFen', 'fundraising.valuation_not_positive'));
  else if (input.valuationMinFen > input.valuationMaxFen) problems.push(problem('valuationMaxFen', 'fundraising.valuation_range'));
  if (input.milestones.length > MAX_MILESTONES) problems.push(problem('milestones', 'fundraising.milestones_too_many', { max: MAX_MILESTONES }));
  const seen = new Set<string>();
  input.milestones.forEach((m, i) => {
    if (!isCalendarDate(m.dueOn)) problems.push(problem(`milestones.${i}.dueOn`, 'field.invalid_date'));
    const key = `${m.title}\u0000${m.dueOn}`;
    if (seen.has(key)) problems.push(problem(`milestones.${i}`, 'fundraising.milestone_duplicate'));
    seen.add(key);
  });
  return problems;
}

/** The profile to save, milestones in date order; throws the field problems otherwise. */
export function checkFundraisingProfile(input: FundraisingProfileInput): FundraisingProfileInput {
  const problems = fundraisingProfileProblems(input);
  if (problems.length) throw invalidFields(problems);
  return { ...input, milestones: [...input.milestones].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0)) };
}

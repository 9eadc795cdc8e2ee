// Two programmes overlap when some loan's interest could be subsidised by both: the same kind,
// periods that meet, and eligibility and loan rules that some enterprise and loan pass together.
// Unless both are stackable, that is a double subsidy, refused when the later one is saved.
// Grades, reports, the dishonesty list, terms and rate ceilings never separate two programmes
// (a well-rated, reported, honest firm with a short cheap loan passes both), so they are not read.
import type { Programme } from './programme.ts';
import { programmeIssue, type ProgrammeIssue } from './programme.ts';

export interface ProgrammeOverlap {
  /** The other programme's id. */
  other: string;
  /** The business dates both are in force, inclusive. */
  from: string;
  to: string;
}

/** Where `a` and `b` could subsidise the same interest without a stacking rule allowing it, or null. */
export function overlaps(a: Programme, b: Programme): ProgrammeOverlap | null {
  if (a.id === b.id) return null; // versions of one programme supersede each other
  if (a.kind !== b.kind) return null; // an interest subsidy and a fee subsidy pay for different things
  if (a.stacking === 'stackable' && b.stacking === 'stackable') return null;
  const from = a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  const to = a.validTo < b.validTo ? a.validTo : b.validTo;
  if (from > to) return null;
  if (!parksMeet(a, b) || !industriesMeet(a.eligibility.industryPrefixes, b.eligibility.industryPrefixes)) return null;
  if (!listsMeet(a.loanRules.loanTypes, b.loanRules.loanTypes) || !listsMeet(a.loanRules.institutionIds, b.loanRules.institutionIds)) return null;
  if (!amountsMeet(a, b)) return null;
  return { other: b.id, from, to };
}

/** The overlaps of a programme being saved with the others in force, as issues on `stacking`. */
export function overlapIssues(programme: Programme, others: readonly Programme[]): ProgrammeIssue[] {
  return others
    .map((other) => overlaps(programme, other))
    .filter((o): o is ProgrammeOverlap => o !== null)
    .map((o) => programmeIssue('stacking', 'programme.overlap', { other: o.other, from: o.from, to: o.to }));
}

/** The parks a programme reaches: its list, else its owner's park, else every park (null). */
export function parksOf(p: Programme): string[] | null {
  if (p.eligibility.parkCodes.length) return p.eligibility.parkCodes;
  return p.ownerPark === null ? null : [p.ownerPark];
}

function parksMeet(a: Programme, b: Programme): boolean {
  const [pa, pb] = [parksOf(a), parksOf(b)];
  return pa === null || pb === null || pa.some((park) => pb.includes(park));
}

const listsMeet = <T>(a: readonly T[], b: readonly T[]) => a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));

/** Some industry code starts with a prefix of each list: one prefix starts the other. */
const industriesMeet = (a: readonly string[], b: readonly string[]) => a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));

function amountsMeet(a: Programme, b: Programme): boolean {
  const lo = [a.loanRules.minAmountFen ?? 0n, b.loanRules.minAmountFen ?? 0n].reduce((x, y) => (x > y ? x : y));
  const highs = [a.loanRules.maxAmountFen, b.loanRules.maxAmountFen].filter((v): v is bigint => v !== null);
  return highs.every((hi) => lo <= hi);
}

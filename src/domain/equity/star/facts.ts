// The facts the STAR rules read, taken from the enterprise profile: the last consecutive fiscal
// years of statements, the latest headcount month and one about a year before it, and the
// invention patents granted.
import { addMonths } from '../../profile/dates.ts';
import type { EnterpriseProfile, FinancialStatement } from '../../profile/types.ts';

export interface StarYear {
  year: number;
  revenueFen: bigint | null;
  rdExpenseFen: bigint | null;
  netProfitFen: bigint | null;
  operatingCashFlowFen: bigint | null;
}

export interface StarStaff {
  month: string;
  employees: number;
  rdStaff: number;
}

export interface StarFacts {
  /** Oldest first, consecutive, ending with the latest statement; at most `years` of them. */
  years: StarYear[];
  /** The latest month with both headcounts. */
  staff: StarStaff | null;
  /** The month with both headcounts nearest a year before `staff` (6 to 36 months back), for its growth. */
  staffBefore: StarStaff | null;
  inventionPatents: number;
  /** Invention patents granted in the `years` years up to today. */
  inventionPatentsRecent: number;
}

function consecutiveYears(financials: readonly FinancialStatement[], count: number): StarYear[] {
  const byYear = [...financials].sort((a, b) => b.year - a.year);
  const out: StarYear[] = [];
  for (const s of byYear) {
    if (out.length === count) break;
    if (out.length > 0 && s.year !== out[0]!.year - 1) break;
    out.unshift({ year: s.year, revenueFen: s.revenueFen, rdExpenseFen: s.rdExpenseFen, netProfitFen: s.netProfitFen, operatingCashFlowFen: s.operatingCashFlowFen });
  }
  return out;
}

function staffMonths(profile: EnterpriseProfile): StarStaff[] {
  return profile.people
    .filter((p) => p.employees !== null && p.employees > 0 && p.rdStaff !== null)
    .map((p) => ({ month: p.month, employees: p.employees!, rdStaff: p.rdStaff! }))
    .sort((a, b) => (a.month < b.month ? 1 : -1));
}

export function starFactsOf(profile: EnterpriseProfile, today: string, years: number): StarFacts {
  const months = staffMonths(profile);
  const staff = months[0] ?? null;
  return {
    years: consecutiveYears(profile.financials, years),
    staff,
    staffBefore: staff ? monthBefore(months, staff.month) : null,
    ...patents(profile, today, years),
  };
}

/** The month nearest a year before `latest`, at least 6 and at most 36 months back: headcounts' growth is read across it. */
function monthBefore(months: readonly StarStaff[], latest: string): StarStaff | null {
  const candidates = months.filter((m) => m.month <= addMonths(latest, -6) && m.month >= addMonths(latest, -36));
  const distance = (m: StarStaff) => Math.abs(monthsBetween(m.month, latest) - 12);
  return candidates.reduce<StarStaff | null>((best, m) => (best === null || distance(m) < distance(best) ? m : best), null);
}

function patents(profile: EnterpriseProfile, today: string, years: number) {
  const granted = profile.ip.filter((i) => i.kind === 'invention_patent' && i.status === 'granted');
  const since = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
  return {
    inventionPatents: granted.length,
    inventionPatentsRecent: granted.filter((i) => i.grantedOn !== null && i.grantedOn > since && i.grantedOn <= today).length,
  };
}

/** Whole months from `from` to `to` ('YYYY-MM'). */
export const monthsBetween = (from: string, to: string): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

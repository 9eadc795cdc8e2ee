// An enterprise's profile as the platform would have known it on an earlier day: what had been
// filed, granted, issued or had happened by then. Used to rebuild a rating history (the demo's
// monthly ratings) from today's records without inventing figures.
import type { EnterpriseProfile } from './types.ts';

/** Annual statements are filed by the end of May of the following year (汇算清缴). */
const STATEMENT_FILED_BY_MONTH = 5;

const monthOf = (day: string) => Number(day.slice(5, 7));
const yearOf = (day: string) => Number(day.slice(0, 4));
const onOrBefore = (date: string | null, day: string) => date !== null && date <= day;

/** The latest fiscal year whose statement had been filed on `day`. */
export function latestFiledYear(day: string): number {
  return monthOf(day) > STATEMENT_FILED_BY_MONTH ? yearOf(day) - 1 : yearOf(day) - 2;
}

export function profileAsOf(profile: EnterpriseProfile, day: string): EnterpriseProfile {
  const filed = latestFiledYear(day);
  const month = day.slice(0, 7);
  const people = profile.people.filter((p) => p.month <= month);
  const counted = people.filter((p) => p.employees !== null).sort((a, b) => a.month.localeCompare(b.month));
  const lastHeadcount = counted.at(-1)?.employees ?? null;
  return {
    ...profile,
    registration: { ...profile.registration, employees: lastHeadcount ?? profile.registration.employees },
    financials: profile.financials.filter((s) => s.year <= filed),
    people,
    ip: profile.ip
      .filter((item) => item.appliedOn === null ? onOrBefore(item.grantedOn, day) : item.appliedOn <= day)
      .map((item) => (item.grantedOn !== null && item.grantedOn > day ? { ...item, status: 'pending' as const, grantedOn: null } : item)),
    qualifications: profile.qualifications.filter((q) => q.validFrom <= day),
    // The tax grade of a year is published in the spring of the next one, with the statements.
    taxGrades: profile.taxGrades.filter((t) => t.year <= filed),
    complianceEvents: profile.complianceEvents
      .filter((e) => e.occurredOn <= day)
      .map((e) => (e.resolvedOn !== null && e.resolvedOn > day ? { ...e, resolvedOn: null } : e)),
    equityRounds: profile.equityRounds.filter((r) => r.closedOn <= day),
    loans: profile.loans
      .filter((l) => l.startedOn <= day)
      .map((l) => (l.status === 'repaid' && l.maturesOn > day ? { ...l, status: 'current' as const } : l)),
    declaredNone: undefined,
  };
}

// "Subsidies you qualify for": for an enterprise, every published programme that reaches its park,
// what its loans are expected to bring this year (claims already decided as they stand, the rest
// worked out as a run would, before the budget), why a loan does not qualify, what the enterprise
// itself lacks (a better grade, a valid report), and its claims with their states.
import { findEnterpriseByCreditCode } from '../../db/repositories/enterprises.ts';
import { listProgrammeVersions, type ProgrammeListed } from '../../db/repositories/programmes.ts';
import { latestRatingsOf } from '../../db/repositories/ratings.ts';
import { hasValidReportOn, isDishonestOn, loadRunFacts, listClaims, receivedBefore, type ClaimListed } from '../../db/repositories/subsidy-claims.ts';
import { authorize } from '../../domain/access/policy.ts';
import { enterpriseReasons } from '../../domain/policy/advice.ts';
import { parksOf } from '../../domain/policy/overlap.ts';
import type { Programme } from '../../domain/policy/programme.ts';
import type { SubsidyReason } from '../../domain/policy/interest-subsidy.ts';
import { newestVersion, runProgrammeVersions } from '../../domain/policy/versions-run.ts';
import { fail } from '../../domain/shared/errors.ts';
import { GRADES, type Grade } from '../../../shared/rating.ts';
import { LOAN_TYPES, type LoanType } from '../../../shared/marketplace.ts';
import { VOID_CLAIM_STATES } from '../../../shared/policy.ts';
import type { CalendarStore } from '../workflow/calendar-store.ts';
import { lprFixingsOf } from '../workflow/lpr.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { programmeOf } from './programmes.ts';

export interface ProgrammeOutlook {
  programme: ProgrammeListed;
  /** Expected this year: decided claims (not void) plus what the remaining loans would be granted, before the budget. */
  expectedFen: bigint;
  /** The cap per enterprise per year, and what is left of it after the expected amount. */
  capPerEnterpriseYearFen: bigint | null;
  loans: { loanId: string; eligible: boolean; expectedFen: bigint; reasons: SubsidyReason[] }[];
  /** What the enterprise itself lacks for this programme today (grade, report, industry, listing). */
  enterpriseReasons: SubsidyReason[];
}

export interface EnterpriseSubsidies {
  enterprise: { id: string; creditCode: string; name: string; parkCode: string };
  year: string;
  expectedThisYearFen: bigint;
  programmes: ProgrammeOutlook[];
  claims: ClaimListed[];
}

const asGrade = (g: string | null): Grade | null => (g !== null && (GRADES as readonly string[]).includes(g) ? (g as Grade) : null);
const asLoanType = (t: string | null): LoanType => (t !== null && (LOAN_TYPES as readonly string[]).includes(t) ? (t as LoanType) : 'credit');
const live = (c: { state: string }) => !(VOID_CLAIM_STATES as readonly string[]).includes(c.state);

export async function enterpriseSubsidies(ctx: ServiceContext, calendars: CalendarStore, creditCode: string): Promise<EnterpriseSubsidies> {
  const db = ctx.database.db;
  const e = await findEnterpriseByCreditCode(db, creditCode);
  if (!e) throw fail('enterprise.not_found');
  authorize(ctx.actor, 'claim.read', { parkId: e.parkId, parties: [e.organisationId] });
  const today = todayOf(ctx);
  const year = today.slice(0, 4);
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const claims = (await listClaims(db, { scope: { kind: 'enterprise', ids: [e.organisationId] } }, { page: 1, pageSize: 500 })).items;
  const rows = (await listProgrammeVersions(db, { parkIds: [e.parkId], status: 'published' })).filter((r) => r.kind === 'interest_subsidy');
  const byCode = new Map<string, ProgrammeListed[]>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  const [calendar, lpr, rating, reportToday, dishonest] = await Promise.all([calendars.get(db), lprFixingsOf(db), latestRatingsOf(db, [e.organisationId]), hasValidReportOn(db, e.organisationId, today, ctx.timezone), isDishonestOn(db, e.organisationId, today)]);
  const gradeNow = asGrade(rating[0]?.grade ?? null);
  const programmes: ProgrammeOutlook[] = [];
  for (const [code, versionRows] of byCode) {
    const versions = versionRows.map(programmeOf);
    const newest = newestVersion(versions);
    const parks = parksOf(newest);
    if (parks !== null && !parks.includes(e.parkCode)) continue;
    programmes.push(await outlook(ctx, { code, versions, newest, row: versionRows[0]!, enterprise: e, period, claims, calendar, lpr, gradeNow, reportToday, dishonest, today }));
  }
  const expectedThisYearFen = programmes.reduce((sum, p) => sum + p.expectedFen, 0n);
  return { enterprise: { id: e.organisationId, creditCode: e.creditCode, name: e.name, parkCode: e.parkCode }, year, expectedThisYearFen, programmes, claims };
}

interface OutlookInput {
  code: string;
  versions: Programme[];
  newest: Programme;
  row: ProgrammeListed;
  enterprise: { organisationId: string; parkId: string; parkCode: string; industryCode: string };
  period: { from: string; to: string };
  claims: ClaimListed[];
  calendar: Awaited<ReturnType<CalendarStore['get']>>;
  lpr: Awaited<ReturnType<typeof lprFixingsOf>>;
  gradeNow: Grade | null;
  reportToday: boolean;
  dishonest: boolean;
  today: string;
}

async function outlook(ctx: ServiceContext, i: OutlookInput): Promise<ProgrammeOutlook> {
  const db = ctx.database.db;
  const disbursedFrom = i.versions.map((v) => v.validFrom).sort()[0]!;
  const disbursedTo = i.versions.map((v) => v.validTo).sort().at(-1)!;
  const facts = await loadRunFacts(db, { parkIds: [i.enterprise.parkId], enterpriseId: i.enterprise.organisationId, disbursedFrom, disbursedTo, periodFrom: i.period.from, periodTo: i.period.to, timezone: ctx.timezone });
  const own = i.claims.filter((c) => c.programmeCode === i.code && c.periodFrom.slice(0, 4) === i.period.from.slice(0, 4));
  const decided = new Map(own.filter((c) => c.state !== 'computed').map((c) => [c.loanId, c]));
  const decidedFen = [...decided.values()].filter(live).reduce((sum, c) => sum + c.subsidyFen, 0n);
  const received = await receivedBefore(db, i.code, i.period.from);
  const run = runProgrammeVersions({
    versions: i.versions,
    loans: facts
      .filter((f) => !decided.has(f.loanId))
      .map((f) => ({
        enterprise: { enterpriseId: f.enterpriseId, gradeAtLoanDate: asGrade(f.grade), hasValidReportOnLoanDate: f.hasValidReport, industryCode: f.industryCode, parkCode: f.parkCode, dishonest: f.dishonest },
        loan: { id: f.loanId, amountFen: f.amountFen, annualRate: f.annualRate, disbursedOn: f.disbursedOn, termMonths: f.termMonths, loanType: asLoanType(f.loanType), institutionId: f.institutionId },
        repayments: f.repaymentDates.map((date, k) => ({ date, interestFen: f.repaymentInterestFen[k]! })),
        receivedLoanFen: received.byLoan.get(f.loanId) ?? 0n,
      })),
    period: i.period,
    lprFixings: i.lpr,
    calendar: i.calendar,
    receivedByEnterpriseFen: new Map([[i.enterprise.organisationId, (received.byEnterpriseYear.get(i.enterprise.organisationId) ?? 0n) + decidedFen]]),
    budgetLeftFen: i.newest.caps.budgetFen,
  });
  const loans = [
    ...[...decided.values()].map((c) => ({ loanId: c.loanId, eligible: true, expectedFen: live(c) ? c.subsidyFen : 0n, reasons: [] })),
    ...run.claims.map((c) => ({ loanId: c.loanId, eligible: c.eligible, expectedFen: c.subsidyFen, reasons: c.reasons })),
  ];
  const expectedFen = loans.reduce((sum, l) => sum + l.expectedFen, 0n);
  return {
    programme: i.row,
    expectedFen,
    capPerEnterpriseYearFen: i.newest.caps.perEnterprisePerYearFen,
    loans,
    enterpriseReasons: enterpriseReasons(i.newest, { enterpriseId: i.enterprise.organisationId, gradeAtLoanDate: i.gradeNow, hasValidReportOnLoanDate: i.reportToday, industryCode: i.enterprise.industryCode, parkCode: i.enterprise.parkCode, dishonest: i.dishonest }, i.today),
  };
}

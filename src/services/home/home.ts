import { refusalOf } from '../../domain/access/policy.ts';
// Each role's home: the figures it steers by, each counted with the very filter of the list it
// links to (so the figure and the list agree), in business time ("today", "this month", "this
// year" are days in KEJIN_TIMEZONE).
import { fail } from '../../domain/shared/errors.ts';
import { countApplications } from '../../db/repositories/applications.ts';
import { listEnterprises } from '../../db/repositories/enterprises.ts';
import { auditCounts, gradeCounts, gradeHistory, importCounts, jobStatusCounts, modelSummary, nextInstalment, topMatchesOf } from '../../db/repositories/home.ts';
import { sumLoans } from '../../db/repositories/loan-lists.ts';
import { countSignals } from '../../db/repositories/signals.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { mayReadHome, type HomeKind } from '../../domain/access/home-access.ts';
import { partyScope, ownEnterprise, signalScope } from '../../domain/access/workflow-access.ts';
import { GRADES } from '../../domain/rating/expert-model.ts';
import { addDays, businessDateOf, startOfBusinessDay } from '../../domain/shared/business-time.ts';
import { OPEN } from '../../domain/workflow/states.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { applicationFilterOf } from '../workflow/read-applications.ts';
import { loanFilterOf } from '../workflow/read-loans.ts';
import { listUsers } from '../accounts/manage-users.ts';
import { listEnterprises as listEnterpriseRecords } from '../enterprises/manage-enterprises.ts';
import { listInstitutions } from '../institutions/manage-institutions.ts';
import { listParks } from '../parks/manage-parks.ts';

/** The business periods a home counts in: today, this month and this year (first and last days). */
export function periodsOf(today: string) {
  const [year, month] = today.split('-');
  const nextMonth = Number(month) === 12 ? `${Number(year) + 1}-01-01` : `${year}-${String(Number(month) + 1).padStart(2, '0')}-01`;
  return { today, monthFrom: `${year}-${month}-01`, monthTo: addDays(nextMonth, -1), yearFrom: `${year}-01-01`, yearTo: `${year}-12-31` };
}

function allow(ctx: ServiceContext, kind: HomeKind) {
  const decision = mayReadHome(ctx.actor, kind);
  if (!decision.allowed) throw refusalOf(decision);
}

/** The bank's morning: reviews due today and overdue, open warnings, loans overdue, this month's lending. */
export async function institutionHome(ctx: ServiceContext) {
  allow(ctx, 'institution');
  const db = ctx.database.db;
  const p = periodsOf(todayOf(ctx));
  const [dueToday, overdue, queue, openSignals, loansOverdue, disbursed] = await Promise.all([
    countApplications(db, applicationFilterOf(ctx, { queue: true, due: 'today' })),
    countApplications(db, applicationFilterOf(ctx, { queue: true, due: 'overdue' })),
    countApplications(db, applicationFilterOf(ctx, { queue: true })),
    countSignals(db, { scope: signalScope(ctx.actor), status: 'open' }),
    sumLoans(db, loanFilterOf(ctx, { overdue: true })),
    sumLoans(db, loanFilterOf(ctx, { disbursedFrom: p.monthFrom, disbursedTo: p.monthTo })),
  ]);
  return { periods: p, reviews: { dueToday, overdue, inQueue: queue }, openSignals, loansOverdue, disbursedThisMonth: disbursed };
}

/** The enterprise's: its grade and how it moved, the next instalment, open applications, best matches. */
export async function enterpriseHome(ctx: ServiceContext) {
  allow(ctx, 'enterprise');
  const enterpriseId = ownEnterprise(ctx.actor);
  if (!enterpriseId) throw fail('home.not_enterprise_user');
  const db = ctx.database.db;
  const [history, next, openApplications, matches] = await Promise.all([
    gradeHistory(db, enterpriseId, 12),
    nextInstalment(db, enterpriseId),
    countApplications(db, { scope: partyScope(ctx.actor), states: [...OPEN] }),
    topMatchesOf(db, enterpriseId, 3),
  ]);
  const latest = history.at(-1) ?? null;
  const previous = history.at(-2) ?? null;
  const step = (g: string) => GRADES.length - 1 - GRADES.indexOf(g as (typeof GRADES)[number]);
  const trend = latest && previous ? Math.sign(step(latest.grade) - step(previous.grade) || latest.score - previous.score) : 0;
  return {
    today: todayOf(ctx),
    rating: latest ? { grade: latest.grade, score: latest.score, ratedAt: latest.ratedAt, trend: (trend > 0 ? 'up' : trend < 0 ? 'down' : 'flat') as 'up' | 'down' | 'flat', previousGrade: previous?.grade ?? null } : null,
    // Each rating's business date beside its moment: the chart's labels are days in KEJIN_TIMEZONE.
    history: history.map((r) => ({ ...r, ratedOn: businessDateOf(r.ratedAt, ctx.timezone) })),
    nextRepayment: next
      ? { loanId: next.loanId, institutionName: next.institutionName, institutionNameEn: next.institutionNameEn, period: next.period, dueOn: next.dueOn, amountFen: next.principalFen + next.interestFen - next.paidPrincipalFen - next.paidInterestFen }
      : null,
    openApplications,
    matches,
  };
}

/** The park's: its enterprises and their grades, this year's financing, responses overdue. */
export async function parkHome(ctx: ServiceContext) {
  allow(ctx, 'park');
  const db = ctx.database.db;
  const parks = administeredParks(ctx.actor);
  const p = periodsOf(todayOf(ctx));
  const [enterprises, grades, lent, applied, overdueResponses, openSignals] = await Promise.all([
    listEnterprises(db, { parkIds: parks }, { page: 1, pageSize: 1 }),
    gradeCounts(db, parks),
    sumLoans(db, loanFilterOf(ctx, { disbursedFrom: p.yearFrom, disbursedTo: p.yearTo })),
    countApplications(db, { scope: partyScope(ctx.actor), states: [...OPEN] }),
    countApplications(db, applicationFilterOf(ctx, { due: 'overdue' })),
    countSignals(db, { scope: signalScope(ctx.actor), status: 'open' }),
  ]);
  const order = [...GRADES, 'none'] as string[];
  return {
    periods: p,
    enterprises: enterprises.total,
    grades: grades.sort((a, b) => order.indexOf(a.grade) - order.indexOf(b.grade)),
    financingThisYear: lent,
    openApplications: applied,
    overdueResponses,
    openSignals,
  };
}

/** The operator's: jobs, imports, the model, the audit trail, and the platform's totals as its lists count them. */
export async function operatorHome(ctx: ServiceContext) {
  allow(ctx, 'operator');
  const db = ctx.database.db;
  const p = periodsOf(todayOf(ctx));
  const dayStart = startOfBusinessDay(p.today, ctx.timezone);
  const weekAgo = startOfBusinessDay(addDays(p.today, -6), ctx.timezone);
  const one = { page: 1, pageSize: 1 };
  const [jobs, imports, model, audit, parks, institutions, enterprises, users] = await Promise.all([
    jobStatusCounts(db, weekAgo),
    importCounts(db, startOfBusinessDay(p.monthFrom, ctx.timezone)),
    modelSummary(db),
    auditCounts(db, dayStart, startOfBusinessDay(addDays(p.today, 1), ctx.timezone)),
    listParks(ctx),
    listInstitutions(ctx, {}, one),
    listEnterpriseRecords(ctx, {}, one),
    listUsers(ctx, {}, one),
  ]);
  return {
    periods: { ...p, weekFrom: addDays(p.today, -6) },
    jobs,
    imports,
    model,
    audit,
    totals: { parks: parks.length, institutions: institutions.total, enterprises: enterprises.total, users: users.total },
    byPark: parks.map((park) => ({ id: park.id, name: park.name, nameEn: park.nameEn, enterprises: park.enterpriseCount })),
  };
}

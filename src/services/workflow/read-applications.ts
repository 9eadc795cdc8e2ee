// Reading applications: the enterprise its own, the institution those made to it (its review queue
// most urgent first), the park administrator those in its parks. A rejected application shows the
// reason and what the matching engine says would change the answer.
import { fail } from '../../domain/shared/errors.ts';
import { eventsOf, findApplicationListed, listApplications, type ApplicationFilter, type ApplicationListed } from '../../db/repositories/applications.ts';
import type { PageRequest } from '../../db/paging.ts';
import { findLoanOfApplication } from '../../db/repositories/loan-lists.ts';
import { findRatingGrade } from '../../db/repositories/ratings.ts';
import { hasRole, isOperator, ownOrganisations, type Actor } from '../../domain/access/actor.ts';
import { partyScope } from '../../domain/access/workflow-access.ts';
import { authorize, mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { explainMatch } from '../../domain/marketplace/explain-match.ts';
import { loadParkNames } from '../marketplace/park-names.ts';
import { matchEnterprise } from '../../domain/marketplace/match.ts';
import { businessDateOf } from '../../domain/shared/business-time.ts';
import { approvalOf } from '../../domain/workflow/approval.ts';
import { isRejectionReason, REJECTION_TEXT } from '../../domain/workflow/rejections.ts';
import { AWAITING_INSTITUTION, isApplicationState, movesFrom, OPEN, UNDECIDED, type ApplicationState } from '../../domain/workflow/states.ts';
import type { Market } from '../marketplace/market.ts';
import { ratedFacts } from '../marketplace/matching.ts';
import { say, type Lang } from '../marketplace/present-match.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import type { CalendarStore } from './calendar-store.ts';

export type { DeadlineStatus } from '../../../shared/workflow.ts';
import type { DeadlineStatus } from '../../../shared/workflow.ts';

export interface DeadlineView {
  on: string | null;
  status: DeadlineStatus;
  /** Working days left (negative: days late); null when decided or without a deadline. */
  workingDaysLeft: number | null;
}

export function deadlineOf(a: Pick<ApplicationListed, 'state' | 'deadlineOn' | 'decidedAt'>, calendar: WorkingCalendar, today: string, timezone: string): DeadlineView {
  if (!a.deadlineOn) return { on: null, status: 'none', workingDaysLeft: null };
  if (a.decidedAt) return { on: a.deadlineOn, status: businessDateOf(a.decidedAt, timezone) <= a.deadlineOn ? 'met' : 'late', workingDaysLeft: null };
  if (!(UNDECIDED as readonly string[]).includes(a.state)) return { on: a.deadlineOn, status: 'none', workingDaysLeft: null };
  const left = calendar.workingDaysBetween(today, a.deadlineOn);
  if (a.state === 'info_requested') return { on: a.deadlineOn, status: 'paused', workingDaysLeft: left };
  // Due by the end of the deadline day: the day after it is late even when it is a weekend.
  return { on: a.deadlineOn, status: a.deadlineOn < today ? 'missed' : left <= 1 ? 'due_soon' : 'on_time', workingDaysLeft: left };
}

export interface ApplicationQuery extends PageRequest {
  state?: string;
  /** The institution's review queue: awaiting its action, earliest deadline first. */
  queue?: boolean;
  /** Awaiting the institution with the decision due today, or already past its deadline. */
  due?: 'today' | 'overdue';
  /** Not yet final: drafts to contracts signed. */
  open?: boolean;
  lang: Lang;
}

/** The list filter of a query: the actor's rows, the queue's states, and the state, due and open filters. */
export function applicationFilterOf(ctx: ServiceContext, query: Omit<ApplicationQuery, 'lang' | 'page' | 'pageSize'>): ApplicationFilter {
  const filter: ApplicationFilter = { scope: partyScope(ctx.actor) };
  const narrow = (states: readonly string[]) => {
    filter.states = filter.states ? filter.states.filter((s) => states.includes(s)) : [...states];
  };
  if (query.queue) {
    if (!hasRole(ctx.actor, 'institution_officer') && !isOperator(ctx.actor)) throw fail('application.review_queue_institutions');
    narrow([...AWAITING_INSTITUTION, 'info_requested']);
  }
  if (query.open) narrow(OPEN);
  if (query.due) {
    narrow(AWAITING_INSTITUTION);
    if (query.due === 'today') filter.deadlineOn = todayOf(ctx);
    else filter.deadlineBefore = todayOf(ctx);
  }
  if (query.state && isApplicationState(query.state)) narrow([query.state]);
  return filter;
}

/** Which applications the actor may see at all. */
export function presentApplication(a: ApplicationListed, calendar: WorkingCalendar, today: string, timezone: string, lang: Lang) {
  const reason = a.rejectionReason && isRejectionReason(a.rejectionReason) ? REJECTION_TEXT[a.rejectionReason] : null;
  return {
    id: a.id,
    state: a.state,
    version: a.version,
    enterprise: { id: a.enterpriseId, creditCode: a.creditCode, name: a.enterpriseName },
    institution: { id: a.institutionId, name: a.institutionName },
    product: { id: a.productId, name: lang === 'en' && a.productNameEn ? a.productNameEn : a.productName, kind: a.productKind, version: a.productVersion },
    parkCode: a.parkCode,
    needId: a.needId,
    grantId: a.grantId,
    ratingId: a.ratingId,
    amountFen: a.amountFen,
    termMonths: a.termMonths,
    purpose: a.purpose,
    submittedAt: a.submittedAt,
    deadline: deadlineOf(a, calendar, today, timezone),
    decidedAt: a.decidedAt,
    responseWorkingDays: a.responseWorkingDays,
    approval: approvalOf(a),
    rejection: a.rejectionReason ? { reason: a.rejectionReason, label: reason ? (lang === 'en' ? reason.en : reason.zh) : a.rejectionReason, text: a.rejectionText, advice: reason ? (lang === 'en' ? reason.adviceEn : reason.adviceZh) : null } : null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export type ApplicationView = ReturnType<typeof presentApplication>;

export async function readApplications(ctx: ServiceContext, calendars: CalendarStore, query: ApplicationQuery) {
  const decision = mayAttempt(ctx.actor, 'application.read');
  if (!decision.allowed) throw refusalOf(decision);
  const filter = applicationFilterOf(ctx, query);
  const db = ctx.database.db;
  const [page, calendar] = await Promise.all([listApplications(db, filter, query, !!query.queue), calendars.get(db)]);
  const today = todayOf(ctx);
  return { ...page, items: page.items.map((a) => presentApplication(a, calendar, today, ctx.timezone, query.lang)) };
}

/** An application the caller has just made or moved, as the lists show it. */
export async function applicationView(ctx: ServiceContext, calendars: CalendarStore, id: string, lang: Lang): Promise<ApplicationView> {
  const db = ctx.database.db;
  const listed = await findApplicationListed(db, id);
  if (!listed) throw fail('application.not_found');
  return presentApplication(listed, await calendars.get(db), todayOf(ctx), ctx.timezone, lang);
}

/** One application with its timeline, the moves the viewer may make, its loan, and advice when declined. */
export async function readApplication(ctx: ServiceContext, deps: { calendars: CalendarStore; market: Market }, id: string, lang: Lang) {
  const db = ctx.database.db;
  const a = await findApplicationListed(db, id);
  if (!a) throw fail('application.not_found');
  authorize(ctx.actor, 'application.read', { parkId: a.parkId, parties: [a.enterpriseId, a.institutionId] });
  const [calendar, events, loan, rating] = await Promise.all([
    deps.calendars.get(db),
    eventsOf(db, id),
    findLoanOfApplication(db, id),
    a.ratingId ? findRatingGrade(db, a.ratingId) : Promise.resolve(undefined),
  ]);
  const view = presentApplication(a, calendar, todayOf(ctx), ctx.timezone, lang);
  return {
    ...view,
    rating: rating ?? null,
    loan: loan ?? null,
    moves: movesFor(ctx.actor, a),
    timeline: events.map((e) => ({ from: e.fromState, to: e.toState, version: e.version, at: e.at, actorEmail: maskedActor(ctx.actor, a, e.actorEmail, e.actorOrganisationId), reason: e.reason, comment: e.comment })),
    // Declined: what would change the answer. Undecided: which of the product's rules the
    // enterprise does not meet today (rules are published, so both sides see the same list).
    advice: a.state === 'rejected' || (UNDECIDED as readonly string[]).includes(a.state) ? await adviceFor(ctx, deps.market, a, lang) : [],
  };
}

/** People are named to their own organisation and the operator; others see the side that acted. */
function maskedActor(actor: Actor, a: ApplicationListed, email: string | null, organisationId: string | null): string | null {
  if (!email || isOperator(actor)) return email;
  if (organisationId && ownOrganisations(actor).includes(organisationId)) return email;
  return organisationId === a.institutionId ? a.institutionName : organisationId === a.enterpriseId ? a.enterpriseName : null;
}

function movesFor(actor: Actor, a: ApplicationListed) {
  const own = ownOrganisations(actor);
  const by = own.includes(a.institutionId) && hasRole(actor, 'institution_officer') ? 'institution' : own.includes(a.enterpriseId) ? 'enterprise' : null;
  if (!by) return [];
  return movesFrom(a.state as ApplicationState, a.productKind === 'loan')
    .filter((t) => t.by === by)
    .map((t) => ({ to: t.to, needs: t.needs }));
}

/** The matching engine's advice for this product now: the rules the enterprise fails and what would pass. */
async function adviceFor(ctx: ServiceContext, market: Market, a: ApplicationListed, lang: Lang) {
  const db = ctx.database.db;
  const { products } = await market.products(db, todayOf(ctx));
  const product = products.find((p) => p.product.id === a.productId);
  if (!product) return [];
  const { facts } = await ratedFacts(ctx, a.enterpriseId).catch(() => ({ facts: null }));
  if (!facts) return [];
  const context = market.context();
  const [match] = matchEnterprise(facts, [product], context);
  if (!match) return [];
  return explainMatch(match, facts, context, undefined, await loadParkNames(db)).unmet.map((u) => ({ rule: u.rule, actual: u.actual, required: say(u.required, lang), advice: say(u.advice, lang) }));
}


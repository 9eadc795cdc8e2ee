// The demo accounts' view, written to order whatever the seed: the demo enterprise has one loan from
// the demo bank repaying on schedule, one application under review there and one declined with a
// reason; the demo bank has a review queue with deadlines of every urgency (one missed, one due
// tomorrow), loans on its books of which one is overdue, and open warnings.
import type { Payment } from '../loans/schedule.ts';
import type { RejectionReason } from '../workflow/rejections.ts';
import type { ApplicationState, Mover } from '../workflow/states.ts';
import type { Added, WorkflowBuilder } from './workflow-builder.ts';
import { addDays, workingDayOnOrBefore, workingDaysBefore } from './workflow-clock.ts';
import { askFor, failedFacts, gradeStepOf, rejectionReason } from './workflow-lifecycle.ts';
import type { Behaviour } from './workflow-loans.ts';
import type { Shelf } from './workflow-shelf.ts';
import { ACCEPT_COMMENTS, APPROVE_COMMENTS, DISBURSE_COMMENTS, INFO_EXCHANGES, REJECTION_COMMENTS, SIGN_COMMENTS } from './workflow-texts.ts';
import type { Step, WorkflowFirm, WorkflowProduct } from './workflow-types.ts';

/** Loans whose warnings the demo bank must see open: overdue ones, and one from a re-rating. */
export interface Showcase {
  openOverdue: Set<string>;
  openRating: Set<string>;
}

type Script = readonly (readonly [offset: number, to: ApplicationState, by: Mover])[];

const LENT: Script = [[0, 'submitted', 'enterprise'], [1, 'accepted', 'institution'], [3, 'approved', 'institution'], [5, 'contract_signed', 'institution'], [7, 'disbursed', 'institution']];

const onTime = (): Behaviour => ({ kind: 'on_time' });

export function writeDemoView(b: WorkflowBuilder, shelf: Shelf): Showcase {
  const shown: Showcase = { openOverdue: new Set(), openRating: new Set() };
  const { enterpriseId, institutionId } = b.input.demo;
  if (!institutionId) return shown;
  const own = b.input.firms.find((f) => f.id === enterpriseId) ?? null;
  if (own) enterpriseView(b, shelf, own, institutionId);
  bankQueue(b, shelf, institutionId, own);
  bankLoans(b, shelf, institutionId, own, shown);
  return shown;
}

/** Steps at working-day offsets from `start`, each with what an officer would write. */
function scripted(b: WorkflowBuilder, start: string, script: Script, reason: RejectionReason | null = null): Step[] {
  const rng = b.rng;
  const comment = (to: ApplicationState): string | null => {
    switch (to) {
      case 'accepted':
        return rng.pick(ACCEPT_COMMENTS);
      case 'info_requested':
        return rng.pick(INFO_EXCHANGES)[0];
      case 'approved':
        return rng.pick(APPROVE_COMMENTS);
      case 'rejected':
        return rng.pick(REJECTION_COMMENTS[reason ?? 'other']);
      case 'contract_signed':
        return rng.pick(SIGN_COMMENTS);
      case 'disbursed':
        return rng.pick(DISBURSE_COMMENTS);
      default:
        return null;
    }
  };
  return script.map(([k, to, by]) => ({ to, by, on: b.clock.calendar.addWorkingDays(start, k), comment: comment(to), ...(to === 'rejected' ? { reason: reason ?? 'other' } : {}) }));
}

const bankProducts = (shelf: Shelf, park: string, bank: string, kind = 'loan') =>
  [...shelf.offered(park)].filter((p) => p.product.institutionId === bank && p.product.kind === kind).sort((x, y) => x.offeredFrom.get(park)!.localeCompare(y.offeredFrom.get(park)!));

/** The first working day on or after both days. */
function startAfter(b: WorkflowBuilder, from: string, wanted: string): string {
  return b.clock.calendar.addWorkingDays(from > wanted ? from : wanted, 0);
}

function lend(b: WorkflowBuilder, firm: WorkflowFirm, product: WorkflowProduct, start: string, behaviour: (payments: readonly Payment[]) => Behaviour): Added | null {
  const steps = scripted(b, start, LENT);
  if (steps.at(-1)!.on >= b.clock.today) return null;
  const asked = askFor(b.rng, firm, product, null);
  const t = product.product.terms;
  const termMonths = t.termMinMonths !== null && t.termMaxMonths !== null ? Math.min(t.termMaxMonths, Math.max(t.termMinMonths, 24)) : asked.termMonths;
  return b.add({ firm, product, needId: null, asked: { ...asked, termMonths }, steps, behaviour, method: 'equal_instalment' });
}

function enterpriseView(b: WorkflowBuilder, shelf: Shelf, own: WorkflowFirm, bank: string) {
  const today = b.clock.today;
  const loans = bankProducts(shelf, own.parkCode, bank);
  const fits = loans.filter((p) => !failedFacts(own, p).length);
  const repaying = fits[0] ?? loans[0];
  if (repaying) lend(b, own, repaying, startAfter(b, addDays(repaying.offeredFrom.get(own.parkCode)!, 3), addDays(today, -190)), onTime);
  const used = new Set(repaying ? [repaying.product.id] : []);
  const misses = [...loans.filter((p) => failedFacts(own, p).length), ...shelf.offered(own.parkCode).filter((p) => p.product.institutionId !== bank && failedFacts(own, p).length)];
  const declined = misses.find((p) => !used.has(p.product.id)) ?? loans.find((p) => !used.has(p.product.id));
  const lastWorkingDay = workingDayOnOrBefore(b.clock.calendar, addDays(today, -1));
  if (declined) {
    const start = workingDaysBefore(b.clock.calendar, lastWorkingDay, 9);
    const reason = rejectionReason(b.rng, own.rating.grade, failedFacts(own, declined));
    const steps = scripted(b, start, [[0, 'submitted', 'enterprise'], [1, 'accepted', 'institution'], [6, 'rejected', 'institution']], reason);
    if (start >= addDays(declined.offeredFrom.get(own.parkCode)!, 1)) b.add({ firm: own, product: declined, needId: null, asked: askFor(b.rng, own, declined, null), steps, behaviour: onTime });
    used.add(declined.product.id);
  }
  const reviewed = fits.find((p) => !used.has(p.product.id)) ?? loans.find((p) => !used.has(p.product.id));
  const reviewStart = workingDaysBefore(b.clock.calendar, lastWorkingDay, 1);
  if (reviewed && reviewed.offeredFrom.get(own.parkCode)! < reviewStart) {
    const start = reviewStart;
    b.add({ firm: own, product: reviewed, needId: null, asked: askFor(b.rng, own, reviewed, null), steps: scripted(b, start, [[0, 'submitted', 'enterprise'], [1, 'accepted', 'institution']]), behaviour: onTime });
  }
}

/** Deadlines in working days from today (negative: already missed) and where each application stands. */
const QUEUE: readonly (readonly [deadlineIn: number, state: 'submitted' | 'accepted' | 'info_requested'])[] = [
  [-2, 'accepted'],
  [1, 'submitted'],
  [0, 'accepted'],
  [2, 'submitted'],
  [3, 'accepted'],
  [4, 'info_requested'],
  [5, 'accepted'],
  [6, 'submitted'],
];

const SCRIPTS: Readonly<Record<'submitted' | 'accepted' | 'info_requested', Script>> = {
  submitted: [[0, 'submitted', 'enterprise']],
  accepted: [[0, 'submitted', 'enterprise'], [1, 'accepted', 'institution']],
  info_requested: [[0, 'submitted', 'enterprise'], [1, 'accepted', 'institution'], [2, 'info_requested', 'institution']],
};

/** A firm in the product's parks that has not applied to it, one that qualifies if there is one. */
function applicantFor(b: WorkflowBuilder, product: WorkflowProduct, exclude: WorkflowFirm | null, wanted: (f: WorkflowFirm) => boolean = () => true): WorkflowFirm | null {
  const firms = b.input.firms;
  const start = b.rng.int(0, Math.max(0, firms.length - 1));
  let fallback: WorkflowFirm | null = null;
  for (let i = 0; i < firms.length; i++) {
    const f = firms[(start + i) % firms.length]!;
    if (f.id === exclude?.id || !product.offeredFrom.has(f.parkCode) || b.hasApplied(f.id, product.product.id)) continue;
    if (!failedFacts(f, product).length && wanted(f)) return f;
    fallback ??= f;
  }
  return fallback;
}

function bankQueue(b: WorkflowBuilder, shelf: Shelf, bank: string, own: WorkflowFirm | null) {
  const { calendar, today } = b.clock;
  const parks = [...new Set(b.input.firms.map((f) => f.parkCode))];
  const products = [...new Map(parks.flatMap((park) => bankProducts(shelf, park, bank)).map((p) => [p.product.id, p])).values()];
  if (!products.length) return;
  const lastWorkingDay = workingDayOnOrBefore(calendar, addDays(today, -1));
  const offeredBefore = (p: WorkflowProduct, start: string) => [...p.offeredFrom.values()].some((from) => from < start);
  QUEUE.forEach(([deadlineIn, state], i) => {
    const due = deadlineIn >= 0 ? calendar.addWorkingDays(today, deadlineIn) : workingDaysBefore(calendar, calendar.addWorkingDays(today, 0), -deadlineIn);
    const script = SCRIPTS[state];
    const startFor = (p: WorkflowProduct) => workingDaysBefore(calendar, due, p.product.terms.turnaroundDays);
    const fitting = products.filter((p) => calendar.addWorkingDays(startFor(p), script.at(-1)![0]) < today && offeredBefore(p, startFor(p)));
    // No product answers slowly enough for so late a deadline: the latest submission that fits the script.
    const longest = [...products].sort((x, y) => y.product.terms.turnaroundDays - x.product.terms.turnaroundDays)[0]!;
    const product = fitting.length ? fitting[i % fitting.length]! : longest;
    const start = fitting.length ? startFor(product) : workingDaysBefore(calendar, lastWorkingDay, script.at(-1)![0]);
    const firm = applicantFor(b, product, own, (f) => (product.offeredFrom.get(f.parkCode) ?? today) < start);
    if (!firm || !(product.offeredFrom.get(firm.parkCode)! < start)) return;
    b.add({ firm, product, needId: null, asked: askFor(b.rng, firm, product, null), steps: scripted(b, start, script), behaviour: onTime });
  });
}

function bankLoans(b: WorkflowBuilder, shelf: Shelf, bank: string, own: WorkflowFirm | null, shown: Showcase) {
  const today = b.clock.today;
  const parks = [...new Set(b.input.firms.map((f) => f.parkCode))];
  const loans = parks.flatMap((park) => bankProducts(shelf, park, bank).map((p) => ({ park, p })));
  // The overdue loan is tried at several ages (the bank's products may be younger than the first
  // choice, or have no weak applicant in the park): the demo bank must always show one.
  const plans = [
    { daysAgo: [175, 150, 125, 100, 85], weak: true },
    { daysAgo: [120, 100], weak: false },
    { daysAgo: [240, 200], weak: false },
  ];
  for (const plan of plans) {
    for (const daysAgo of plan.daysAgo) {
      if (lendAsPlanned(b, loans, own, shown, addDays(today, -daysAgo), plan.weak)) break;
    }
  }
}

function lendAsPlanned(b: WorkflowBuilder, loans: { park: string; p: WorkflowProduct }[], own: WorkflowFirm | null, shown: Showcase, wanted: string, weak: boolean): boolean {
  const today = b.clock.today;
  const offer = loans.find(({ park, p }) => p.offeredFrom.get(park)! < addDays(wanted, -3));
  if (!offer) return false;
  const start = startAfter(b, addDays(offer.p.offeredFrom.get(offer.park)!, 3), wanted);
  const step = (f: WorkflowFirm) => gradeStepOf(f.rating.grade);
  const firm = applicantFor(b, offer.p, own, (f) => f.parkCode === offer.park && (weak ? step(f) >= 3 && step(f) <= 4 : step(f) >= 5));
  if (!firm || !(offer.p.offeredFrom.get(firm.parkCode)! < start)) return false;
  const behaviour = weak ? (payments: readonly Payment[]) => stopPaying(payments, today) : onTime;
  const added = lend(b, firm, offer.p, start, behaviour);
  if (!added?.loan) return false;
  if (weak) shown.openOverdue.add(added.loan.loan.id);
  else if (!shown.openRating.size) shown.openRating.add(added.loan.loan.id);
  return true;
}

/** Stops at the latest instalment due three weeks or more ago, so the loan is overdue today. */
function stopPaying(payments: readonly Payment[], today: string): Behaviour {
  const due = payments.filter((p) => p.date <= addDays(today, -20));
  const last = due.at(-1);
  return last && last.period >= 2 ? { kind: 'overdue', fromPeriod: last.period, partial: false } : { kind: 'on_time' };
}

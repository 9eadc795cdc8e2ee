// A demo loan's life from disbursement to today: the schedule the disbursement service stores,
// repayments recorded as the enterprise pays (on time, late, or no longer), the daily sweep that
// marks it overdue, and for the worst a default with recoveries and perhaps a write-off. Every
// position is the one the loan book would compute, so the stored loan matches its instalments.
import { fixingInForce, rateOfTenor, type LprFixing } from '../loans/lpr.ts';
import type { LprTenor } from '../marketplace/products.ts';
import { formatRate, rateFromLpr } from '../loans/rate.ts';
import { allocateRepayment, loanPosition, loanStateOf, type LoanPosition, type LoanState } from '../loans/repayments.ts';
import { repaymentSchedule, type Payment, type RepaymentMethod } from '../loans/schedule.ts';
import type { ApplicationState } from '../workflow/states.ts';
import type { Random } from './random.ts';
import { addDays, daysBetween, officeAt, sweepAt, type Clock } from './workflow-clock.ts';
import { DEFAULT_COMMENTS, DEFAULT_REASON, PLATFORM, RECOVERY_NOTES, WRITE_OFF_COMMENTS } from './workflow-texts.ts';
import type { Account, InstalmentRow, LoanRow, RecoveryRow, RepaymentRow, Step } from './workflow-types.ts';

export interface LoanTerms {
  id: string;
  applicationId: string;
  parkId: string;
  enterpriseId: string;
  institutionId: string;
  productId: string;
  amountFen: bigint;
  lprTenor: LprTenor;
  spreadBp: number;
  termMonths: number;
  method: RepaymentMethod;
  disbursedOn: string;
  disbursedAt: Date;
}

/** How the enterprise pays: on time; some instalments late (period → days late); stops at a period. */
export type Behaviour =
  | { kind: 'on_time' }
  | { kind: 'late'; late: ReadonlyMap<number, number> }
  | { kind: 'overdue'; fromPeriod: number; partial: boolean }
  | { kind: 'default'; fromPeriod: number; declareAfterDays: number };

export interface LoanEnv {
  clock: Clock;
  rng: Random;
  newId: (atMs: number) => string;
  /** The institution's officer who records repayments, when there is a demo account. */
  recorder: Account | null;
  lpr: readonly LprFixing[];
}

export interface OverdueTrace {
  detectedAt: Date;
  /** What the sweep first saw (the warning sent then). */
  first: { daysOverdue: number; overdueFen: bigint };
  /** The evidence as the sweep last refreshed it. */
  daysOverdue: number;
  overdueFen: bigint;
  current: boolean;
}

export interface LoanStory {
  loan: LoanRow;
  instalments: InstalmentRow[];
  repayments: RepaymentRow[];
  recoveries: RecoveryRow[];
  /** The application's moves after disbursement, timed. */
  steps: Step[];
  overdue: OverdueTrace | null;
  overdueNotices: { at: Date; daysOverdue: number; overdueFen: bigint }[];
}

/** Trouble is likelier the likelier the rating says default is, and the longer the loan has run. */
export function chooseBehaviour(rng: Random, pd: number, payments: readonly Payment[], disbursedOn: string, today: string): Behaviour {
  const due = payments.filter((p) => p.date < today);
  if (!due.length) return { kind: 'on_time' };
  const age = (p: Payment) => daysBetween(p.date, today);
  const years = daysBetween(disbursedOn, today) / 365;
  const hazard = Math.min(0.5, 2.5 * pd + 0.01);
  if (rng.chance(1 - (1 - hazard) ** years)) {
    // Firms that fail mostly stop paying early in the loan's life.
    const defaultable = due.filter((p) => age(p) >= 100);
    if (defaultable.length && rng.chance(0.55)) {
      const p = defaultable[Math.floor(defaultable.length * rng.next() ** 2)]!;
      return { kind: 'default', fromPeriod: p.period, declareAfterDays: rng.int(91, Math.min(150, age(p) - 1)) };
    }
    const recent = due.filter((p) => age(p) >= 2 && age(p) <= 85);
    const long = due.filter((p) => age(p) > 90 && age(p) <= 200);
    const stops = recent.length && (!long.length || rng.chance(0.85)) ? recent : long;
    if (stops.length) return { kind: 'overdue', fromPeriod: rng.pick(stops).period, partial: rng.chance(0.3) };
  }
  if (rng.chance(Math.min(0.35, 0.04 + 2.5 * pd))) {
    const candidates = due.filter((p) => age(p) > 3);
    if (candidates.length) {
      const late = new Map<number, number>();
      for (let n = rng.chance(0.3) ? 2 : 1; n > 0; n--) late.set(rng.pick(candidates).period, rng.chance(0.85) ? rng.int(1, 20) : rng.int(25, 70));
      return { kind: 'late', late };
    }
  }
  return { kind: 'on_time' };
}

interface Payin {
  on: string;
  amountFen: bigint;
}

/** What the enterprise pays and when: each instalment a day or two early, late, or not at all. */
function payins(payments: readonly Payment[], b: Behaviour, disbursedOn: string, today: string, rng: Random): Payin[] {
  const out: Payin[] = [];
  for (const p of payments) {
    if (p.date >= today) break;
    const stopped = (b.kind === 'overdue' || b.kind === 'default') && p.period >= b.fromPeriod;
    if (stopped) {
      if (b.kind === 'overdue' && b.partial && p.period === b.fromPeriod && p.interestFen > 0n) out.push({ on: p.date, amountFen: p.interestFen });
      continue;
    }
    const late = b.kind === 'late' ? (b.late.get(p.period) ?? 0) : 0;
    const on = late ? addDays(p.date, late) : addDays(p.date, -rng.int(0, 2));
    if (on >= today || on <= disbursedOn) continue;
    out.push({ on, amountFen: p.principalFen + p.interestFen });
  }
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** Where the application should be for a live loan in this position (as the loan book decides). */
function stateFor(position: LoanPosition, current: ApplicationState, repaid: boolean): ApplicationState {
  if (position.paidOff) return 'closed';
  if (position.daysOverdue > 0) return 'overdue';
  return current === 'disbursed' && !repaid ? 'disbursed' : 'repaying';
}

const unpaidBefore = (state: LoanState, day: string) => state.instalments.some((i) => i.date < day && (i.paidPrincipalFen < i.principalFen || i.paidInterestFen < i.interestFen));
const overduePrincipal = (state: LoanState, day: string) => state.instalments.filter((i) => i.date < day).reduce((s, i) => s + i.principalFen - i.paidPrincipalFen, 0n);

export function buildLoan(t: LoanTerms, choose: (payments: readonly Payment[]) => Behaviour, env: LoanEnv): LoanStory {
  const { clock, rng, recorder } = env;
  const choice = fixingInForce(t.disbursedOn, env.lpr, clock.calendar);
  if (!choice.ok) throw new Error(`The demo lends on ${t.disbursedOn}: ${choice.message}`);
  const lpr = rateOfTenor(choice.fixing, t.lprTenor);
  const annualRate = rateFromLpr(lpr, t.spreadBp);
  const schedule = repaymentSchedule({ amountFen: t.amountFen, annualRate, months: t.termMonths, method: t.method, start: t.disbursedOn });
  const behaviour = choose(schedule.payments);
  const loan = freshLoan(t, choice.fixing, lpr, formatRate(annualRate), schedule.payments.at(-1)!.date, recorder);
  const story: LoanStory = { loan, instalments: [], repayments: [], recoveries: [], steps: [], overdue: null, overdueNotices: [] };
  const book = new Book(story, loanStateOf(schedule), clock);
  const payments = payins(schedule.payments, behaviour, t.disbursedOn, clock.today, rng);
  const defaultOn = behaviour.kind === 'default' ? addDays(schedule.payments[behaviour.fromPeriod - 1]!.date, behaviour.declareAfterDays) : null;
  const days = new Set<string>([clock.today, ...payments.map((p) => p.on), ...(defaultOn ? [defaultOn] : [])]);
  for (const p of schedule.payments) if (addDays(p.date, 1) <= clock.today) days.add(addDays(p.date, 1));
  let next = 0;
  for (const day of [...days].sort()) {
    if (day <= t.disbursedOn || loan.status !== 'live') continue;
    book.sweep(day);
    for (; next < payments.length && payments[next]!.on === day; next++) book.pay(payments[next]!, officeAt(day, rng.int(30, 420)), recorder, env.newId, rng);
    if (day === defaultOn && loan.status === 'live') book.declareDefault(day, officeAt(day, rng.int(60, 450)), rng);
  }
  if (loan.status === 'live') book.finish(clock.today);
  if (loan.status === 'defaulted') afterDefault(story, env);
  story.instalments = book.state.instalments.map((i) => ({
    loanId: t.id,
    period: i.period,
    dueOn: i.date,
    principalFen: i.principalFen,
    interestFen: i.interestFen,
    paidPrincipalFen: i.paidPrincipalFen,
    paidInterestFen: i.paidInterestFen,
    paidOn: book.paidOn.get(i.period) ?? null,
  }));
  return story;
}

/** The loan as the disbursement service stores it: live, nothing repaid. */
function freshLoan(t: LoanTerms, fixing: LprFixing, lprRate: string, annualRate: string, maturityOn: string, recorder: Account | null): LoanRow {
  return {
    id: t.id,
    applicationId: t.applicationId,
    parkId: t.parkId,
    enterpriseId: t.enterpriseId,
    institutionId: t.institutionId,
    productId: t.productId,
    amountFen: t.amountFen,
    lprTenor: t.lprTenor,
    lprRate,
    lprFixingOn: fixing.date,
    lprOneYear: fixing.oneYear,
    lprFiveYear: fixing.fiveYear,
    spreadBp: t.spreadBp,
    annualRate,
    termMonths: t.termMonths,
    method: t.method,
    disbursedOn: t.disbursedOn,
    maturityOn,
    status: 'live',
    outstandingPrincipalFen: t.amountFen,
    daysOverdue: 0,
    classification: 'normal',
    maxDaysOverdue: 0,
    positionOn: t.disbursedOn,
    defaultedOn: null,
    defaultExposureFen: null,
    recoveredFen: 0n,
    writtenOffFen: null,
    closedOn: null,
    version: 1,
    createdBy: recorder?.userId ?? null,
    createdAt: t.disbursedAt,
    updatedAt: t.disbursedAt,
  };
}

/** The loan book's arithmetic (position after each repayment and sweep, default) applied to the story. */
class Book {
  readonly paidOn = new Map<number, string>();
  private appState: ApplicationState = 'disbursed';

  constructor(
    private readonly story: LoanStory,
    public state: LoanState,
    private readonly clock: Clock,
  ) {}

  sweep(day: string): void {
    if (!unpaidBefore(this.state, day)) return;
    this.settle(loanPosition(this.state, day), day, sweepAt(this.clock, day), false, null);
  }

  pay(p: Payin, at: Date, recorder: Account | null, newId: (atMs: number) => string, rng: Random): void {
    const { state, allocations } = allocateRepayment(this.state, p.amountFen);
    for (const a of allocations) {
      const i = state.instalments.find((x) => x.period === a.period)!;
      if (i.paidPrincipalFen === i.principalFen && i.paidInterestFen === i.interestFen) this.paidOn.set(a.period, p.on);
    }
    this.state = state;
    const principalFen = allocations.reduce((s, a) => s + a.principalFen, 0n);
    const interestFen = allocations.reduce((s, a) => s + a.interestFen, 0n);
    const reference = `HK${p.on.replaceAll('-', '')}${String(this.story.repayments.length + 1).padStart(3, '0')}${rng.int(10, 99)}`;
    this.story.repayments.push({ id: newId(at.getTime()), loanId: this.story.loan.id, paidOn: p.on, amountFen: p.amountFen, principalFen, interestFen, reference, source: 'demo', recordedBy: recorder?.userId ?? null, recordedAt: at });
    this.settle(loanPosition(this.state, p.on), p.on, at, true, recorder);
  }

  private settle(position: LoanPosition, day: string, at: Date, repaid: boolean, actor: Account | null): void {
    const loan = this.story.loan;
    Object.assign(loan, {
      outstandingPrincipalFen: position.outstandingPrincipalFen,
      daysOverdue: position.daysOverdue,
      maxDaysOverdue: Math.max(loan.maxDaysOverdue, position.daysOverdue),
      classification: position.classification,
      positionOn: day,
      ...(position.paidOff ? { status: 'closed', closedOn: day } : {}),
      version: loan.version + 1,
      updatedAt: at,
    });
    if (position.daysOverdue > 0) {
      const seen = this.story.overdue ?? { detectedAt: at, first: { daysOverdue: position.daysOverdue, overdueFen: position.overdueFen } };
      this.story.overdue = { detectedAt: seen.detectedAt, first: seen.first, daysOverdue: position.daysOverdue, overdueFen: position.overdueFen, current: true };
    } else if (this.story.overdue) this.story.overdue.current = false;
    const target = stateFor(position, this.appState, repaid);
    if (target === this.appState) return;
    const comment = target === 'closed' ? PLATFORM.paidOff : target === 'overdue' ? PLATFORM.overdue(position.daysOverdue) : PLATFORM.repaid;
    this.story.steps.push({ to: target, by: 'platform', on: day, at, comment, actor });
    if (target === 'overdue') this.story.overdueNotices.push({ at, daysOverdue: position.daysOverdue, overdueFen: position.overdueFen });
    this.appState = target;
  }

  declareDefault(day: string, at: Date, rng: Random): void {
    const position = loanPosition(this.state, day);
    const exposure = position.outstandingPrincipalFen + position.overdueFen - overduePrincipal(this.state, day);
    const loan = this.story.loan;
    Object.assign(loan, { status: 'defaulted', defaultedOn: day, defaultExposureFen: exposure, classification: position.classification, daysOverdue: position.daysOverdue, updatedAt: at, version: loan.version + 1 });
    this.story.steps.push({ to: 'defaulted', by: 'institution', on: day, at, reason: DEFAULT_REASON, comment: rng.pick(DEFAULT_COMMENTS) });
    this.appState = 'defaulted';
  }

  /** A live loan's position today (what its last settle, or today's sweep, wrote). */
  finish(today: string): void {
    const position = loanPosition(this.state, today);
    Object.assign(this.story.loan, { outstandingPrincipalFen: position.outstandingPrincipalFen, daysOverdue: position.daysOverdue, classification: position.classification, positionOn: today });
  }
}

const RECOVERY_SOURCES: readonly (readonly [string, number])[] = [['collateral', 3], ['guarantor', 3], ['compensation_pool', 2], ['court', 1], ['enterprise', 1]];

/** Money recovered after the default (all of it closes the loan), and for some a write-off of the rest. */
function afterDefault(story: LoanStory, env: LoanEnv): void {
  const { clock, rng, recorder } = env;
  const loan = story.loan;
  const defaultedOn = loan.defaultedOn!;
  const exposure = loan.defaultExposureFen!;
  const age = daysBetween(defaultedOn, clock.today);
  const writeOffOn = age > 120 && rng.chance(0.5) ? addDays(defaultedOn, rng.int(90, Math.min(240, age - 1))) : null;
  const lastRecovery = writeOffOn ? daysBetween(defaultedOn, writeOffOn) - 1 : age - 1;
  if (lastRecovery >= 20 && rng.chance(0.55)) {
    const whole = !writeOffOn && rng.chance(0.12);
    const total = whole ? exposure : (exposure * BigInt(Math.round(rng.float(0.15, 0.7) * 10_000))) / 10_000n;
    const count = total > 100n && rng.chance(0.4) ? 2 : 1;
    const days = Array.from({ length: count }, () => addDays(defaultedOn, rng.int(20, lastRecovery))).sort();
    let left = total;
    days.forEach((on, i) => {
      const amountFen = i === count - 1 ? left : total / 2n;
      left -= amountFen;
      if (amountFen <= 0n) return;
      const at = officeAt(on, rng.int(30, 450));
      const source = rng.weighted(RECOVERY_SOURCES);
      story.recoveries.push({ id: env.newId(at.getTime()), loanId: loan.id, recoveredOn: on, amountFen, source, note: rng.pick(RECOVERY_NOTES[source]!), recordedBy: recorder?.userId ?? null, recordedAt: at });
      loan.recoveredFen += amountFen;
      Object.assign(loan, { version: loan.version + 1, updatedAt: at });
      if (loan.recoveredFen === exposure) {
        Object.assign(loan, { status: 'closed', closedOn: on });
        story.steps.push({ to: 'closed', by: 'platform', on, at, comment: PLATFORM.recovered, actor: recorder });
      }
    });
  }
  if (writeOffOn && loan.status === 'defaulted') {
    const at = officeAt(writeOffOn, rng.int(60, 450));
    Object.assign(loan, { status: 'written_off', writtenOffFen: exposure - loan.recoveredFen, closedOn: writeOffOn, classification: 'loss', updatedAt: at, version: loan.version + 1 });
    story.steps.push({ to: 'written_off', by: 'institution', on: writeOffOn, at, comment: rng.pick(WRITE_OFF_COMMENTS) });
  }
}

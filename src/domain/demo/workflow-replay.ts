// An application's story replayed into the row the services would have left and the history they
// would have written: each move changes what the move service changes (deadline set on
// submission, paused while information is requested and pushed back by the pause, response days
// on decision), and the daily sweep flags deadlines near and missed while the institution is to act.
import { AWAITING_INSTITUTION, checkMove, type ApplicationState } from '../workflow/states.ts';
import { addDays, dayOf, minutesAfter, officeAt, sweepAt, type Clock } from './workflow-clock.ts';
import type { Random } from './random.ts';
import type { Account, ApplicationRow, EventRow, Step } from './workflow-types.ts';

export interface Parties {
  enterpriseId: string;
  institutionId: string;
  accounts: ReadonlyMap<string, Account>;
}

/** What happened, for the notifications it sends. */
export type Moment =
  | { kind: 'move'; from: ApplicationState | null; to: ApplicationState; by: Step['by']; at: Date; deadlineOn: string | null }
  | { kind: 'deadline_near'; at: Date; deadlineOn: string }
  | { kind: 'deadline_missed'; at: Date; deadlineOn: string };

export type ReplayedFields = Omit<ApplicationRow, 'id' | 'parkId' | 'enterpriseId' | 'institutionId' | 'productId' | 'productVersion' | 'productKind' | 'needId' | 'grantId' | 'ratingId' | 'snapshotId' | 'amountFen' | 'termMonths' | 'purpose' | 'createdBy' | 'approvedAmountFen' | 'approvedLprTenor' | 'approvedSpreadBp' | 'approvedTermMonths'>;

export interface Replayed {
  fields: ReplayedFields;
  events: EventRow[];
  moments: Moment[];
}

/** Gives each step without a time one in office hours, each after the one before. */
export function timeSteps(steps: Step[], rng: Random): Step[] {
  let previous: Date | null = null;
  return steps.map((s) => {
    let at = s.at ?? officeAt(s.on, rng.int(0, 450));
    if (previous && at.getTime() <= previous.getTime()) at = minutesAfter(previous, s.at ? 1 : rng.int(3, 40));
    previous = at;
    return { ...s, at };
  });
}

const SWEPT: readonly ApplicationState[] = AWAITING_INSTITUTION;

/** Replays timed steps (the first creates the application); throws on a move the state table refuses. */
export function replaySteps(applicationId: string, steps: readonly Step[], turnaroundDays: number, parties: Parties, clock: Clock, productIsLoan: boolean): Replayed {
  const { calendar } = clock;
  const f: ReplayedFields = {
    state: steps[0]!.to,
    version: 0,
    submittedAt: null,
    deadlineOn: null,
    pausedOn: null,
    pausedWorkingDays: 0,
    decidedAt: null,
    responseWorkingDays: null,
    deadlineWarnedAt: null,
    deadlineMissedAt: null,
    rejectionReason: null,
    rejectionText: null,
    createdAt: steps[0]!.at!,
    updatedAt: steps[0]!.at!,
  };
  const events: EventRow[] = [];
  const moments: Moment[] = [];
  let swept = steps[0]!.on; // the sweep of the first day ran before the application was made

  // The daily sweep over (swept, through]: flags a deadline due by the next working day, then one passed.
  const sweepThrough = (through: string) => {
    if (!(SWEPT as readonly string[]).includes(f.state) || !f.deadlineOn) {
      if (through > swept) swept = through;
      return;
    }
    for (let day = nextDay(swept); day <= through; day = nextDay(day)) {
      if (f.deadlineWarnedAt && f.deadlineMissedAt) break;
      const at = sweepAt(clock, day);
      if (!f.deadlineWarnedAt && f.deadlineOn <= calendar.addWorkingDays(day, 1)) {
        f.deadlineWarnedAt = at;
        if (f.deadlineOn >= day) moments.push({ kind: 'deadline_near', at, deadlineOn: f.deadlineOn });
      }
      if (!f.deadlineMissedAt && f.deadlineOn < day) {
        f.deadlineMissedAt = at;
        moments.push({ kind: 'deadline_missed', at, deadlineOn: f.deadlineOn });
      }
    }
    if (through > swept) swept = through;
  };

  steps.forEach((step, i) => {
    const at = step.at!;
    if (at.getTime() > clock.now.getTime()) throw new Error(`demo workflow: a move to ${step.to} at ${at.toISOString()}, after now`);
    const on = dayOf(at);
    const from = i === 0 ? null : f.state;
    if (from !== null) {
      sweepThrough(on);
      const checked = checkMove({ from, to: step.to, by: step.by, productIsLoan, reason: step.reason, comment: step.comment, hasLoanTerms: true, hasApprovalTerms: true });
      if (!checked.ok) throw new Error(`demo workflow: ${checked.refusal.message}`);
    }
    applyChanges(f, from, step, on, at, turnaroundDays, calendar);
    f.state = step.to;
    f.version += 1;
    f.updatedAt = at;
    const actor = actorOf(step, parties);
    events.push({ applicationId, fromState: from, toState: step.to, version: f.version, ...actor, reason: step.reason ?? null, comment: step.comment ?? null, at });
    moments.push({ kind: 'move', from, to: step.to, by: step.by, at, deadlineOn: f.deadlineOn });
  });
  sweepThrough(clock.today);
  return { fields: f, events, moments };
}

const nextDay = (day: string) => addDays(day, 1);

/** What the move and apply services change besides the state (moves.ts stateChanges). */
function applyChanges(f: ReplayedFields, from: ApplicationState | null, step: Step, on: string, at: Date, turnaroundDays: number, calendar: Clock['calendar']) {
  const to = step.to;
  if (from === null && to === 'submitted') {
    f.submittedAt = at;
    f.deadlineOn = calendar.addWorkingDays(on, turnaroundDays);
    return;
  }
  const before = { pausedOn: f.pausedOn, pausedWorkingDays: f.pausedWorkingDays };
  if (to === 'info_requested' && f.deadlineOn) f.pausedOn = on;
  if (from === 'info_requested' && before.pausedOn && f.deadlineOn) {
    const paused = Math.max(0, calendar.workingDaysBetween(before.pausedOn, on));
    f.pausedOn = null;
    f.pausedWorkingDays = before.pausedWorkingDays + paused;
    f.deadlineOn = calendar.addWorkingDays(f.deadlineOn, paused);
  }
  if ((to === 'approved' || to === 'rejected') && f.submittedAt) {
    const pausedNow = before.pausedOn ? Math.max(0, calendar.workingDaysBetween(before.pausedOn, on)) : 0;
    f.decidedAt = at;
    f.responseWorkingDays = Math.max(0, calendar.workingDaysBetween(dayOf(f.submittedAt), on) - before.pausedWorkingDays - pausedNow);
  }
  if (to === 'rejected') {
    f.rejectionReason = step.reason ?? null;
    f.rejectionText = step.comment?.trim() ?? null;
  }
}

function actorOf(step: Step, parties: Parties): Pick<EventRow, 'actorId' | 'actorEmail' | 'actorOrganisationId'> {
  if (step.by === 'platform') {
    const officer = step.actor ?? null;
    return officer ? { actorId: officer.userId, actorEmail: officer.email, actorOrganisationId: null } : { actorId: null, actorEmail: 'system', actorOrganisationId: null };
  }
  const organisationId = step.by === 'enterprise' ? parties.enterpriseId : parties.institutionId;
  const account = parties.accounts.get(organisationId) ?? null;
  return { actorId: account?.userId ?? null, actorEmail: account?.email ?? null, actorOrganisationId: organisationId };
}

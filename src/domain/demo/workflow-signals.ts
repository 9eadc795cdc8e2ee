// Early-warning signals on the demo loans: every loan that fell overdue has its overdue signal (open
// while it is, mostly resolved once paid), and some borrowers with loans still on the books have a
// signal from a re-rating — a downgrade, a worse tax grade, new lawsuits, a shrinking headcount —
// drawn from what their current facts show, likelier the weaker the grade.
import { GRADE_INDEX, NUMERIC_INDEX, type EnterpriseFacts } from '../marketplace/facts.ts';
import { overdueSignal, ratingSignals, type SignalDraft, type SignalKind, type WatchedFacts } from '../warning/signals.ts';
import type { Random } from './random.ts';
import { addDays, dayOf, daysBetween, officeAt, type Clock } from './workflow-clock.ts';
import type { LoanStory } from './workflow-loans.ts';
import { SIGNAL_NOTES } from './workflow-texts.ts';
import type { Account, SignalRow, WorkflowFirm } from './workflow-types.ts';
import type { NoticeBoard } from './workflow-notices.ts';

export interface SignalEnv {
  clock: Clock;
  rng: Random;
  newId: (atMs: number) => string;
  accounts: ReadonlyMap<string, Account>;
  parkOperators: ReadonlyMap<string, string>;
  notices: NoticeBoard;
}

type Status = SignalRow['status'];

const value = (facts: EnterpriseFacts, key: string): number | null => {
  const v = facts.numbers[NUMERIC_INDEX.get(key)!]!;
  return Number.isNaN(v) ? null : v;
};

export const watchedFacts = (facts: EnterpriseFacts): WatchedFacts => ({
  gradeStep: value(facts, 'grade'),
  taxGrade: value(facts, 'tax_grade'),
  legalCases: value(facts, 'legal_cases'),
  penalties: value(facts, 'penalties'),
  headcountTrend: value(facts, 'headcount_trend'),
});

/** The earlier facts that make today's a change worth a warning of this kind, or null if today's show none. */
function before(kind: SignalKind, now: WatchedFacts, rng: Random): WatchedFacts | null {
  switch (kind) {
    case 'rating_downgrade':
      return now.gradeStep !== null && now.gradeStep < 8 ? { ...now, gradeStep: Math.min(8, now.gradeStep + (rng.chance(0.25) ? 2 : 1)) } : null;
    case 'tax_grade_change':
      return now.taxGrade !== null && now.taxGrade < 4 ? { ...now, taxGrade: now.taxGrade + 1 } : null;
    case 'legal_event':
      if (now.legalCases !== null && now.legalCases >= 1) return { ...now, legalCases: now.legalCases - 1 };
      return now.penalties !== null && now.penalties >= 1 ? { ...now, penalties: now.penalties - 1 } : null;
    case 'headcount_drop':
      return now.headcountTrend !== null && now.headcountTrend <= -0.2 ? { ...now, headcountTrend: null } : null;
    default:
      return null;
  }
}

const RATING_KINDS: readonly (readonly [SignalKind, number])[] = [['rating_downgrade', 3], ['legal_event', 2], ['headcount_drop', 2], ['tax_grade_change', 1]];

/** A warning from a re-rating that today's facts bear out, if they bear any out. */
export function ratingSignal(facts: EnterpriseFacts, rng: Random, only?: SignalKind): SignalDraft | null {
  const now = watchedFacts(facts);
  const kinds = only ? [only] : [rng.weighted(RATING_KINDS), ...RATING_KINDS.map(([k]) => k)];
  for (const kind of kinds) {
    const was = before(kind, now, rng);
    const draft = was && ratingSignals(was, now).find((d) => d.kind === kind);
    if (draft) return draft;
  }
  return null;
}

export class SignalDesk {
  private readonly keys = new Set<string>();
  readonly rows: SignalRow[] = [];

  constructor(private readonly env: SignalEnv) {}

  /** Writes a signal once per lender, enterprise and key; tells the lender and the park as it is raised. */
  raise(firm: WorkflowFirm, institutionId: string, loanId: string | null, draft: SignalDraft, detectedAt: Date, raisedAs: SignalDraft, status: Status, note: string | null): SignalRow | null {
    const key = `${institutionId} ${firm.id} ${draft.dedupeKey}`;
    if (this.keys.has(key)) return null;
    this.keys.add(key);
    const { clock, rng } = this.env;
    const officer = this.env.accounts.get(institutionId)?.userId ?? null;
    const handledOn = addDays(dayOf(detectedAt), rng.int(1, Math.max(1, Math.min(20, daysBetween(dayOf(detectedAt), clock.today) - 1))));
    const handled = status !== 'open' && handledOn < clock.today ? officeAt(handledOn, rng.int(0, 450)) : null;
    const s = handled ? status : 'open';
    const row: SignalRow = {
      id: this.env.newId(detectedAt.getTime()),
      parkId: firm.parkId,
      enterpriseId: firm.id,
      institutionId,
      loanId,
      kind: draft.kind,
      severity: draft.severity,
      evidence: draft.evidence,
      dedupeKey: draft.dedupeKey,
      status: s,
      detectedAt,
      acknowledgedAt: handled,
      acknowledgedBy: handled ? officer : null,
      resolvedAt: s === 'resolved' ? handled : null,
      resolvedBy: s === 'resolved' ? officer : null,
      note: s === 'open' ? null : note,
    };
    this.rows.push(row);
    this.env.notices.signal({ ...row, severity: raisedAs.severity }, firm.name, this.env.parkOperators.get(firm.parkId), { zh: raisedAs.evidence.summaryZh, en: raisedAs.evidence.summaryEn });
    return row;
  }

  /** The overdue warning of a loan that has been overdue, as the sweep raised and last refreshed it. */
  overdue(story: LoanStory, firm: WorkflowFirm, forceOpen = false): void {
    const o = story.overdue;
    if (!o) return;
    const { rng } = this.env;
    const loan = story.loan;
    const draft = overdueSignal(loan.id, o.daysOverdue, o.overdueFen);
    const raised = overdueSignal(loan.id, o.first.daysOverdue, o.first.overdueFen);
    let status: Status;
    let note: string;
    if (loan.status === 'defaulted' || loan.status === 'written_off') [status, note] = [rng.chance(0.5) ? 'resolved' : 'acknowledged', rng.pick(SIGNAL_NOTES.resolvedDefault)];
    else if (o.current) [status, note] = [!forceOpen && rng.chance(0.3) ? 'acknowledged' : 'open', rng.pick(SIGNAL_NOTES.acknowledged)];
    else [status, note] = [rng.weighted<Status>([['resolved', 50], ['acknowledged', 20], ['open', 30]]), rng.pick(SIGNAL_NOTES.resolvedOverdue)];
    if (status === 'acknowledged' && !o.current) note = rng.pick(SIGNAL_NOTES.acknowledged);
    this.raise(firm, loan.institutionId, loan.id, draft, o.detectedAt, raised, status, note);
  }

  /** Now and then a re-rating's warning for a borrower whose loan is still on the books. */
  rating(story: LoanStory, firm: WorkflowFirm, chance: number, only?: SignalKind, forceOpen = false): void {
    const { rng, clock } = this.env;
    const loan = story.loan;
    if (!firm.facts || (loan.status !== 'live' && loan.status !== 'defaulted') || !rng.chance(chance)) return;
    const draft = ratingSignal(firm.facts, rng, only);
    const from = addDays(loan.disbursedOn, 10) > addDays(clock.today, -120) ? addDays(loan.disbursedOn, 10) : addDays(clock.today, -120);
    if (!draft || from >= clock.today) return;
    const detectedOn = forceOpen ? addDays(clock.today, -rng.int(1, Math.min(5, daysBetween(from, clock.today)))) : addDays(from, rng.int(0, daysBetween(from, clock.today) - 1));
    const status = forceOpen ? 'open' : rng.weighted<Status>([['open', 70], ['acknowledged', 20], ['resolved', 10]]);
    const note = status === 'resolved' ? rng.pick(SIGNAL_NOTES.resolved) : rng.pick(SIGNAL_NOTES.acknowledged);
    this.raise(firm, loan.institutionId, loan.id, draft, officeAt(detectedOn, rng.int(0, 450)), draft, status, note);
  }
}

/** Warnings are likelier the weaker the borrower's grade: 6% at AAA, about 30% at C. */
export const ratingSignalChance = (facts: EnterpriseFacts | null): number => {
  const step = facts ? facts.numbers[GRADE_INDEX]! : NaN;
  return Number.isNaN(step) ? 0.1 : 0.06 + 0.03 * (8 - step);
};

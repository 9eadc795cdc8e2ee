// The notifications the workflow services would have sent for what the demo says happened, in
// their words (src/domain/workflow/notices.ts): submissions and the enterprise's answers to the
// institution, the institution's steps to the enterprise, deadlines to the institution (missed ones
// also to the park), overdue loans to both sides, warnings to the lender and the park. Only the
// last weeks' are kept; older ones were read.
import type { Severity } from '../warning/signals.ts';
import { deadlineMissedNotice, deadlineMissedParkNotice, deadlineNearNotice, enterpriseNotice, institutionNotice, overdueNotice, signalNotice, type Named, type Notice, type NoticeSubject } from '../workflow/notices.ts';
import { DAY_MS } from './workflow-clock.ts';
import type { Moment } from './workflow-replay.ts';
import type { ApplicationRow, NoticeRow, SignalRow } from './workflow-types.ts';

const WINDOW_DAYS = 60;
const READ_AFTER_DAYS = 7; // older notifications were read the day after

export interface Names {
  product: Named;
  enterprise: Named;
  institution: Named;
}

export class NoticeBoard {
  readonly rows: NoticeRow[] = [];
  private readonly since: number;

  constructor(
    private readonly now: Date,
    private readonly newId: (atMs: number) => string,
  ) {
    this.since = now.getTime() - WINDOW_DAYS * DAY_MS;
  }

  add(organisationId: string, kind: string, titleZh: string, titleEn: string, link: string, details: Record<string, unknown>, at: Date): void {
    if (at.getTime() < this.since) return;
    const read = this.now.getTime() - at.getTime() > READ_AFTER_DAYS * DAY_MS;
    this.rows.push({ id: this.newId(at.getTime()), organisationId, kind, titleZh, titleEn, link, details, createdAt: at, readAt: read ? new Date(at.getTime() + DAY_MS) : null });
  }

  private tell(organisationId: string, notice: Notice, link: string, details: Record<string, unknown>, at: Date): void {
    this.add(organisationId, notice.kind, notice.zh, notice.en, link, { ...details, params: notice.params }, at);
  }

  /** An application's moves and its deadline flags. */
  application(a: ApplicationRow, moments: readonly Moment[], names: Names, parkOperator: string | undefined): void {
    const link = `/applications/${a.id}`;
    const details = { applicationId: a.id };
    for (const m of moments) {
      if (m.kind === 'deadline_near') {
        this.tell(a.institutionId, deadlineNearNotice(names, m.deadlineOn), link, details, m.at);
      } else if (m.kind === 'deadline_missed') {
        const missed = { applicationId: a.id, deadlineOn: m.deadlineOn };
        this.tell(a.institutionId, deadlineMissedNotice(names, m.deadlineOn), link, missed, m.at);
        if (parkOperator) this.tell(parkOperator, deadlineMissedParkNotice(names), link, missed, m.at);
      } else {
        const notice = m.by === 'institution' ? enterpriseNotice(a, m.to, names) : m.by === 'enterprise' ? institutionNotice({ deadlineOn: m.deadlineOn }, m.from, m.to, names) : null;
        if (notice) this.tell(m.by === 'institution' ? a.enterpriseId : a.institutionId, notice, link, details, m.at);
      }
    }
  }

  overdue(loan: { id: string; institutionId: string; enterpriseId: string }, names: NoticeSubject, at: Date, daysOverdue: number, overdueFen: bigint): void {
    const details = { loanId: loan.id, daysOverdue, overdueFen: String(overdueFen) };
    for (const organisationId of [loan.institutionId, loan.enterpriseId]) this.tell(organisationId, overdueNotice(names, daysOverdue), `/loans/${loan.id}`, details, at);
  }

  signal(s: SignalRow, enterpriseName: string, parkOperator: string | undefined, summary: { zh: string; en: string }): void {
    const notice = signalNotice({ name: enterpriseName }, s.severity as Severity, summary);
    const details = { signalId: s.id, kind: s.kind };
    for (const organisationId of [s.institutionId, ...(parkOperator ? [parkOperator] : [])]) this.tell(organisationId, notice, '/warnings', details, s.detectedAt);
  }
}

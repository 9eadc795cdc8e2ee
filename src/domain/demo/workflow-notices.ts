// The notifications the workflow services would have sent for what the demo says happened, in
// their words: submissions and the enterprise's answers to the institution, the institution's steps
// to the enterprise, deadlines to the institution (missed ones also to the park), overdue loans to
// both, warnings to the lender and the park. Only the last weeks' are kept; older ones were read.
import { REJECTION_TEXT, isRejectionReason } from '../workflow/rejections.ts';
import type { ApplicationState } from '../workflow/states.ts';
import { DAY_MS } from './workflow-clock.ts';
import type { Moment } from './workflow-replay.ts';
import type { ApplicationRow, NoticeRow, SignalRow } from './workflow-types.ts';

const WINDOW_DAYS = 60;
const READ_AFTER_DAYS = 7; // older notifications were read the day after

export interface Names {
  enterprise: string;
  institution: string;
  product: string;
}

function enterpriseNotice(a: ApplicationRow, to: ApplicationState): [string, string, string] | null {
  const ref = a.id.slice(0, 8);
  switch (to) {
    case 'accepted':
      return ['application.accepted', `您的融资申请 ${ref} 已受理审查`, `Your application ${ref} is under review`];
    case 'info_requested':
      return ['application.info_requested', `机构需要您补充申请 ${ref} 的材料`, `The institution asks for more information on application ${ref}`];
    case 'approved':
      return ['application.decided', `您的融资申请 ${ref} 已获批准`, `Your application ${ref} was approved`];
    case 'rejected': {
      const reason = a.rejectionReason && isRejectionReason(a.rejectionReason) ? REJECTION_TEXT[a.rejectionReason] : null;
      return ['application.decided', `您的融资申请 ${ref} 未获批准${reason ? `：${reason.zh}` : ''}`, `Your application ${ref} was declined${reason ? `: ${reason.en}` : ''}`];
    }
    case 'contract_signed':
      return ['application.contract_signed', `申请 ${ref} 的合同已签订`, `The contract for application ${ref} is signed`];
    case 'disbursed':
      return ['loan.disbursed', `申请 ${ref} 已放款`, `Application ${ref} has been funded`];
    case 'defaulted':
      return ['loan.defaulted', `申请 ${ref} 的贷款已被认定违约`, `The loan of application ${ref} was declared in default`];
    default:
      return null;
  }
}

function institutionNotice(a: ApplicationRow, from: ApplicationState | null, to: ApplicationState, deadlineOn: string | null, names: Names): [string, string, string] | null {
  const ref = a.id.slice(0, 8);
  if (from === null && to === 'submitted') return ['application.submitted', `${names.enterprise} 申请了「${names.product}」，请于 ${deadlineOn} 前答复`, `${names.enterprise} applied for “${names.product}”; respond by ${deadlineOn}`];
  if (to === 'accepted' && from === 'info_requested') return ['application.answered', `${names.enterprise} 已补充申请 ${ref} 的材料`, `${names.enterprise} sent the information asked for on application ${ref}`];
  if (to === 'withdrawn') return ['application.withdrawn', `${names.enterprise} 撤回了申请 ${ref}`, `${names.enterprise} withdrew application ${ref}`];
  return null;
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

  /** An application's moves and its deadline flags. */
  application(a: ApplicationRow, moments: readonly Moment[], names: Names, parkOperator: string | undefined): void {
    const link = `/applications/${a.id}`;
    const details = { applicationId: a.id };
    for (const m of moments) {
      if (m.kind === 'deadline_near') {
        this.add(a.institutionId, 'application.deadline_near', `${names.enterprise} 的申请将于 ${m.deadlineOn} 到期答复`, `The application of ${names.enterprise} is due for a decision on ${m.deadlineOn}`, link, details, m.at);
      } else if (m.kind === 'deadline_missed') {
        const missed = { applicationId: a.id, deadlineOn: m.deadlineOn };
        this.add(a.institutionId, 'application.deadline_missed', `${names.enterprise} 的申请已超过答复期限（${m.deadlineOn}）`, `The decision on ${names.enterprise}'s application is overdue (due ${m.deadlineOn})`, link, missed, m.at);
        if (parkOperator) this.add(parkOperator, 'application.deadline_missed', `${names.institution} 未按期答复 ${names.enterprise} 的申请`, `${names.institution} missed the decision deadline for ${names.enterprise}`, link, missed, m.at);
      } else {
        const notice = m.by === 'institution' ? enterpriseNotice(a, m.to) : m.by === 'enterprise' ? institutionNotice(a, m.from, m.to, m.deadlineOn, names) : null;
        if (notice) this.add(m.by === 'institution' ? a.enterpriseId : a.institutionId, notice[0], notice[1], notice[2], link, details, m.at);
      }
    }
  }

  overdue(loan: { id: string; institutionId: string; enterpriseId: string }, at: Date, daysOverdue: number, overdueFen: bigint): void {
    const ref = loan.id.slice(0, 8);
    const details = { loanId: loan.id, daysOverdue, overdueFen: String(overdueFen) };
    for (const organisationId of [loan.institutionId, loan.enterpriseId]) {
      this.add(organisationId, 'loan.overdue', `贷款 ${ref} 已逾期 ${daysOverdue} 天`, `Loan ${ref} is ${daysOverdue} days overdue`, `/loans/${loan.id}`, details, at);
    }
  }

  signal(s: SignalRow, enterpriseName: string, parkOperator: string | undefined, summary: { zh: string; en: string }): void {
    const label = ({ low: '低', medium: '中', high: '高' } as Record<string, string>)[s.severity] ?? s.severity;
    const details = { signalId: s.id, kind: s.kind };
    for (const organisationId of [s.institutionId, ...(parkOperator ? [parkOperator] : [])]) {
      this.add(organisationId, 'signal.raised', `预警（${label}）：${enterpriseName} ${summary.zh}`, `Warning (${s.severity}): ${enterpriseName}: ${summary.en}`, '/warnings', details, s.detectedAt);
    }
  }
}

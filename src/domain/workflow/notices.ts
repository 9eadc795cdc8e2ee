// What the workflow tells whom, in both languages: one wording for the services that send the
// notifications and for the demo seed that writes the ones they would have sent. A notice names
// the product and the enterprise (never an id), each in the reader's language where it has an
// English name, and carries its parameters so a reader can render it again.
import type { Severity } from '../warning/signals.ts';
import { isRejectionReason, REJECTION_TEXT } from './rejections.ts';
import type { ApplicationState } from './states.ts';

export interface Notice {
  kind: string;
  zh: string;
  en: string;
  /** What the wording was made of: the names in both languages, dates, counts. */
  params: Record<string, string | number | null>;
}

/** A name as stored: the Chinese name and, where there is one, the English. */
export interface Named {
  name: string;
  nameEn?: string | null;
}

/** What a notice about an application is about. */
export interface NoticeSubject {
  product: Named;
  enterprise: Named;
  institution?: Named;
}

const en = (n: Named) => (n.nameEn && n.nameEn.trim() ? n.nameEn : n.name);

function paramsOf(s: NoticeSubject, extra: Record<string, string | number | null> = {}): Notice['params'] {
  return {
    productName: s.product.name,
    productNameEn: s.product.nameEn ?? null,
    enterpriseName: s.enterprise.name,
    enterpriseNameEn: s.enterprise.nameEn ?? null,
    ...(s.institution ? { institutionName: s.institution.name, institutionNameEn: s.institution.nameEn ?? null } : {}),
    ...extra,
  };
}

const notice = (kind: string, s: NoticeSubject, zh: string, english: string, extra?: Record<string, string | number | null>): Notice => ({ kind, zh, en: english, params: paramsOf(s, extra) });

/** The institution's steps, told to the enterprise. */
export function enterpriseNotice(a: { rejectionReason: string | null }, to: ApplicationState, s: NoticeSubject): Notice | null {
  const [pz, pe, ez, ee] = [s.product.name, en(s.product), s.enterprise.name, en(s.enterprise)];
  switch (to) {
    case 'accepted':
      return notice('application.accepted', s, `${ez}的融资申请「${pz}」已受理审查`, `${ee}'s application for ${pe} is under review`);
    case 'info_requested':
      return notice('application.info_requested', s, `机构需要${ez}补充融资申请「${pz}」的材料`, `The institution asks ${ee} for more information on the application for ${pe}`);
    case 'approved':
      return notice('application.decided', s, `${ez}的融资申请「${pz}」已获批准`, `${ee}'s application for ${pe} was approved`);
    case 'rejected': {
      const reason = a.rejectionReason && isRejectionReason(a.rejectionReason) ? REJECTION_TEXT[a.rejectionReason] : null;
      return notice(
        'application.decided',
        s,
        `${ez}的融资申请「${pz}」未获批准${reason ? `：${reason.zh}` : ''}`,
        `${ee}'s application for ${pe} was declined${reason ? `: ${reason.en}` : ''}`,
        { reason: a.rejectionReason },
      );
    }
    case 'contract_signed':
      return notice('application.contract_signed', s, `${ez}的「${pz}」合同已签订`, `The contract for ${ee}'s ${pe} is signed`);
    case 'disbursed':
      return notice('loan.disbursed', s, `${ez}的「${pz}」已放款`, `${pe} for ${ee} has been funded`);
    case 'defaulted':
      return notice('loan.defaulted', s, `${ez}的「${pz}」贷款已被认定违约`, `${ee}'s ${pe} loan was declared in default`);
    default:
      return null;
  }
}

/** The enterprise's steps, told to the institution. */
export function institutionNotice(a: { deadlineOn: string | null }, from: ApplicationState | null, to: ApplicationState, s: NoticeSubject): Notice | null {
  const [pz, pe, ez, ee] = [s.product.name, en(s.product), s.enterprise.name, en(s.enterprise)];
  if (to === 'submitted') {
    return notice('application.submitted', s, `${ez} 申请了「${pz}」，请于 ${a.deadlineOn} 前答复`, `${ee} applied for ${pe}; respond by ${a.deadlineOn}`, { deadlineOn: a.deadlineOn });
  }
  if (to === 'accepted' && from === 'info_requested') return notice('application.answered', s, `${ez} 已补充「${pz}」申请的材料`, `${ee} sent the information asked for on its application for ${pe}`);
  if (to === 'withdrawn') return notice('application.withdrawn', s, `${ez} 撤回了「${pz}」的申请`, `${ee} withdrew its application for ${pe}`);
  return null;
}

export const deadlineNearNotice = (s: NoticeSubject, deadlineOn: string): Notice =>
  notice('application.deadline_near', s, `${s.enterprise.name}「${s.product.name}」的申请将于 ${deadlineOn} 到期答复`, `The application of ${en(s.enterprise)} for ${en(s.product)} is due for a decision on ${deadlineOn}`, { deadlineOn });

export const deadlineMissedNotice = (s: NoticeSubject, deadlineOn: string): Notice =>
  notice('application.deadline_missed', s, `${s.enterprise.name}「${s.product.name}」的申请已超过答复期限（${deadlineOn}）`, `The decision on ${en(s.enterprise)}'s application for ${en(s.product)} is overdue (due ${deadlineOn})`, { deadlineOn });

/** To the park: which institution let which deadline pass. */
export const deadlineMissedParkNotice = (s: NoticeSubject & { institution: Named }): Notice =>
  notice('application.deadline_missed', s, `${s.institution.name} 未按期答复 ${s.enterprise.name}「${s.product.name}」的申请`, `${en(s.institution)} missed the decision deadline for ${en(s.enterprise)}'s application for ${en(s.product)}`);

export const overdueNotice = (s: NoticeSubject, daysOverdue: number): Notice =>
  notice('loan.overdue', s, `${s.enterprise.name}的「${s.product.name}」贷款已逾期 ${daysOverdue} 天`, `${en(s.enterprise)}'s ${en(s.product)} loan is ${daysOverdue} ${daysOverdue === 1 ? 'day' : 'days'} overdue`, { daysOverdue });

const SEVERITY: Record<Severity, { zh: string; en: string }> = { low: { zh: '低', en: 'low' }, medium: { zh: '中', en: 'medium' }, high: { zh: '高', en: 'high' } };

export const signalNotice = (enterprise: Named, severity: Severity, summary: { zh: string; en: string }): Notice => ({
  kind: 'signal.raised',
  zh: `预警（${SEVERITY[severity].zh}）：${enterprise.name} ${summary.zh}`,
  en: `Warning (${SEVERITY[severity].en}): ${en(enterprise)}: ${summary.en}`,
  params: { enterpriseName: enterprise.name, enterpriseNameEn: enterprise.nameEn ?? null, severity },
});

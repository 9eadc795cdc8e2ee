// What the workflow tells whom, in both languages: one wording for the services that send the
// notifications and for the demo seed that writes the ones they would have sent.
import type { Severity } from '../warning/signals.ts';
import { isRejectionReason, REJECTION_TEXT } from './rejections.ts';
import type { ApplicationState } from './states.ts';

export interface Notice {
  kind: string;
  zh: string;
  en: string;
}

const refOf = (id: string) => id.slice(0, 8);

/** The institution's steps, told to the enterprise. */
export function enterpriseNotice(a: { id: string; rejectionReason: string | null }, to: ApplicationState): Notice | null {
  const ref = refOf(a.id);
  switch (to) {
    case 'accepted':
      return { kind: 'application.accepted', zh: `您的融资申请 ${ref} 已受理审查`, en: `Your application ${ref} is under review` };
    case 'info_requested':
      return { kind: 'application.info_requested', zh: `机构需要您补充申请 ${ref} 的材料`, en: `The institution asks for more information on application ${ref}` };
    case 'approved':
      return { kind: 'application.decided', zh: `您的融资申请 ${ref} 已获批准`, en: `Your application ${ref} was approved` };
    case 'rejected': {
      const reason = a.rejectionReason && isRejectionReason(a.rejectionReason) ? REJECTION_TEXT[a.rejectionReason] : null;
      return { kind: 'application.decided', zh: `您的融资申请 ${ref} 未获批准${reason ? `：${reason.zh}` : ''}`, en: `Your application ${ref} was declined${reason ? `: ${reason.en}` : ''}` };
    }
    case 'contract_signed':
      return { kind: 'application.contract_signed', zh: `申请 ${ref} 的合同已签订`, en: `The contract for application ${ref} is signed` };
    case 'disbursed':
      return { kind: 'loan.disbursed', zh: `申请 ${ref} 已放款`, en: `Application ${ref} has been funded` };
    case 'defaulted':
      return { kind: 'loan.defaulted', zh: `申请 ${ref} 的贷款已被认定违约`, en: `The loan of application ${ref} was declared in default` };
    default:
      return null;
  }
}

/** The enterprise's steps, told to the institution. */
export function institutionNotice(a: { id: string; deadlineOn: string | null }, from: ApplicationState | null, to: ApplicationState, enterpriseName: string): Notice | null {
  const ref = refOf(a.id);
  if (to === 'submitted') return { kind: 'application.submitted', zh: `${enterpriseName} 提交了融资申请 ${ref}，请于 ${a.deadlineOn} 前答复`, en: `${enterpriseName} submitted application ${ref}; respond by ${a.deadlineOn}` };
  if (to === 'accepted' && from === 'info_requested') return { kind: 'application.answered', zh: `${enterpriseName} 已补充申请 ${ref} 的材料`, en: `${enterpriseName} sent the information asked for on application ${ref}` };
  if (to === 'withdrawn') return { kind: 'application.withdrawn', zh: `${enterpriseName} 撤回了申请 ${ref}`, en: `${enterpriseName} withdrew application ${ref}` };
  return null;
}

export const deadlineNearNotice = (enterpriseName: string, deadlineOn: string): Notice => ({
  kind: 'application.deadline_near',
  zh: `${enterpriseName} 的申请将于 ${deadlineOn} 到期答复`,
  en: `The application of ${enterpriseName} is due for a decision on ${deadlineOn}`,
});

export const deadlineMissedNotice = (enterpriseName: string, deadlineOn: string): Notice => ({
  kind: 'application.deadline_missed',
  zh: `${enterpriseName} 的申请已超过答复期限（${deadlineOn}）`,
  en: `The decision on ${enterpriseName}'s application is overdue (due ${deadlineOn})`,
});

/** To the park: which institution let which deadline pass. */
export const deadlineMissedParkNotice = (institutionName: string, enterpriseName: string): Notice => ({
  kind: 'application.deadline_missed',
  zh: `${institutionName} 未按期答复 ${enterpriseName} 的申请`,
  en: `${institutionName} missed the decision deadline for ${enterpriseName}`,
});

export const overdueNotice = (loanId: string, daysOverdue: number): Notice => ({
  kind: 'loan.overdue',
  zh: `贷款 ${refOf(loanId)} 已逾期 ${daysOverdue} 天`,
  en: `Loan ${refOf(loanId)} is ${daysOverdue} days overdue`,
});

const SEVERITY_ZH: Record<Severity, string> = { low: '低', medium: '中', high: '高' };

export const signalNotice = (enterpriseName: string, severity: Severity, summary: { zh: string; en: string }): Notice => ({
  kind: 'signal.raised',
  zh: `预警（${SEVERITY_ZH[severity]}）：${enterpriseName} ${summary.zh}`,
  en: `Warning (${severity}): ${enterpriseName}: ${summary.en}`,
});

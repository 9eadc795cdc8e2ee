// Who hears of a move: the other side. The enterprise hears of the institution's steps (review,
// questions, decision, contract, money); the institution of the enterprise's (answers, withdrawals).
import type { Tx } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/repositories/applications.ts';
import { REJECTION_TEXT, isRejectionReason } from '../../domain/workflow/rejections.ts';
import type { ApplicationState, Mover } from '../../domain/workflow/states.ts';
import { notify } from '../notifications/notify.ts';

interface Notice {
  kind: string;
  zh: string;
  en: string;
}

function enterpriseNotice(a: ApplicationRow): Notice | null {
  const ref = a.id.slice(0, 8);
  switch (a.state as ApplicationState) {
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

function institutionNotice(a: ApplicationRow, from: ApplicationState, enterpriseName: string): Notice | null {
  const ref = a.id.slice(0, 8);
  if (a.state === 'submitted') return { kind: 'application.submitted', zh: `${enterpriseName} 提交了融资申请 ${ref}，请于 ${a.deadlineOn} 前答复`, en: `${enterpriseName} submitted application ${ref}; respond by ${a.deadlineOn}` };
  if (a.state === 'accepted' && from === 'info_requested') return { kind: 'application.answered', zh: `${enterpriseName} 已补充申请 ${ref} 的材料`, en: `${enterpriseName} sent the information asked for on application ${ref}` };
  if (a.state === 'withdrawn') return { kind: 'application.withdrawn', zh: `${enterpriseName} 撤回了申请 ${ref}`, en: `${enterpriseName} withdrew application ${ref}` };
  return null;
}

export async function notifyMove(tx: Tx, a: ApplicationRow, from: ApplicationState, by: Mover, enterpriseName: string, at: Date): Promise<void> {
  const toEnterprise = by === 'institution' ? enterpriseNotice(a) : null;
  const toInstitution = by === 'enterprise' ? institutionNotice(a, from, enterpriseName) : null;
  const link = `/applications/${a.id}`;
  if (toEnterprise) await notify(tx, { organisationId: a.enterpriseId, kind: toEnterprise.kind, titleZh: toEnterprise.zh, titleEn: toEnterprise.en, link, details: { applicationId: a.id }, at });
  if (toInstitution) await notify(tx, { organisationId: a.institutionId, kind: toInstitution.kind, titleZh: toInstitution.zh, titleEn: toInstitution.en, link, details: { applicationId: a.id }, at });
}

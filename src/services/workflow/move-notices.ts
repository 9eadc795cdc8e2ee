// Who hears of a move: the other side. The enterprise hears of the institution's steps (review,
// questions, decision, contract, money); the institution of the enterprise's (submission, answers,
// withdrawals). The wording is the domain's (src/domain/workflow/notices.ts).
import type { Tx } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/repositories/applications.ts';
import { enterpriseNotice, institutionNotice, type Notice } from '../../domain/workflow/notices.ts';
import type { ApplicationState, Mover } from '../../domain/workflow/states.ts';
import { notify } from '../notifications/notify.ts';

/** Sends a workflow notice to an organisation, inside the transaction of the change it reports. */
export async function sendNotice(tx: Tx, organisationId: string, notice: Notice, where: { link: string; details: Record<string, unknown>; at: Date }): Promise<void> {
  await notify(tx, { organisationId, kind: notice.kind, titleZh: notice.zh, titleEn: notice.en, ...where });
}

export async function notifyMove(tx: Tx, a: ApplicationRow, from: ApplicationState, by: Mover, enterpriseName: string, at: Date): Promise<void> {
  const to = a.state as ApplicationState;
  const where = { link: `/applications/${a.id}`, details: { applicationId: a.id }, at };
  const toEnterprise = by === 'institution' ? enterpriseNotice(a, to) : null;
  const toInstitution = by === 'enterprise' ? institutionNotice(a, from, to, enterpriseName) : null;
  if (toEnterprise) await sendNotice(tx, a.enterpriseId, toEnterprise, where);
  if (toInstitution) await sendNotice(tx, a.institutionId, toInstitution, where);
}

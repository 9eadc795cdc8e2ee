// Who hears of a move: the other side. The enterprise hears of the institution's steps (review,
// questions, decision, contract, money); the institution of the enterprise's (submission, answers,
// withdrawals). The wording is the domain's (src/domain/workflow/notices.ts), naming the product
// and the enterprise; the names it was written with go into the notification's details.
import type { Executor, Tx } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/repositories/applications.ts';
import { applicationNames, type ApplicationNames } from '../../db/repositories/notice-subjects.ts';
import { enterpriseNotice, institutionNotice, type Notice } from '../../domain/workflow/notices.ts';
import type { ApplicationState, Mover } from '../../domain/workflow/states.ts';
import { notify } from '../notifications/notify.ts';

/** Sends a workflow notice to an organisation, inside the transaction of the change it reports. */
export async function sendNotice(tx: Tx, organisationId: string, notice: Notice, where: { link: string; details: Record<string, unknown>; at: Date }): Promise<void> {
  await notify(tx, { organisationId, kind: notice.kind, titleZh: notice.zh, titleEn: notice.en, ...where, details: { ...where.details, params: notice.params } });
}

const UNNAMED: ApplicationNames = { product: { name: '', nameEn: null }, enterprise: { name: '', nameEn: null }, institution: { name: '', nameEn: null } };

/** The names notices about an application are written with. */
export async function namesOf(db: Executor, applicationId: string): Promise<ApplicationNames> {
  return (await applicationNames(db, applicationId)) ?? UNNAMED;
}

export async function notifyMove(tx: Tx, a: ApplicationRow, from: ApplicationState, by: Mover, at: Date): Promise<void> {
  const to = a.state as ApplicationState;
  const toEnterprise = by === 'institution' ? enterpriseNotice(a, to, await namesOf(tx, a.id)) : null;
  const toInstitution = by === 'enterprise' ? institutionNotice(a, from, to, await namesOf(tx, a.id)) : null;
  const where = { link: `/applications/${a.id}`, details: { applicationId: a.id }, at };
  if (toEnterprise) await sendNotice(tx, a.enterpriseId, toEnterprise, where);
  if (toInstitution) await sendNotice(tx, a.institutionId, toInstitution, where);
}

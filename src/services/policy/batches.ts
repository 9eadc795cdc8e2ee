// Payment batches: a park gathers its programme's approved claims into one batch for the finance
// office (a CSV of payee, bank account and amount), and marks it paid with the office's reference,
// which moves every claim in it to paid — all in one transaction, or none.
import { findProgrammeVersions } from '../../db/repositories/programmes.ts';
import { claimsOfBatch, findBatch, insertBatch, insertClaimEvents, listBatches, lockApprovedUnbatched, lockBatch, setBatchOf, updateBatch, updateClaimIf, type BatchRow } from '../../db/repositories/subsidy-claims.ts';
import { managesProgramme, programmeParkScope } from '../../domain/access/policy-access.ts';
import { mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import type { Lang } from '../../domain/audit/actions.ts';
import { headerOf, yuanOf } from '../../domain/exports/labels.ts';
import { sheetExport, type SheetExport } from '../exports/sheet.ts';
import { fail } from '../../domain/shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';

async function ownedProgramme(ctx: ServiceContext, code: string) {
  const rows = await findProgrammeVersions(ctx.database.db, code);
  if (!rows.length) throw fail('programme.not_found', { id: code });
  if (!managesProgramme(ctx.actor, rows[0]!.parkId)) throw fail('claim.not_in_your_park');
  return rows[0]!;
}

export async function createBatch(ctx: ServiceContext, code: string): Promise<BatchRow> {
  const programme = await ownedProgramme(ctx, code);
  return mutate(ctx, async (tx) => {
    const claims = await lockApprovedUnbatched(tx, code);
    if (!claims.length) throw fail('batch.nothing_to_pay', { id: code });
    const totalFen = claims.reduce((sum, c) => sum + c.subsidyFen, 0n);
    const batch = await insertBatch(tx, { id: newId(), programmeCode: code, parkId: programme.parkId, claims: claims.length, totalFen, status: 'open', createdBy: ctx.actor.userId, createdAt: ctx.now() });
    await setBatchOf(tx, claims.map((c) => c.id), batch.id);
    return { result: batch, audit: { action: 'claim.batch_created', targetType: 'payment_batch', targetId: batch.id, parkId: programme.parkId, details: { code, claims: claims.length, totalFen: String(totalFen) } } };
  });
}

/** Marks the batch paid: every claim in it moves approved → paid with the reference. */
export async function payBatch(ctx: ServiceContext, id: string, input: { reference: string; paidOn: string }): Promise<BatchRow> {
  const found = await findBatch(ctx.database.db, id);
  if (!found) throw fail('batch.not_found');
  await ownedProgramme(ctx, found.programmeCode);
  return mutate(ctx, async (tx) => {
    const batch = await lockBatch(tx, id);
    if (batch!.status === 'paid') throw fail('batch.already_paid', { paidOn: batch!.paidOn ?? '' });
    const claims = (await claimsOfBatch(tx, id)).filter((c) => c.state === 'approved');
    for (const c of claims) {
      const moved = await updateClaimIf(tx, c.id, c.version, { state: 'paid', paymentReference: input.reference, paidOn: input.paidOn, updatedAt: ctx.now() });
      if (!moved) throw fail('claim.stale_version', { sent: c.version, version: c.version + 1 });
    }
    await insertClaimEvents(tx, claims.map((c) => ({ claimId: c.id, fromState: 'approved', toState: 'paid', mover: 'park', actorId: ctx.actor.userId, reason: null, comment: input.reference, at: ctx.now() })));
    await updateBatch(tx, id, { status: 'paid', paymentReference: input.reference, paidOn: input.paidOn });
    return { result: { ...batch!, status: 'paid', paymentReference: input.reference, paidOn: input.paidOn }, audit: { action: 'claim.batch_paid', targetType: 'payment_batch', targetId: id, parkId: batch!.parkId, details: { reference: input.reference, paidOn: input.paidOn, claims: claims.length } } };
  });
}

export async function readBatches(ctx: ServiceContext, programmeCode: string): Promise<BatchRow[]> {
  const attempt = mayAttempt(ctx.actor, 'programme.manage');
  if (!attempt.allowed) throw refusalOf(attempt);
  await ownedProgramme(ctx, programmeCode);
  return listBatches(ctx.database.db, { parkIds: programmeParkScope(ctx.actor), programmeCode });
}

const COLUMNS = [
  ['统一社会信用代码', 'Credit code'],
  ['企业名称', 'Enterprise'],
  ['收款户名', 'Account name'],
  ['开户银行', 'Bank'],
  ['银行账号', 'Account number'],
  ['金额（元）', 'Amount (yuan)'],
  ['申领编号', 'Claim'],
] as const;

/** The finance office's workbook: one row per claim, amounts in yuan with two decimals (exact from fen); audited as an export. */
export async function batchSheet(ctx: ServiceContext, id: string, lang: Lang): Promise<SheetExport> {
  const batch = await findBatch(ctx.database.db, id);
  if (!batch) throw fail('batch.not_found');
  await ownedProgramme(ctx, batch.programmeCode);
  const claims = await claimsOfBatch(ctx.database.db, id);
  const rows = claims.map((c) => [c.creditCode, c.enterpriseName, c.accountName ?? '', c.accountBank ?? '', c.accountNumber ?? '', yuanOf(c.subsidyFen), c.id]);
  return sheetExport(ctx, { list: 'payment_batch', lang, header: headerOf(COLUMNS, lang), rows, filters: { batch: id, programme: batch.programmeCode }, parkId: batch.parkId, today: todayOf(ctx) });
}

// Early-warning signals on enterprises with live loans: raised by a new rating (downgrade, tax grade,
// legal events, headcount) or by the overdue sweep, sent to each lending institution and the park,
// then acknowledged and resolved with a note.
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import type { Executor, Tx } from '../../db/client.ts';
import type { PageRequest } from '../../db/paging.ts';
import { findEnterprisesByIds } from '../../db/repositories/enterprises.ts';
import { matchFactsOf } from '../../db/repositories/match-facts.ts';
import { parkOperatorsOf } from '../../db/repositories/products.ts';
import { insertSignal, listLiveLenders, listSignals, lockSignal, updateSignal } from '../../db/repositories/signals.ts';
import { signalScope } from '../../domain/access/workflow-access.ts';
import { authorize, mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import { ratingSignals, type SignalDraft, type WatchedFacts } from '../../domain/warning/signals.ts';
import { signalNotice } from '../../domain/workflow/notices.ts';
import { sendNotice } from './move-notices.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';

interface Target {
  enterpriseId: string;
  parkId: string;
  institutionId: string;
  loanId: string | null;
}

/** Writes a signal for a lender unless the same one exists; tells the lender and the park of new ones. */
export async function raiseSignal(tx: Tx, target: Target, draft: SignalDraft, at: Date, refresh = false): Promise<boolean> {
  const row = { id: newId(at.getTime()), ...target, kind: draft.kind, severity: draft.severity, evidence: draft.evidence, dedupeKey: draft.dedupeKey, detectedAt: at };
  // Refreshing (an overdue loan's days grow) updates the open signal; a new one is only written once.
  if (!(await insertSignal(tx, row, refresh))) return false;
  const [firm] = await findEnterprisesByIds(tx, [target.enterpriseId]);
  const notice = signalNotice({ name: firm?.name ?? '' }, draft.severity, { zh: draft.evidence.summaryZh, en: draft.evidence.summaryEn });
  const operators = await parkOperatorsOf(tx, [target.parkId]);
  for (const organisationId of [target.institutionId, ...operators.map((o) => o.organisationId)]) {
    await sendNotice(tx, organisationId, notice, { link: `/warnings`, details: { signalId: row.id, kind: draft.kind }, at });
  }
  return true;
}

const num = (numbers: Record<string, number>, key: string) => (typeof numbers[key] === 'number' ? numbers[key] : null);
export const watchedOf = (numbers: Record<string, number>): WatchedFacts => ({
  gradeStep: num(numbers, 'grade'),
  taxGrade: num(numbers, 'tax_grade'),
  legalCases: num(numbers, 'legal_cases'),
  penalties: num(numbers, 'penalties'),
  headcountTrend: num(numbers, 'headcount_trend'),
});

/** The facts before a batch of ratings, for the enterprises that have lenders to warn. */
export async function factsBeforeRating(db: Executor, enterpriseIds: string[]) {
  const lenders = await listLiveLenders(db, enterpriseIds);
  const before = await matchFactsOf(db, [...new Set(lenders.map((l) => l.enterpriseId))]);
  return { lenders, before: new Map(before.map((b) => [b.enterpriseId, b.numbers as Record<string, number>])) };
}

/** After the batch is rated: what each watched enterprise's new facts show, raised to each lender. */
export async function raiseRatingSignals(tx: Tx, watched: Awaited<ReturnType<typeof factsBeforeRating>>, after: Map<string, Record<string, number>>, at: Date): Promise<number> {
  let raised = 0;
  for (const lender of watched.lenders) {
    const before = watched.before.get(lender.enterpriseId);
    const now = after.get(lender.enterpriseId);
    if (!before || !now) continue;
    for (const draft of ratingSignals(watchedOf(before), watchedOf(now))) if (await raiseSignal(tx, lender, draft, at)) raised++;
  }
  return raised;
}

// ---------------------------------------------------------------------------------------------
// Reading and handling

export async function readSignals(ctx: ServiceContext, query: PageRequest & { status?: string }) {
  const decision = mayAttempt(ctx.actor, 'signal.read');
  if (!decision.allowed) throw refusalOf(decision);
  return listSignals(ctx.database.db, { scope: signalScope(ctx.actor), status: query.status }, { page: query.page, pageSize: query.pageSize });
}

/** Acknowledge (seen, being looked at) or resolve (with a note) a signal of your institution or park. */
export async function handleSignal(ctx: ServiceContext, id: string, action: 'acknowledge' | 'resolve', note: string | null) {
  return mutate(ctx, async (tx) => {
    const s = await lockSignal(tx, id);
    if (!s) throw fail('signal.not_found');
    authorize(ctx.actor, 'signal.manage', { parkId: s.parkId, parties: [s.institutionId] });
    if (s.status === 'resolved') throw fail('signal.already_resolved');
    if (action === 'acknowledge' && s.status !== 'open') throw fail('signal.already_acknowledged');
    if (action === 'resolve' && !note?.trim()) throw invalidFields([problem('note', 'signal.note_required')]);
    const changes = action === 'acknowledge' ? { status: 'acknowledged', acknowledgedAt: ctx.now(), acknowledgedBy: ctx.actor.userId, note: note ?? s.note } : { status: 'resolved', resolvedAt: ctx.now(), resolvedBy: ctx.actor.userId, note, ...(s.acknowledgedAt ? {} : { acknowledgedAt: ctx.now(), acknowledgedBy: ctx.actor.userId }) };
    const updated = await updateSignal(tx, id, changes);
    return { result: updated!, audit: { action: `signal.${action}`, targetType: 'signal', targetId: id, parkId: s.parkId, details: { kind: s.kind, note } } };
  });
}

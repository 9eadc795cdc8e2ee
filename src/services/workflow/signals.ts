// Early-warning signals on enterprises with live loans: raised by a new rating (downgrade, tax grade,
// legal events, headcount) or by the overdue sweep, sent to each lending institution and the park,
// then acknowledged and resolved with a note.
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { offsetOf, type PageRequest } from '../../db/paging.ts';
import { parkOperatorsOf } from '../../db/repositories/products.ts';
import { enterprises, loans, matchFacts, organisations, signals } from '../../db/schema/index.ts';
import { signalScope } from '../../domain/access/workflow-access.ts';
import { scopeWhere } from '../../db/repositories/workflow-scope.ts';
import { authorize, mayAttempt } from '../../domain/access/policy.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../domain/shared/errors.ts';
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
  const keys = [signals.institutionId, signals.enterpriseId, signals.dedupeKey];
  // Refreshing (an overdue loan's days grow) updates the open signal; a new one is only written once.
  const written = refresh
    ? await tx.insert(signals).values(row).onConflictDoUpdate({ target: keys, set: { severity: draft.severity, evidence: draft.evidence } }).returning({ id: signals.id })
    : await tx.insert(signals).values(row).onConflictDoNothing({ target: keys }).returning({ id: signals.id });
  if (written[0]?.id !== row.id) return false;
  const [firm] = await tx.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.organisationId, target.enterpriseId));
  const name = firm?.name ?? '';
  const notice = signalNotice(name, draft.severity, { zh: draft.evidence.summaryZh, en: draft.evidence.summaryEn });
  const operators = await parkOperatorsOf(tx, [target.parkId]);
  for (const organisationId of [target.institutionId, ...operators.map((o) => o.organisationId)]) {
    await sendNotice(tx, organisationId, notice, { link: `/warnings`, details: { signalId: row.id, kind: draft.kind }, at });
  }
  return true;
}


/** Lenders with a live (or overdue, defaulted) loan to each enterprise. */
async function lendersOf(db: Executor, enterpriseIds: string[]) {
  if (!enterpriseIds.length) return [];
  return db
    .select({ enterpriseId: loans.enterpriseId, parkId: loans.parkId, institutionId: loans.institutionId, loanId: loans.id })
    .from(loans)
    .where(and(inArray(loans.enterpriseId, enterpriseIds), inArray(loans.status, ['live', 'defaulted'])));
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
  const lenders = await lendersOf(db, enterpriseIds);
  const watched = [...new Set(lenders.map((l) => l.enterpriseId))];
  const before = watched.length ? await db.select({ enterpriseId: matchFacts.enterpriseId, numbers: matchFacts.numbers }).from(matchFacts).where(inArray(matchFacts.enterpriseId, watched)) : [];
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
  if (!decision.allowed) throw forbidden(decision.reason);
  const db = ctx.database.db;
  const where = and(scopeWhere(signalScope(ctx.actor), { institution: signals.institutionId, park: signals.parkId }), query.status ? eq(signals.status, query.status) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select({ signal: signals, enterpriseName: enterprises.name, creditCode: enterprises.creditCode, institutionName: organisations.name })
      .from(signals)
      .innerJoin(enterprises, eq(enterprises.organisationId, signals.enterpriseId))
      .innerJoin(organisations, eq(organisations.id, signals.institutionId))
      .where(where)
      .orderBy(sql`case ${signals.status} when 'open' then 0 when 'acknowledged' then 1 else 2 end`, sql`case ${signals.severity} when 'high' then 0 when 'medium' then 1 else 2 end`, desc(signals.detectedAt))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ n: count() }).from(signals).where(where),
  ]);
  return { items: rows.map(({ signal, ...names }) => ({ ...signal, ...names })), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Acknowledge (seen, being looked at) or resolve (with a note) a signal of your institution or park. */
export async function handleSignal(ctx: ServiceContext, id: string, action: 'acknowledge' | 'resolve', note: string | null) {
  return mutate(ctx, async (tx) => {
    const [s] = await tx.select().from(signals).where(eq(signals.id, id)).for('update');
    if (!s) throw notFound('Signal');
    authorize(ctx.actor, 'signal.manage', { parkId: s.parkId, parties: [s.institutionId] });
    if (s.status === 'resolved') throw conflict('This signal is already resolved');
    if (action === 'acknowledge' && s.status !== 'open') throw conflict('This signal is already acknowledged');
    if (action === 'resolve' && !note?.trim()) throw invalidInput('Resolving a signal needs a note on what was done', [{ field: 'note', message: 'required' }]);
    const changes = action === 'acknowledge' ? { status: 'acknowledged', acknowledgedAt: ctx.now(), acknowledgedBy: ctx.actor.userId, note: note ?? s.note } : { status: 'resolved', resolvedAt: ctx.now(), resolvedBy: ctx.actor.userId, note, ...(s.acknowledgedAt ? {} : { acknowledgedAt: ctx.now(), acknowledgedBy: ctx.actor.userId }) };
    const [updated] = await tx.update(signals).set(changes).where(eq(signals.id, id)).returning();
    return { result: updated!, audit: { action: `signal.${action}`, targetType: 'signal', targetId: id, parkId: s.parkId, details: { kind: s.kind, note } } };
  });
}

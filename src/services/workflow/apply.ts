// An enterprise applies to a product (from a match or a taken-up need). The application carries the
// consent that lets the institution read the profile and the rating current at the time (its frozen
// snapshot is what the model lab later learns from). Submitting is idempotent by key: a double
// click, or a retry after a lost response, gives back the one application.
import { applicationGrantPurpose } from '../../domain/profile/grant-purpose.ts';
import type { Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { findByIdempotencyKey, insertApplication, insertApplicationEvent, openApplicationFor, type ApplicationRow } from '../../db/repositories/applications.ts';
import { findEnterprisesByIds } from '../../db/repositories/enterprises.ts';
import { findNeed } from '../../db/repositories/needs.ts';
import { findProduct, parksOfProducts } from '../../db/repositories/products.ts';
import { latestRating } from '../../db/repositories/ratings.ts';
import { findGrant, insertGrant, liveGrantBetween, lockGrantsBetween } from '../../db/repositories/sharing.ts';
import { authorize } from '../../domain/access/policy.ts';
import { ownEnterprise } from '../../domain/access/workflow-access.ts';
import { PROFILE_CATEGORIES } from '../../domain/profile/types.ts';
import { addDays } from '../../domain/shared/business-time.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { OPEN } from '../../domain/workflow/states.ts';
import { mutate, type ServiceContext, todayOf } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import type { CalendarStore } from './calendar-store.ts';
import { notifyMove } from './move-notices.ts';

export interface ApplicationInput {
  productId: string;
  needId?: string | null;
  amountFen: bigint;
  termMonths?: number | null;
  purpose: string;
  /** An existing grant to the product's institution; without one, applying grants it (see below). */
  grantId?: string | null;
  /** Keep as a draft instead of submitting. */
  draft?: boolean;
}

export interface Applied {
  application: ApplicationRow;
  /** True when the Idempotency-Key had already made this application. */
  replayed: boolean;
}

/** Grants made by applying last a year: long enough for review, lending and the loan's first year. */
const GRANT_DAYS = 365;

const sameRequest = (a: ApplicationRow, input: ApplicationInput) =>
  a.productId === input.productId && a.amountFen === input.amountFen && (a.needId ?? null) === (input.needId ?? null) && (a.termMonths ?? null) === (input.termMonths ?? null);

function replay(existing: ApplicationRow, input: ApplicationInput): Applied {
  if (!sameRequest(existing, input)) throw fail('application.idempotency_key_reused', {}, { fields: [problem('Idempotency-Key', 'application.idempotency_key_reused')] });
  return { application: existing, replayed: true };
}

export async function applyForFinancing(ctx: ServiceContext, calendars: CalendarStore, input: ApplicationInput, idempotencyKey: string | null): Promise<Applied> {
  const enterpriseId = ownEnterprise(ctx.actor);
  if (!enterpriseId) throw fail('application.enterprises_only');
  const db = ctx.database.db;
  const [enterprise] = await findEnterprisesByIds(db, [enterpriseId]);
  if (!enterprise) throw fail('enterprise.not_found');
  authorize(ctx.actor, 'application.create', { organisationId: enterpriseId, parkId: enterprise.parkId });
  if (idempotencyKey) {
    const existing = await findByIdempotencyKey(db, enterpriseId, idempotencyKey);
    if (existing) return replay(existing, input);
  }
  const product = await offeredProduct(ctx, input, enterprise.parkId);
  await checkNeed(ctx, input, enterpriseId, product.kind);
  const open = await openApplicationFor(db, enterpriseId, product.id, OPEN);
  // The same key's first request may have committed since the key was looked up (a double click): replay it.
  if (open && idempotencyKey && open.idempotencyKey === idempotencyKey) return replay(open, input);
  if (open) throw fail('application.already_open', { state: open.state }, { details: { applicationId: open.id }, fields: [problem('productId', 'application.already_open', { state: open.state })] });
  const rating = await latestRating(db, enterpriseId);
  if (!rating) throw fail('application.not_rated');
  const calendar = await calendars.get(db);
  const today = todayOf(ctx);
  const submitted = !input.draft;
  try {
    return await mutate(ctx, async (tx) => {
      const grantId = await consentFor(tx, ctx, input.grantId ?? null, { enterpriseId, parkId: enterprise.parkId, institutionId: product.institutionId, productName: product.name, today });
      const now = ctx.now();
      const application = await insertApplication(tx, {
        id: newId(now.getTime()),
        parkId: enterprise.parkId,
        enterpriseId,
        institutionId: product.institutionId,
        productId: product.id,
        productVersion: product.version,
        productKind: product.kind,
        needId: input.needId ?? null,
        grantId,
        ratingId: rating.rating.id,
        snapshotId: rating.rating.snapshotId,
        amountFen: input.amountFen,
        termMonths: input.termMonths ?? null,
        purpose: input.purpose,
        state: submitted ? 'submitted' : 'draft',
        idempotencyKey,
        submittedAt: submitted ? now : null,
        deadlineOn: submitted ? calendar.addWorkingDays(today, product.turnaroundDays) : null,
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await insertApplicationEvent(tx, { applicationId: application.id, fromState: null, toState: application.state, version: 1, actorId: ctx.actor.userId, actorEmail: ctx.actor.email, actorOrganisationId: enterpriseId, at: now });
      if (submitted) await notifyMove(tx, application, 'draft', 'enterprise', now);
      return { result: { application, replayed: false }, audit: { action: 'application.create', targetType: 'application', targetId: application.id, parkId: enterprise.parkId, details: { productId: product.id, state: application.state } } };
    });
  } catch (err) {
    // The same key sent twice at once: the second insert loses the race (on the key, or on the one
    // open application per product, whichever index refuses it first) and returns the first.
    if (idempotencyKey && isUniqueViolation(err)) {
      const existing = await findByIdempotencyKey(db, enterpriseId, idempotencyKey);
      if (existing) return replay(existing, input);
    }
    throw err;
  }
}


async function offeredProduct(ctx: ServiceContext, input: ApplicationInput, parkId: string) {
  const db = ctx.database.db;
  const product = await findProduct(db, input.productId);
  if (!product || product.status !== 'published') throw fail('product.not_found');
  const parks = (await parksOfProducts(db, [product.id])).get(product.id) ?? [];
  if (!parks.some((p) => p.parkId === parkId && p.status === 'approved')) throw fail('product.not_in_your_park', {}, { fields: [problem('productId', 'product.not_in_your_park')] });
  if (input.amountFen <= 0n) throw invalidFields([problem('amountFen', 'field.not_positive')]);
  if (input.amountFen < product.amountMinFen || input.amountFen > product.amountMaxFen) {
    throw invalidFields([problem('amountFen', 'application.amount_out_of_range', { min: String(product.amountMinFen), max: String(product.amountMaxFen) })]);
  }
  const term = input.termMonths;
  if (term !== null && term !== undefined && product.termMinMonths !== null && product.termMaxMonths !== null && (term < product.termMinMonths || term > product.termMaxMonths)) {
    throw invalidFields([problem('termMonths', 'application.term_out_of_range', { min: product.termMinMonths, max: product.termMaxMonths })]);
  }
  if (product.kind === 'loan' && (term === null || term === undefined)) throw invalidFields([problem('termMonths', 'application.term_required')]);
  return product;
}

async function checkNeed(ctx: ServiceContext, input: ApplicationInput, enterpriseId: string, kind: string) {
  if (!input.needId) return;
  const need = await findNeed(ctx.database.db, input.needId);
  if (!need) throw fail('need.not_found');
  if (need.enterpriseId !== enterpriseId) throw fail('need.not_yours');
  if (need.kind !== kind) throw invalidFields([problem('needId', 'need.kind_mismatch', { needKind: need.kind, productKind: kind })]);
  if (need.status === 'withdrawn' || need.status === 'closed') throw fail('application.need_closed', { status: need.status }, { fields: [problem('needId', 'application.need_closed', { status: need.status })] });
}

interface ConsentScope {
  enterpriseId: string;
  parkId: string;
  institutionId: string;
  productName: string;
  today: string;
}

/**
 * The grant the application carries: the one attached (it must be the enterprise's own, to this
 * institution, live), else a live one the enterprise already gave, else one made now: applying is
 * the enterprise's consent for the institution to read its profile to decide (the form says so).
 */
async function consentFor(tx: Tx, ctx: ServiceContext, grantId: string | null, s: ConsentScope): Promise<string> {
  if (grantId) {
    const grant = await findGrant(tx, grantId);
    const live = grant && !grant.revokedAt && grant.expiresOn >= s.today;
    if (!grant || grant.enterpriseId !== s.enterpriseId) throw invalidFields([problem('grantId', 'application.grant_unknown')]);
    if (grant.institutionId !== s.institutionId) throw invalidFields([problem('grantId', 'application.grant_other_institution')]);
    if (!live) throw invalidFields([problem('grantId', 'application.grant_not_live')]);
    return grant.id;
  }
  await lockGrantsBetween(tx, s.enterpriseId, s.institutionId);
  const existing = await liveGrantBetween(tx, s.enterpriseId, s.institutionId, s.today);
  if (existing) return existing.id;
  const expires = addDays(s.today, GRANT_DAYS);
  const grant = await insertGrant(tx, {
    id: newId(),
    parkId: s.parkId,
    enterpriseId: s.enterpriseId,
    institutionId: s.institutionId,
    categories: [...PROFILE_CATEGORIES],
    purpose: applicationGrantPurpose(s.productName),
    expiresOn: expires,
    createdAt: ctx.now(),
    createdBy: ctx.actor.userId,
  });
  return grant.id;
}

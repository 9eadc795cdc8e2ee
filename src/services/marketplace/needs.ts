// Enterprises post financing needs; institutions see those they could serve (their inbox) and take
// them up; the enterprise is notified and closes or withdraws the need when done.
import { isUniqueViolation } from '../../db/errors.ts';
import { findEnterpriseByCreditCode, findEnterprisesByIds } from '../../db/repositories/enterprises.ts';
import {
  allNeeds,
  findNeed,
  findTakeUp,
  insertNeed,
  insertTakeUp,
  listNeeds,
  needIdsTakenUpBy,
  updateNeedIf,
  type NeedRow,
  type NeedWithEnterprise,
} from '../../db/repositories/needs.ts';
import { findOrganisation } from '../../db/repositories/organisations.ts';
import { findProduct } from '../../db/repositories/products.ts';
import type { Page, PageRequest } from '../../db/paging.ts';
import { administeredParks, isOperator, type Actor } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { ProductKind, SecurityKind } from '../../domain/marketplace/products.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { INSTITUTION_TYPES } from '../institutions/manage-institutions.ts';
import { mutate, type ServiceContext, todayOf } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import type { Market } from './market.ts';
import { attempt, eligibleForAny, institutionScope } from './needs-scope.ts';
import { ACTIVE_STATUSES, factsOfNeeds, validateNeed, type NeedFields, type NeedStatus } from './needs-terms.ts';
import { seesEnterprise, viewNeeds, type NeedView } from './needs-view.ts';
import { officerInstitutions } from '../../domain/access/product-access.ts';
import { notify } from '../notifications/notify.ts';

export interface NeedInput {
  /** The enterprise whose need it is; an enterprise user may leave it out (its own). */
  creditCode?: string;
  kind: ProductKind;
  amountFen: bigint;
  termMonths?: number | null;
  purpose: string;
  neededBy?: string | null;
  offers: SecurityKind[];
}

export type NeedChanges = Partial<Omit<NeedInput, 'creditCode'>>;

export interface NeedQuery {
  status?: NeedStatus;
  kind?: ProductKind;
  /** Officers: every active need in their parks, not only those they would be eligible for. */
  all?: boolean;
}

const fieldsOf = (n: NeedFields | NeedRow): NeedFields => ({
  kind: n.kind,
  amountFen: n.amountFen,
  termMonths: n.termMonths ?? null,
  purpose: n.purpose,
  neededBy: n.neededBy ?? null,
  offers: [...new Set(n.offers)],
});

function checkFields(fields: NeedFields, today: string): void {
  const problems = validateNeed(fields, today);
  if (problems.length) throw invalidFields(problems);
}

async function enterpriseFor(ctx: ServiceContext, creditCode: string | undefined) {
  const db = ctx.database.db;
  if (creditCode) {
    const found = await findEnterpriseByCreditCode(db, creditCode);
    if (!found) throw fail('enterprise.not_found');
    return found;
  }
  const own = ctx.actor.memberships.find((m) => m.role === 'enterprise_user');
  if (!own) throw invalidFields([problem('creditCode', 'need.enterprise_required')]);
  const [found] = await findEnterprisesByIds(db, [own.organisationId]);
  if (!found) throw fail('enterprise.not_found');
  return found;
}

export async function createNeed(ctx: ServiceContext, input: NeedInput): Promise<NeedView> {
  attempt(ctx.actor, 'need.manage');
  const enterprise = await enterpriseFor(ctx, input.creditCode);
  authorize(ctx.actor, 'need.manage', { organisationId: enterprise.organisationId, parkId: enterprise.parkId });
  const today = todayOf(ctx);
  const fields = fieldsOf({ ...input, termMonths: input.termMonths ?? null, neededBy: input.neededBy ?? null });
  checkFields(fields, today);
  const now = ctx.now();
  const row = await mutate(ctx, async (tx) => {
    const need = await insertNeed(tx, { id: newId(), parkId: enterprise.parkId, enterpriseId: enterprise.organisationId, ...fields, status: 'open', createdBy: ctx.actor.userId, createdAt: now, updatedAt: now });
    return {
      result: need,
      audit: { action: 'need.create', targetType: 'need', targetId: need.id, parkId: enterprise.parkId, details: { creditCode: enterprise.creditCode, kind: need.kind, amountFen: String(need.amountFen) } },
    };
  });
  const withEnterprise: NeedWithEnterprise = { ...row, creditCode: enterprise.creditCode, enterpriseName: enterprise.name, industryCode: enterprise.industryCode, regionCode: enterprise.regionCode, parkCode: enterprise.parkCode };
  const [view] = await viewNeeds(ctx.database.db, ctx.actor, [withEnterprise], today);
  return view!;
}

type Viewer = { kind: 'all' } | { kind: 'parks'; parkIds: string[] } | { kind: 'enterprises'; enterpriseIds: string[] } | { kind: 'institutions'; institutionIds: string[] };

function viewerOf(actor: Actor): Viewer {
  if (isOperator(actor)) return { kind: 'all' };
  const parks = administeredParks(actor);
  if (parks === 'all') return { kind: 'all' };
  if (parks.length) return { kind: 'parks', parkIds: parks };
  const enterpriseIds = actor.memberships.filter((m) => m.role === 'enterprise_user').map((m) => m.organisationId);
  if (enterpriseIds.length) return { kind: 'enterprises', enterpriseIds };
  return { kind: 'institutions', institutionIds: officerInstitutions(actor) };
}

/** Needs the caller may list: its own (enterprise), its parks' (administrator), its inbox (officer), all (operator). */
export async function listNeedsFor(ctx: ServiceContext, market: Market, query: NeedQuery, page: PageRequest): Promise<Page<NeedView>> {
  authorize(ctx.actor, 'need.list');
  const db = ctx.database.db;
  const today = todayOf(ctx);
  const viewer = viewerOf(ctx.actor);
  const narrow = { status: query.status, kind: query.kind };
  if (viewer.kind !== 'institutions') {
    const scope =
      viewer.kind === 'all' ? { parkIds: 'all' as const } : viewer.kind === 'parks' ? { parkIds: viewer.parkIds } : { parkIds: 'all' as const, enterpriseIds: viewer.enterpriseIds };
    const found = await listNeeds(db, { ...scope, ...narrow }, page);
    return { ...found, items: await viewNeeds(db, ctx.actor, found.items, today) };
  }
  const scope = await institutionScope(ctx, market, viewer.institutionIds);
  const candidates = await allNeeds(db, { parkIds: scope.parkIds, statuses: ACTIVE_STATUSES, orTakenUpBy: scope.institutionIds, ...narrow });
  const taken = await needIdsTakenUpBy(db, scope.institutionIds, candidates.map((n) => n.id));
  const [facts, calendar] = await Promise.all([factsOfNeeds(db, candidates), market.calendars.get(db)]);
  const matchCtx = market.context();
  const inbox = candidates.filter((n) => taken.has(n.id) || query.all || eligibleForAny(n, facts.get(n.enterpriseId)!, scope.products, matchCtx, today, calendar));
  const start = (page.page - 1) * page.pageSize;
  return { items: await viewNeeds(db, ctx.actor, inbox.slice(start, start + page.pageSize), today, facts), total: inbox.length, ...page };
}

/** Whether the caller may see a need at all (officers: taken up by them, or active in their parks). */
async function maySee(ctx: ServiceContext, market: Market, need: NeedWithEnterprise): Promise<boolean> {
  if (seesEnterprise(ctx.actor, need)) return true;
  const institutions = officerInstitutions(ctx.actor);
  if (!institutions.length) return false;
  if ((await needIdsTakenUpBy(ctx.database.db, institutions, [need.id])).size) return true;
  if (!(ACTIVE_STATUSES as string[]).includes(need.status)) return false;
  return (await institutionScope(ctx, market, institutions)).parkIds.includes(need.parkId);
}

export async function getNeed(ctx: ServiceContext, market: Market, id: string): Promise<NeedView> {
  authorize(ctx.actor, 'need.list');
  const need = await findNeed(ctx.database.db, id);
  if (!need || !(await maySee(ctx, market, need))) throw fail('need.not_found');
  const [view] = await viewNeeds(ctx.database.db, ctx.actor, [need], todayOf(ctx));
  return view!;
}

async function ownNeed(ctx: ServiceContext, id: string): Promise<NeedWithEnterprise> {
  attempt(ctx.actor, 'need.manage');
  const need = await findNeed(ctx.database.db, id);
  if (!need) throw fail('need.not_found');
  authorize(ctx.actor, 'need.manage', { organisationId: need.enterpriseId, parkId: need.parkId });
  return need;
}

async function viewOne(ctx: ServiceContext, need: NeedWithEnterprise, row: NeedRow): Promise<NeedView> {
  const [view] = await viewNeeds(ctx.database.db, ctx.actor, [{ ...need, ...row }], todayOf(ctx));
  return view!;
}

/** Changes an open need (the enterprise's own). */
export async function updateNeed(ctx: ServiceContext, id: string, changes: NeedChanges): Promise<NeedView> {
  const need = await ownNeed(ctx, id);
  if (need.status !== 'open') throw fail('need.not_open', { status: need.status });
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as NeedChanges;
  const fields = fieldsOf({ ...fieldsOf(need), ...given } as NeedFields);
  // A date already passed may stay as it was; a new one must not be in the past.
  checkFields({ ...fields, neededBy: given.neededBy !== undefined ? fields.neededBy : null }, todayOf(ctx));
  const row = await mutate(ctx, async (tx) => {
    const updated = await updateNeedIf(tx, id, ['open'], { ...fields, updatedAt: ctx.now() });
    if (!updated) throw fail('need.no_longer_open');
    return { result: updated, audit: { action: 'need.update', targetType: 'need', targetId: id, parkId: need.parkId, details: { fields: Object.keys(given) } } };
  });
  return viewOne(ctx, need, row);
}

async function finish(ctx: ServiceContext, id: string, to: 'withdrawn' | 'closed'): Promise<NeedView> {
  const need = await ownNeed(ctx, id);
  if (!(ACTIVE_STATUSES as string[]).includes(need.status)) throw fail('need.already_closed', { status: need.status });
  const row = await mutate(ctx, async (tx) => {
    const updated = await updateNeedIf(tx, id, ACTIVE_STATUSES, { status: to, updatedAt: ctx.now() });
    if (!updated) throw fail('need.no_longer_open');
    return { result: updated, audit: { action: to === 'closed' ? 'need.close' : 'need.withdraw', targetType: 'need', targetId: id, parkId: need.parkId, details: { from: need.status } } };
  });
  return viewOne(ctx, need, row);
}

/** The enterprise no longer looks for this money. */
export const withdrawNeed = (ctx: ServiceContext, id: string) => finish(ctx, id, 'withdrawn');
/** The need is met (or otherwise done with). */
export const closeNeed = (ctx: ServiceContext, id: string) => finish(ctx, id, 'closed');

export interface TakeUpInput {
  productId?: string;
  note?: string;
}

/** The officer's institution (or the named product's, for the operator) takes the need up. */
export async function takeUpNeed(ctx: ServiceContext, market: Market, id: string, input: TakeUpInput): Promise<NeedView> {
  attempt(ctx.actor, 'need.take_up');
  const db = ctx.database.db;
  const need = await findNeed(db, id);
  if (!need) throw fail('need.not_found');
  let institutionId = officerInstitutions(ctx.actor)[0];
  if (input.productId) {
    const product = await findProduct(db, input.productId);
    if (!product) throw invalidFields([problem('productId', 'product.unknown')]);
    if (!institutionId || isOperator(ctx.actor)) institutionId = product.institutionId;
    if (product.institutionId !== institutionId) throw fail('product.not_yours');
    if (product.kind !== need.kind) throw invalidFields([problem('productId', 'product.kind_mismatch', { productKind: product.kind, needKind: need.kind })]);
  }
  if (!institutionId) throw fail('need.institutions_only');
  authorize(ctx.actor, 'need.take_up', { organisationId: institutionId });
  // Only needs in its scope: parks where it has a published, approved product.
  const scope = await institutionScope(ctx, market, [institutionId]);
  const already = await findTakeUp(db, id, institutionId);
  if (!already && !scope.parkIds.includes(need.parkId)) throw fail('need.not_found');
  if (already) throw fail('need.already_taken_up');
  if (!(ACTIVE_STATUSES as string[]).includes(need.status)) throw fail('need.closed', { status: need.status });
  const institution = await findOrganisation(db, institutionId);
  const institutionName = institution?.name ?? '';
  const institutionNameEn = institution?.nameEn || institutionName;
  const now = ctx.now();
  try {
    const row = await mutate(ctx, async (tx) => {
      await insertTakeUp(tx, { id: newId(), needId: id, institutionId, productId: input.productId ?? null, takenBy: ctx.actor.userId, note: input.note ?? null, takenAt: now });
      const updated = await updateNeedIf(tx, id, ACTIVE_STATUSES, { status: 'taken_up', updatedAt: now });
      if (!updated) throw fail('need.no_longer_open');
      await notify(tx, {
        organisationId: need.enterpriseId,
        kind: 'need.taken_up',
        titleZh: `${institutionName}响应了您的融资需求`,
        titleEn: `${institutionNameEn} took up your financing need`,
        link: `/needs/${id}`,
        details: { needId: id, institutionId, productId: input.productId ?? null },
        at: now,
      });
      return { result: updated, audit: { action: 'need.take_up', targetType: 'need', targetId: id, parkId: need.parkId, details: { institutionId, productId: input.productId ?? null } } };
    });
    return await viewOne(ctx, need, row);
  } catch (err) {
    if (isUniqueViolation(err, 'need_take_ups_key')) throw fail('need.already_taken_up');
    throw err;
  }
}

export interface TakeUpRate {
  institutionId: string;
  needsSeen: number;
  takenUp: number;
  rate: number;
}

/** Of the needs posted since the institution joined that its inbox shows (by today's facts and products), how many it took up. */
export async function takeUpRate(ctx: ServiceContext, market: Market, institutionId: string): Promise<TakeUpRate> {
  authorize(ctx.actor, 'need.list');
  const db = ctx.database.db;
  const institution = await findOrganisation(db, institutionId);
  if (!institution || !(INSTITUTION_TYPES as readonly string[]).includes(institution.type)) throw fail('institution.not_found');
  const scope = await institutionScope(ctx, market, [institutionId]);
  const candidates = await allNeeds(db, { parkIds: scope.parkIds, createdSince: institution.createdAt, orTakenUpBy: [institutionId] });
  const taken = await needIdsTakenUpBy(db, [institutionId], candidates.map((n) => n.id));
  const [facts, calendar] = await Promise.all([factsOfNeeds(db, candidates), market.calendars.get(db)]);
  const matchCtx = market.context();
  const today = todayOf(ctx);
  const seen = candidates.filter((n) => taken.has(n.id) || eligibleForAny(n, facts.get(n.enterpriseId)!, scope.products, matchCtx, today, calendar)).length;
  return { institutionId, needsSeen: seen, takenUp: taken.size, rate: seen ? Math.round((taken.size / seen) * 10_000) / 10_000 : 0 };
}

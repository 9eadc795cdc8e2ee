// Equity investors' profiles: the directory everyone signed in reads, one investor's profile with
// its team and portfolio, and the investor keeping its own profile (its officers, or the angel).
// A save is checked whole by the domain first, so a refused save writes nothing.
import type { Tx } from '../../db/client.ts';
import type { PageRequest } from '../../db/paging.ts';
import {
  existingEnterpriseIds,
  existingParkIds,
  findInvestorProfile,
  findInvestorProfileOfOrganisation,
  findInvestorProfileOfUser,
  insertInvestorProfile,
  listInvestorPortfolio,
  listInvestorProfiles,
  listInvestorTeam,
  lockInvestorProfile,
  replaceInvestorPortfolio,
  replaceInvestorTeam,
  updateInvestorProfile,
  type InvestorFilter,
  type InvestorView,
} from '../../db/repositories/investors.ts';
import { authorizeInvestorEdit, readsInvestors, seesInvestorPrivateFields } from '../../domain/access/investor-access.ts';
import { refusalOf } from '../../domain/access/policy.ts';
import { industryCodesCovering, regionCodesCovering } from '../../domain/equity/investors/matching.ts';
import { validateInvestorProfile, type InvestorProfileInput } from '../../domain/equity/investors/profile.ts';
import { fail } from '../../domain/shared/errors.ts';
import { INVESTOR_ORGANISATION_TYPES, type InvestmentStage, type InvestorKind } from '../../../shared/investors.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';

export interface DirectoryFilter {
  kind?: InvestorKind;
  stage?: InvestmentStage;
  industryCode?: string;
  regionCode?: string;
  parkId?: string;
  ticketFen?: bigint;
  q?: string;
}

/** A profile as one reader may see it: `privateFields` false means amounts and contacts are left out. */
export interface InvestorDetail {
  profile: InvestorView;
  team: Awaited<ReturnType<typeof listInvestorTeam>>;
  portfolio: Awaited<ReturnType<typeof listInvestorPortfolio>>;
  privateFields: boolean;
}

async function authorizeRead(ctx: ServiceContext): Promise<void> {
  const own = ctx.actor.userId ? await findInvestorProfileOfUser(ctx.database.db, ctx.actor.userId) : undefined;
  const decision = readsInvestors(ctx.actor, own !== undefined);
  if (!decision.allowed) throw refusalOf(decision);
}

export async function listInvestors(ctx: ServiceContext, filter: DirectoryFilter, page: PageRequest) {
  await authorizeRead(ctx);
  const { industryCode, regionCode, ...rest } = filter;
  const query: InvestorFilter = {
    ...rest,
    ...(industryCode ? { industryCodes: industryCodesCovering(industryCode) } : {}),
    ...(regionCode ? { regionCodes: regionCodesCovering(regionCode) } : {}),
  };
  return listInvestorProfiles(ctx.database.db, query, page);
}

async function detailOf(ctx: ServiceContext, profile: InvestorView): Promise<InvestorDetail> {
  const [team, portfolio] = await Promise.all([listInvestorTeam(ctx.database.db, profile.id), listInvestorPortfolio(ctx.database.db, profile.id)]);
  return { profile, team, portfolio, privateFields: seesInvestorPrivateFields(ctx.actor, profile) };
}

export async function getInvestor(ctx: ServiceContext, id: string): Promise<InvestorDetail> {
  await authorizeRead(ctx);
  const profile = await findInvestorProfile(ctx.database.db, id);
  if (!profile) throw fail('investor.not_found');
  return detailOf(ctx, profile);
}

/** Whom the caller acts for as an investor: the investor organisation they are an officer of, or themself as an angel. */
type OwnInvestor = { kind: 'organisation'; organisationId: string; type: InvestorKind } | { kind: 'angel'; userId: string };

async function ownInvestor(ctx: ServiceContext): Promise<{ who: OwnInvestor; profile: InvestorView | undefined }> {
  const types: readonly string[] = INVESTOR_ORGANISATION_TYPES;
  const officer = ctx.actor.memberships.find((m) => m.role === 'institution_officer' && types.includes(m.organisationType));
  if (officer) {
    const who: OwnInvestor = { kind: 'organisation', organisationId: officer.organisationId, type: officer.organisationType as InvestorKind };
    return { who, profile: await findInvestorProfileOfOrganisation(ctx.database.db, officer.organisationId) };
  }
  const profile = ctx.actor.userId ? await findInvestorProfileOfUser(ctx.database.db, ctx.actor.userId) : undefined;
  if (!profile || !ctx.actor.userId) throw fail('investor.no_own_profile');
  return { who: { kind: 'angel', userId: ctx.actor.userId }, profile };
}

/** The caller's own investor profile; `investor.not_found` when their fund has none yet. */
export async function getOwnInvestor(ctx: ServiceContext): Promise<InvestorDetail> {
  const { profile } = await ownInvestor(ctx);
  if (!profile) throw fail('investor.not_found');
  return detailOf(ctx, profile);
}

/** Saves the caller's own profile, creating their fund's first one. */
export async function saveOwnInvestor(ctx: ServiceContext, input: InvestorProfileInput): Promise<InvestorDetail> {
  const { who, profile } = await ownInvestor(ctx);
  if (profile) return updateInvestor(ctx, profile.id, input);
  if (who.kind !== 'organisation') throw fail('investor.no_own_profile');
  await checkProfile(ctx, input, who.type);
  const id = await mutate(ctx, async (tx) => {
    const now = ctx.now();
    const row = await insertInvestorProfile(tx, { id: newId(), kind: who.type, organisationId: who.organisationId, ...columnsOf(input), updatedBy: ctx.actor.userId, createdAt: now, updatedAt: now });
    await replaceChildren(tx, row.id, input);
    return { result: row.id, audit: { action: 'investor.create', targetType: 'investor_profile', targetId: row.id, details: { organisationId: who.organisationId, kind: who.type } } };
  });
  return getInvestor(ctx, id);
}

/** Saves a profile by id: the investor's own people, or the operator. */
export async function updateInvestor(ctx: ServiceContext, id: string, input: InvestorProfileInput): Promise<InvestorDetail> {
  const existing = await findInvestorProfile(ctx.database.db, id);
  if (!existing) throw fail('investor.not_found');
  authorizeInvestorEdit(ctx.actor, existing);
  await checkProfile(ctx, input, existing.kind);
  await mutate(ctx, async (tx) => {
    if (!(await lockInvestorProfile(tx, id))) throw fail('investor.not_found');
    await updateInvestorProfile(tx, id, { ...columnsOf(input), updatedBy: ctx.actor.userId, updatedAt: ctx.now() });
    await replaceChildren(tx, id, input);
    return { result: id, audit: { action: 'investor.update', targetType: 'investor_profile', targetId: id, details: { kind: existing.kind, team: input.team.length, portfolio: input.portfolio.length } } };
  });
  return getInvestor(ctx, id);
}

async function checkProfile(ctx: ServiceContext, input: InvestorProfileInput, kind: InvestorKind): Promise<void> {
  const enterpriseIds = input.portfolio.flatMap((c) => (c.enterpriseId ? [c.enterpriseId] : []));
  const [knownParkIds, knownEnterpriseIds] = await Promise.all([existingParkIds(ctx.database.db, input.parkIds), existingEnterpriseIds(ctx.database.db, enterpriseIds)]);
  validateInvestorProfile(input, { kind, today: todayOf(ctx), knownParkIds, knownEnterpriseIds });
}

function columnsOf(input: InvestorProfileInput) {
  const { team: _team, portfolio: _portfolio, stages, ...rest } = input;
  return { ...rest, stages: stages as InvestmentStage[] };
}

async function replaceChildren(tx: Tx, investorId: string, input: InvestorProfileInput): Promise<void> {
  await replaceInvestorTeam(tx, investorId, input.team.map((m, position) => ({ id: newId(), investorId, position, ...m })));
  await replaceInvestorPortfolio(tx, investorId, input.portfolio.map((c, position) => ({ id: newId(), investorId, position, ...c })));
}

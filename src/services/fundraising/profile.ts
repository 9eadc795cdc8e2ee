// An enterprise's fundraising profile: the enterprise saves it; whoever opens it sees as much as
// src/domain/access/fundraising-access.ts allows (the whole, a masked summary, or nothing);
// investors browse the open ones, each whole or masked by their data-room grants.
import { findEnterpriseByCreditCode, type EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import { findFundraisingProfile, fundraisingDocumentsOf, listOpenFundraisings, upsertFundraisingProfile, type FundraisingDocumentMeta, type FundraisingProfileRow, type OpenFundraisingRow } from '../../db/repositories/fundraising.ts';
import { grantsOfEnterprise, liveGrantsOfInstitution } from '../../db/repositories/sharing.ts';
import type { PageRequest, Page } from '../../db/paging.ts';
import { browsesFundraisings, fundraisingAccess, investorOrganisations, type FundraisingAccess } from '../../domain/access/fundraising-access.ts';
import { isOperator } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { checkFundraisingProfile, type FundraisingProfileInput } from '../../domain/equity/fundraising/profile.ts';
import { maskFundraising, type MaskedFundraising } from '../../domain/equity/fundraising/view.ts';
import { fail } from '../../domain/shared/errors.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';

export interface OpenedFundraising {
  enterprise: EnterpriseWithPark;
  access: FundraisingAccess;
}

/** The enterprise and what the actor may do with its fundraising; refuses those who see nothing. */
export async function openFundraising(ctx: ServiceContext, creditCode: string): Promise<OpenedFundraising> {
  authorize(ctx.actor, 'fundraising.read');
  const enterprise = await findEnterpriseByCreditCode(ctx.database.db, creditCode);
  if (!enterprise) throw fail('enterprise.not_found');
  const access = fundraisingAccess(ctx.actor, enterprise, await grantsOfEnterprise(ctx.database.db, enterprise.organisationId), todayOf(ctx));
  if (access.view === 'none') throw fail('access.denied');
  return { enterprise, access };
}

export type FundraisingView =
  | { view: 'full'; access: FundraisingAccess; enterprise: EnterpriseWithPark; profile: FundraisingProfileRow | null; documents: FundraisingDocumentMeta[] }
  | { view: 'masked'; access: FundraisingAccess; enterprise: EnterpriseWithPark; summary: MaskedFundraising };

/** The fundraising as the actor may see it (the profile is null while the enterprise has saved none). */
export async function readFundraising(ctx: ServiceContext, creditCode: string): Promise<FundraisingView> {
  const { enterprise, access } = await openFundraising(ctx, creditCode);
  const profile = await findFundraisingProfile(ctx.database.db, enterprise.organisationId);
  if (access.view === 'masked') {
    if (!profile || profile.status !== 'open') throw fail('fundraising.not_found');
    return { view: 'masked', access, enterprise, summary: maskFundraising(profile) };
  }
  const documents = access.readsDocuments && profile ? await fundraisingDocumentsOf(ctx.database.db, enterprise.organisationId) : [];
  return { view: 'full', access, enterprise, profile: profile ?? null, documents };
}

export async function saveFundraising(ctx: ServiceContext, creditCode: string, input: FundraisingProfileInput): Promise<FundraisingProfileRow> {
  const { enterprise, access } = await openFundraising(ctx, creditCode);
  authorize(ctx.actor, 'fundraising.manage', enterprise);
  if (!access.manages) throw fail('access.not_your_organisation');
  const checked = checkFundraisingProfile(input);
  const now = ctx.now();
  return mutate(ctx, async (tx) => {
    const saved = await upsertFundraisingProfile(tx, { enterpriseId: enterprise.organisationId, parkId: enterprise.parkId, ...checked, createdAt: now, updatedAt: now, updatedBy: ctx.actor.userId });
    return {
      result: saved,
      audit: { action: 'fundraising.save', targetType: 'enterprise', targetId: enterprise.organisationId, parkId: enterprise.parkId, details: { creditCode, round: checked.round, status: checked.status, amountSoughtFen: String(checked.amountSoughtFen) } },
    };
  });
}

export type BrowsedFundraising = { row: OpenFundraisingRow; granted: boolean; summary: MaskedFundraising };

/** The open fundraisings an investor browses: whole where its organisation holds a live data-room grant, masked elsewhere. */
export async function browseFundraisings(ctx: ServiceContext, page: PageRequest): Promise<Page<BrowsedFundraising>> {
  authorize(ctx.actor, 'fundraising.browse');
  if (!browsesFundraisings(ctx.actor)) throw fail('fundraising.investors_only');
  const today = todayOf(ctx);
  const granted = new Set<string>();
  for (const institutionId of investorOrganisations(ctx.actor)) {
    for (const g of await liveGrantsOfInstitution(ctx.database.db, institutionId, today)) if (g.categories.includes('data_room')) granted.add(g.enterpriseId);
  }
  const found = await listOpenFundraisings(ctx.database.db, page);
  return { ...found, items: found.items.map((row) => ({ row, granted: isOperator(ctx.actor) || granted.has(row.enterpriseId), summary: maskFundraising(row) })) };
}

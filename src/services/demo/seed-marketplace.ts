// The demo marketplace written in bulk: products with their first version and park approvals,
// needs and their take-ups, and the notifications those would have sent (pending approvals to
// the parks, decisions to the institutions, take-ups to the enterprises). Times are placed before
// `now` by the generator's "days ago".
import type { Tx } from '../../db/client.ts';
import { insertChunks, type BulkRow, type BulkTable } from '../../db/repositories/bulk.ts';
import type { DemoData, DemoMarketplace, DemoProduct } from '../../domain/demo/index.ts';
import type { StoredTerms } from '../marketplace/market.ts';
import { newId } from '../shared/ids.ts';

const DAY_MS = 86_400_000;

const NOTICE_READ_AFTER_DAYS = 7; // older notifications were read the day after

export const MARKETPLACE_TABLES = ['products', 'productVersions', 'productParks', 'needs', 'needTakeUps', 'notifications'] as const satisfies readonly BulkTable[];

export interface MarketplaceIds {
  institutions: ReadonlyMap<string, string>; // institution key → organisation id
  parks: ReadonlyMap<string, string>; // park code → park id
  parkOperators: ReadonlyMap<string, string>; // park code → operator organisation id
  enterprises: readonly string[]; // by ordinal → organisation id
  /** Demo accounts, when seeded: who decided a park's requests, who wrote an institution's products or an enterprise's needs. */
  parkAdmins?: ReadonlyMap<string, string>; // park code → user id
  officers?: ReadonlyMap<string, string>; // institution key → user id
  enterpriseUsers?: ReadonlyMap<number, string>; // enterprise ordinal → user id
}

export interface SeededMarketplace {
  products: number;
  needs: number;
  takeUps: number;
}

function storedTerms(p: DemoProduct): StoredTerms {
  const { rate, feeRate, coverRatio, repaymentMethods, security, eligibleLoanTypes } = p.terms;
  return { rate, feeRate, coverRatio, repaymentMethods, security, eligibleLoanTypes };
}

/** The product as saved (a product_versions row): terms with amounts as fen numbers, as the API shows them. */
function versionContent(p: DemoProduct) {
  const { amountMinFen, amountMaxFen, ...terms } = p.terms;
  return {
    kind: p.kind,
    loanType: p.loanType,
    name: p.name,
    nameEn: p.nameEn,
    description: p.description,
    terms: { ...terms, amountMinFen: Number(amountMinFen), amountMaxFen: Number(amountMaxFen) },
    preferences: p.preferences,
    rules: p.rules,
  };
}

export async function seedDemoMarketplace(tx: Tx, data: DemoData, market: DemoMarketplace, ids: MarketplaceIds, now: Date): Promise<SeededMarketplace> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const notices = new Notices(data, now);
  const productIds = new Map<string, string>();
  const productRows: BulkRow<'products'>[] = [];
  const versionRows: BulkRow<'productVersions'>[] = [];
  const parkRows: BulkRow<'productParks'>[] = [];
  for (const p of market.products) {
    const createdAt = ago(p.createdDaysAgo);
    const id = newId(createdAt.getTime());
    const author = ids.officers?.get(p.institutionKey) ?? null;
    productIds.set(p.key, id);
    productRows.push({
      id,
      institutionId: ids.institutions.get(p.institutionKey)!,
      kind: p.kind,
      loanType: p.loanType,
      name: p.name,
      nameEn: p.nameEn,
      description: p.description,
      status: p.status,
      version: 1,
      amountMinFen: p.terms.amountMinFen,
      amountMaxFen: p.terms.amountMaxFen,
      termMinMonths: p.terms.termMinMonths,
      termMaxMonths: p.terms.termMaxMonths,
      turnaroundDays: p.terms.turnaroundDays,
      terms: storedTerms(p),
      preferences: p.preferences,
      rules: p.rules,
      createdBy: author,
      updatedBy: author,
      createdAt,
      updatedAt: createdAt,
    });
    versionRows.push({ id: newId(createdAt.getTime()), productId: id, version: 1, content: versionContent(p), createdBy: author, createdAt });
    for (const park of p.parks) {
      notices.product(p, id, park, ids);
      parkRows.push({
        productId: id,
        parkId: ids.parks.get(park.parkCode)!,
        status: park.status,
        requestedAt: ago(park.requestedDaysAgo),
        decidedBy: park.decidedDaysAgo === null ? null : (ids.parkAdmins?.get(park.parkCode) ?? null),
        decidedAt: park.decidedDaysAgo === null ? null : ago(park.decidedDaysAgo),
        note: park.note,
      });
    }
  }

  const needRows: BulkRow<'needs'>[] = [];
  const takeUpRows: BulkRow<'needTakeUps'>[] = [];
  for (const n of market.needs) {
    const createdAt = ago(n.createdDaysAgo);
    const id = newId(createdAt.getTime());
    const lastTakeUp = Math.min(n.createdDaysAgo, ...n.takeUps.map((t) => t.daysAgo));
    needRows.push({
      id,
      parkId: ids.parks.get(n.parkCode)!,
      enterpriseId: ids.enterprises[n.enterpriseOrdinal]!,
      kind: n.kind,
      amountFen: n.amountFen,
      termMonths: n.termMonths,
      purpose: n.purpose,
      neededBy: n.neededBy,
      offers: n.offers,
      status: n.status,
      createdBy: ids.enterpriseUsers?.get(n.enterpriseOrdinal) ?? null,
      createdAt,
      updatedAt: ago(lastTakeUp),
    });
    for (const t of n.takeUps) {
      notices.takeUp(id, t, ids.enterprises[n.enterpriseOrdinal]!, productIds.get(t.productKey ?? '') ?? null, ids);
      const takenAt = ago(t.daysAgo);
      takeUpRows.push({
        id: newId(takenAt.getTime()),
        needId: id,
        institutionId: ids.institutions.get(t.institutionKey)!,
        productId: t.productKey === null ? null : productIds.get(t.productKey)!,
        takenBy: ids.officers?.get(t.institutionKey) ?? null,
        note: t.note,
        takenAt,
      });
    }
  }

  await insertChunks(tx, 'products', productRows);
  await insertChunks(tx, 'productVersions', versionRows);
  await insertChunks(tx, 'productParks', parkRows);
  await insertChunks(tx, 'needs', needRows);
  await insertChunks(tx, 'needTakeUps', takeUpRows);
  await insertChunks(tx, 'notifications', notices.rows);
  return { products: productRows.length, needs: needRows.length, takeUps: takeUpRows.length };
}

/** The notifications the services send, in their words, for what the seed says happened. */
class Notices {
  readonly rows: BulkRow<'notifications'>[] = [];
  private readonly parks: Map<string, DemoData['parks'][number]>;
  private readonly institutions: Map<string, DemoData['institutions'][number]>;

  constructor(
    data: DemoData,
    private readonly now: Date,
  ) {
    this.parks = new Map(data.parks.map((p) => [p.code, p]));
    this.institutions = new Map(data.institutions.map((i) => [i.key, i]));
  }

  product(p: DemoProduct, productId: string, request: DemoProduct['parks'][number], ids: MarketplaceIds): void {
    const park = this.parks.get(request.parkCode)!;
    const details = { productId, parkId: ids.parks.get(request.parkCode)!, parkCode: request.parkCode };
    if (request.status === 'pending') {
      const institution = this.institutions.get(p.institutionKey)!;
      this.add(request.requestedDaysAgo, {
        organisationId: ids.parkOperators.get(request.parkCode)!,
        kind: 'product.pending',
        titleZh: `${institution.name}申请在本园区发布产品「${p.name}」`,
        titleEn: `${institution.name} asks to offer "${p.nameEn}" in your park`,
        link: `/products/${productId}`,
        details: { productId, parkId: details.parkId },
      });
    } else if (request.decidedDaysAgo !== null && request.decidedDaysAgo <= 60) {
      const [zh, en] = request.status === 'approved' ? ['已批准', 'approved'] : ['未批准', 'rejected'];
      this.add(request.decidedDaysAgo, {
        organisationId: ids.institutions.get(p.institutionKey)!,
        kind: 'product.decided',
        titleZh: `${park.name}${zh}产品「${p.name}」`,
        titleEn: `${park.nameEn} ${en} "${p.nameEn}"`,
        link: `/products/${productId}`,
        details: { ...details, status: request.status, note: request.note },
      });
    }
  }

  takeUp(needId: string, t: DemoMarketplace['needs'][number]['takeUps'][number], enterpriseId: string, productId: string | null, ids: MarketplaceIds): void {
    const institution = this.institutions.get(t.institutionKey)!;
    this.add(t.daysAgo, {
      organisationId: enterpriseId,
      kind: 'need.taken_up',
      titleZh: `${institution.name}响应了您的融资需求`,
      titleEn: `${institution.name} took up your financing need`,
      link: `/needs/${needId}`,
      details: { needId, institutionId: ids.institutions.get(t.institutionKey)!, productId },
    });
  }

  private add(daysAgo: number, notice: Omit<BulkRow<'notifications'>, 'id' | 'createdAt' | 'readAt'>): void {
    const createdAt = new Date(this.now.getTime() - daysAgo * DAY_MS);
    const readAt = daysAgo > NOTICE_READ_AFTER_DAYS ? new Date(createdAt.getTime() + DAY_MS) : null;
    this.rows.push({ ...notice, id: newId(createdAt.getTime()), createdAt, readAt });
  }
}


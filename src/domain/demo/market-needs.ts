// Posted needs of about 8% of the demo enterprises, sized to their revenue and offering the
// security they actually have (pledgeable patents, receivables, orders), and the institutions that
// took them up: only institutions with a product the need is eligible for, more often for better
// firms, the way banks grab the needs in their inbox.
import { compileProduct, type CompiledProduct } from '../marketplace/compile.ts';
import type { EnterpriseFacts } from '../marketplace/facts.ts';
import { lprOn } from '../marketplace/lpr.ts';
import { matchEnterprise, type MatchContext } from '../marketplace/match.ts';
import type { MarketProduct, NeedTerms, ProductKind, SecurityKind } from '../marketplace/products.ts';
import { DEFAULT_RANKING_WEIGHTS, noApprovalHistory, normaliseWeights } from '../marketplace/ranking.ts';
import type { DemoProfile } from './profiles.ts';
import { toDayNumber, toIsoDate } from './dates.ts';
import type { DemoNeed, DemoProduct, DemoTakeUp } from './market-types.ts';
import { sectorOf, type Sector } from './profile-sectors.ts';
import { createRandom, hashSeed, type Random } from './random.ts';
import type { DemoEnterprise } from './types.ts';

/** An enterprise as the marketplace generator sees it: its profile and its rating's facts. */
export interface FirmView {
  enterprise: DemoEnterprise;
  profile: DemoProfile;
  facts: EnterpriseFacts;
  feature(key: string): number | null;
}

const NEED_SHARE = 0.08;

const LOAN_PURPOSES: Readonly<Record<Sector, readonly string[]>> = {
  ic: ['研发投入', '芯片流片费用', '采购晶圆与封测服务', '扩大产能', '补充流动资金'],
  biomedicine: ['研发投入', '临床前研究', '采购原材料', 'GMP车间改造', '补充流动资金'],
  software: ['研发投入', '支付研发人员薪酬', '市场推广与渠道建设', '补充流动资金', '算力与数据中心扩容'],
  manufacturing: ['采购原材料', '扩大产能', '购置生产设备', '承接大额订单备料', '建设中试线'],
  energy: ['采购原材料', '扩大产能', '储能项目建设', '购置生产设备', '补充流动资金'],
  tech_services: ['研发投入', '补充流动资金', '市场推广与渠道建设', '购置检测设备'],
};
const EQUITY_PURPOSES: Readonly<Record<'startup' | 'growth', readonly string[]>> = {
  startup: ['天使轮融资：产品原型开发', 'Pre-A轮融资：组建研发团队', 'A轮融资：扩充研发团队'],
  growth: ['B轮融资：市场扩张', 'A+轮融资：产能建设', '引入战略投资者'],
};
const SECTOR_EQUITY_PURPOSE: Partial<Record<Sector, string>> = { ic: '芯片流片与量产验证', biomedicine: '新药临床试验' };
const GUARANTEE_PURPOSES = ['为银行流动资金贷款提供担保', '为知识产权质押贷款提供担保', '首次贷款担保'];
const INSURANCE_PURPOSES = ['研发项目中断风险保障', '为银行贷款投保贷款保证保险', '核心研发人员保障', '首台套设备投保'];
const TAKE_UP_NOTES = [
  '已安排客户经理对接，三个工作日内上门尽调。',
  '额度与期限可按需调整，请准备近两年财务报表。',
  '符合我行科创企业白名单，可走绿色通道。',
  '已电话联系企业财务负责人，约定下周面谈。',
  '可与园区风险补偿资金池联动，利率可再优惠。',
];

/** Money people ask for is round: 10万 below ¥1m, 50万 below ¥10m, 100万 above. */
function roundAmountFen(yuan: number): bigint {
  const step = yuan < 1e6 ? 1e5 : yuan < 1e7 ? 5e5 : 1e6;
  return BigInt(Math.max(1, Math.round(yuan / step)) * step) * 100n;
}

function drawKind(rng: Random, stage: string): ProductKind {
  const kind = rng.weighted<ProductKind>([['loan', 75], ['equity', 12], ['guarantee', 8], ['insurance', 5]]);
  return kind === 'equity' && stage === 'mature' ? 'loan' : kind;
}

function drawAmountYuan(rng: Random, kind: ProductKind, firm: FirmView): number {
  const revenue = firm.feature('revenue');
  if (kind === 'equity') return firm.enterprise.stage === 'startup' ? rng.float(3e6, 2e7) : rng.float(1e7, 8e7);
  if (kind === 'insurance') return rng.float(1e6, 1e7);
  const base = revenue !== null && revenue > 1e6 ? revenue * rng.float(0.06, 0.25) : rng.float(5e5, 2e6);
  return Math.min(3e7, Math.max(3e5, base));
}

/** Receivables, roughly: current assets other than cash, against revenue. */
function receivablesShare(profile: DemoProfile): number {
  const s = profile.financials.at(-1);
  if (!s?.currentAssetsFen || !s.revenueFen || s.revenueFen <= 0n) return 0;
  return Number(s.currentAssetsFen - (s.cashFen ?? 0n)) / Number(s.revenueFen);
}

function drawOffers(rng: Random, kind: ProductKind, firm: FirmView): SecurityKind[] {
  if (kind === 'equity' || kind === 'insurance') return [];
  const sector = sectorOf(firm.enterprise.industryCode);
  const offers: SecurityKind[] = [];
  if ((firm.feature('invention_patents') ?? 0) >= 1 && rng.chance(0.8)) offers.push('ip_pledge');
  if (receivablesShare(firm.profile) >= 0.15 && rng.chance(0.7)) offers.push('receivables');
  if (['manufacturing', 'energy', 'ic'].includes(sector) && rng.chance(0.35)) offers.push('orders');
  if (rng.chance(0.25)) offers.push('guarantor');
  if ((firm.feature('equity_raised') ?? 0) > 0 && rng.chance(0.5)) offers.push('equity_pledge');
  if (rng.chance(firm.enterprise.stage === 'mature' ? 0.3 : 0.03)) offers.push('real_estate');
  return offers;
}

function drawPurpose(rng: Random, kind: ProductKind, firm: FirmView): string {
  const sector = sectorOf(firm.enterprise.industryCode);
  if (kind === 'loan') return rng.pick(LOAN_PURPOSES[sector]);
  if (kind === 'guarantee') return rng.pick(GUARANTEE_PURPOSES);
  if (kind === 'insurance') return rng.pick(INSURANCE_PURPOSES);
  const special = SECTOR_EQUITY_PURPOSE[sector];
  return special && rng.chance(0.5) ? special : rng.pick(EQUITY_PURPOSES[firm.enterprise.stage === 'startup' ? 'startup' : 'growth']);
}

function drawTerm(rng: Random, kind: ProductKind): number | null {
  if (kind === 'loan') return rng.weighted([[6, 1], [12, 5], [24, 2], [36, 2]]);
  if (kind === 'guarantee') return rng.pick([12, 24]);
  return kind === 'insurance' ? 12 : null;
}

/** Published products as the engine sees them, offered in the parks that approved them. */
export function liveProducts(products: readonly DemoProduct[], today: string): CompiledProduct[] {
  const lpr = lprOn(today);
  return products
    .filter((p) => p.status === 'published' && p.parks.some((park) => park.status === 'approved'))
    .map((p): MarketProduct => ({
      id: p.key,
      institutionId: p.institutionKey,
      kind: p.kind,
      loanType: p.loanType,
      terms: p.terms,
      preferences: p.preferences,
      rules: p.rules,
      parks: p.parks.filter((park) => park.status === 'approved').map((park) => park.parkCode),
    }))
    .map((p) => compileProduct(p, lpr));
}

const CONTEXT: MatchContext = { weights: normaliseWeights(DEFAULT_RANKING_WEIGHTS), approval: noApprovalHistory };

function drawTakeUps(rng: Random, need: DemoNeed, firm: FirmView, live: readonly CompiledProduct[]): DemoTakeUp[] {
  const terms: NeedTerms = { kind: need.kind, amountFen: need.amountFen, termMonths: need.termMonths, offers: need.offers, workingDaysUntilNeeded: null };
  const eligible = matchEnterprise(firm.facts, live, CONTEXT, terms).filter((m) => m.eligible);
  if (!eligible.length) return [];
  const keen = (0.1 + 0.75 * firm.enterprise.latentQuality) * (need.createdDaysAgo >= 7 ? 1 : 0.35);
  if (!rng.chance(keen)) return [];
  const wanted = 1 + (rng.chance(0.3) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0);
  const takeUps: DemoTakeUp[] = [];
  for (const m of eligible) {
    const institutionKey = m.product.product.institutionId;
    if (takeUps.length >= wanted || takeUps.some((t) => t.institutionKey === institutionKey)) continue;
    takeUps.push({ institutionKey, productKey: m.product.product.id, daysAgo: Math.max(0, need.createdDaysAgo - rng.int(0, 6)), note: rng.pick(TAKE_UP_NOTES) });
  }
  return takeUps;
}

function drawNeed(rng: Random, ordinal: number, firm: FirmView, live: readonly CompiledProduct[], todayDay: number): DemoNeed {
  const kind = drawKind(rng, firm.enterprise.stage);
  const createdDaysAgo = Math.floor(120 * rng.next() ** 1.5);
  const need: DemoNeed = {
    enterpriseOrdinal: ordinal,
    parkCode: firm.enterprise.parkCode,
    kind,
    amountFen: roundAmountFen(drawAmountYuan(rng, kind, firm)),
    termMonths: drawTerm(rng, kind),
    purpose: drawPurpose(rng, kind, firm),
    neededBy: rng.chance(0.7) ? toIsoDate(todayDay - createdDaysAgo + rng.int(20, 90)) : null,
    offers: drawOffers(rng, kind, firm),
    status: 'open',
    createdDaysAgo,
    takeUps: [],
  };
  need.takeUps = drawTakeUps(rng, need, firm, live);
  if (need.takeUps.length) need.status = 'taken_up';
  else if (createdDaysAgo > 45 && rng.chance(0.25)) need.status = rng.chance(0.7) ? 'closed' : 'withdrawn';
  return need;
}

/** The demo enterprise's one open need: a working-capital loan it can get, with security it has. */
function demoEnterpriseNeed(firm: FirmView, todayDay: number): DemoNeed {
  const revenue = firm.feature('revenue') ?? 0;
  const yuan = Math.min(5e6, Math.max(1e6, revenue * 0.1));
  const offers: SecurityKind[] = ['guarantor'];
  if ((firm.feature('invention_patents') ?? 0) >= 1) offers.unshift('ip_pledge');
  return {
    enterpriseOrdinal: 0,
    parkCode: firm.enterprise.parkCode,
    kind: 'loan',
    amountFen: roundAmountFen(yuan),
    termMonths: 12,
    purpose: '研发投入',
    neededBy: toIsoDate(todayDay + 30),
    offers,
    status: 'open',
    createdDaysAgo: 5,
    takeUps: [],
  };
}

export interface NeedsInput {
  enterprises: readonly DemoEnterprise[];
  products: readonly DemoProduct[];
  firm(ordinal: number): FirmView;
  seed: number;
  today: string;
}

export function makeDemoNeeds(input: NeedsInput): DemoNeed[] {
  const rng = createRandom(hashSeed(`${input.seed}:needs`));
  const todayDay = toDayNumber(input.today);
  const live = liveProducts(input.products, input.today);
  const needs: DemoNeed[] = [];
  input.enterprises.forEach((_, ordinal) => {
    if (ordinal === 0) needs.push(demoEnterpriseNeed(input.firm(0), todayDay));
    else if (rng.chance(NEED_SHARE)) needs.push(drawNeed(rng, ordinal, input.firm(ordinal), live, todayDay));
  });
  return needs;
}

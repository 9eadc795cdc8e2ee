// Every demo institution's catalogue: banks 3–6 loans, small-loan companies fast small loans,
// guarantors and insurers their cover, investors their funds; each product asks the parks its
// institution works in, and most requests are approved.
import type { EnterpriseFacts } from '../marketplace/facts.ts';
import { GUARANTEES, INSURANCE } from './market-cover.ts';
import { equityTemplates } from './market-equity.ts';
import { BANK_LOANS, MICRO_LOANS, type LoanTemplate } from './market-loans.ts';
import { DEMO_BANK, demoBankProducts } from './market-showcase.ts';
import type { DemoProduct, DemoProductPark, ProductStatus } from './market-types.ts';
import { createRandom, hashSeed, type Random } from './random.ts';
import type { DemoInstitution, InstitutionType } from './types.ts';

/** Where each institution does business; others: their own city's parks. */
const REACH: Readonly<Record<string, readonly string[]>> = {
  'pudong-tech-bank': ['zhangjiang'],
  'shenjiang-bank': ['zhangjiang', 'zizhu', 'qingdao'],
  'zizhu-innovation-bank': ['zizhu', 'zhangjiang'],
  'yangtze-delta-tech-bank': ['zhangjiang', 'zizhu', 'qingdao'],
  'east-china-growth-bank': ['zhangjiang', 'zizhu', 'qingdao'],
  'zizhu-starlight-vc': ['zizhu'],
  'xinhai-ic-fund': ['zhangjiang', 'zizhu'],
};

const REJECTION_NOTES = [
  '利率高于园区合作银行平均水平，请调整后重新提交。',
  '准入条件与园区扶持政策不一致，请补充说明。',
  '请补充与园区风险补偿资金池的合作协议。',
  '产品材料不完整：缺少贷后管理办法。',
];
const APPROVAL_NOTES = ['同意上架。', '符合园区科技金融政策，同意。', '已核对准入条件，同意上架。'];

function reachOf(institution: DemoInstitution, parkCodes: readonly string[]): string[] {
  const reach = REACH[institution.key] ?? (institution.regionCode.startsWith('37') ? ['qingdao'] : ['zhangjiang', 'zizhu']);
  const known = reach.filter((code) => parkCodes.includes(code));
  return known.length ? known : [...parkCodes];
}

/** The templates an institution of this type offers, drawn by weight and kept within bounds. */
function catalogue(rng: Random, institution: DemoInstitution): LoanTemplate[] {
  const bounds: Readonly<Record<InstitutionType, { from: readonly LoanTemplate[]; min: number; max: number }>> = {
    bank: { from: BANK_LOANS, min: 3, max: 6 },
    small_loan: { from: MICRO_LOANS, min: 1, max: 2 },
    guarantor: { from: GUARANTEES, min: 1, max: 3 },
    insurer: { from: INSURANCE, min: 2, max: 4 },
    vc_fund: { from: equityTemplates(institution.key), min: 1, max: 3 },
    angel_fund: { from: equityTemplates(institution.key), min: 1, max: 3 },
    guidance_fund: { from: equityTemplates(institution.key), min: 1, max: 3 },
    corporate_vc: { from: equityTemplates(institution.key), min: 1, max: 3 },
  };
  const { from, min, max } = bounds[institution.type];
  const chosen = from.filter((t) => rng.chance(t.weight));
  for (const t of [...from].sort((a, b) => b.weight - a.weight)) if (chosen.length < min && !chosen.includes(t)) chosen.push(t);
  return from.filter((t) => chosen.includes(t)).slice(0, max);
}

function parkRequests(rng: Random, status: ProductStatus, parks: string[], createdDaysAgo: number): DemoProductPark[] {
  return parks.map((parkCode, i) => {
    const requestedDaysAgo = i === 0 ? createdDaysAgo : rng.int(0, createdDaysAgo);
    const roll = rng.next();
    // A published product is live in its first park; drafts wait for their first decisions.
    const decision = status === 'draft' ? 'pending' : i === 0 && status === 'published' ? 'approved' : roll < 0.86 ? 'approved' : roll < 0.94 ? 'pending' : 'rejected';
    if (decision === 'pending') {
      const recent = Math.min(requestedDaysAgo, rng.int(0, 12));
      return { parkCode, status: decision, note: null, requestedDaysAgo: recent, decidedDaysAgo: null };
    }
    const decidedDaysAgo = Math.max(0, requestedDaysAgo - rng.int(1, 10));
    const note = decision === 'rejected' ? rng.pick(REJECTION_NOTES) : rng.chance(0.3) ? rng.pick(APPROVAL_NOTES) : null;
    return { parkCode, status: decision, note, requestedDaysAgo, decidedDaysAgo };
  });
}

function institutionProducts(institution: DemoInstitution, parkCodes: readonly string[], seed: number): DemoProduct[] {
  const rng = createRandom(hashSeed(`${seed}:market:${institution.key}`));
  const reach = reachOf(institution, parkCodes);
  const shanghai = institution.regionCode.startsWith('31');
  return catalogue(rng, institution).map((template) => {
    const parks = template.singlePark ? [rng.pick(reach)] : reach.filter((_, i) => i === 0 || rng.chance(0.8));
    const draft = template.make(rng, { shanghai, parks });
    const roll = rng.next();
    const status: ProductStatus = roll < 0.9 ? 'published' : roll < 0.95 ? 'withdrawn' : 'draft';
    const createdDaysAgo = status === 'draft' ? rng.int(1, 20) : rng.int(30, 540);
    return { ...draft, key: `${institution.key}/${template.id}`, institutionKey: institution.key, status, createdDaysAgo, parks: parkRequests(rng, status, parks, createdDaysAgo) };
  });
}

/** All institutions' products; the demo bank's are fitted to the demo enterprise when given. */
export function makeDemoProducts(institutions: readonly DemoInstitution[], parkCodes: readonly string[], seed: number, demoEnterprise: EnterpriseFacts | null): DemoProduct[] {
  return institutions.flatMap((institution) =>
    institution.key === DEMO_BANK && parkCodes.includes('zhangjiang') ? demoBankProducts(demoEnterprise) : institutionProducts(institution, parkCodes, seed),
  );
}

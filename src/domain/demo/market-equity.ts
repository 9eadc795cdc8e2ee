// Investors' products: each fund's thesis as stage and industry preferences, a ticket size, and
// the hard bars its investment committee applies before a first meeting.
import type { LoanTemplate } from './market-loans.ts';
import { equityTerms, gte, lte, NO_PREFERENCES, oneOf } from './market-terms.ts';
import type { Random } from './random.ts';
import type { Stage } from '../rating/expert-model.ts';
import type { EligibilityRule } from '../marketplace/rules.ts';

interface EquitySpec {
  name: string;
  nameEn: string;
  thesis: string;
  stages: Stage[];
  industries: string[];
  ticketWan: readonly [number, number];
  turnaround: readonly [number, number];
  rules(rng: Random): EligibilityRule[];
}

const AI_SOFTWARE = ['I65', 'C396'];
const IC = ['C397', 'I652', 'C356', 'C3985'];
const BIO = ['C27', 'M734', 'C358', 'M7512'];
const AERO_ENERGY = ['C37', 'C38', 'D44', 'M7515'];
const MARINE = ['M732', 'C373', 'C402', 'M743'];
const MATERIALS = ['C26', 'C398', 'M7513'];

const SPECS: Readonly<Record<string, readonly EquitySpec[]>> = {
  'pujiang-frontier-vc': [
    {
      name: '人工智能与软件成长基金', nameEn: 'AI & Software Growth Fund', stages: ['startup', 'growth'], industries: AI_SOFTWARE, ticketWan: [1000, 5000], turnaround: [20, 40],
      thesis: '聚焦人工智能、工业软件与智能硬件，偏好营收高速增长、研发投入占比高的A轮至B轮企业。',
      rules: (rng) => [gte('revenue_growth', rng.pick([0.3, 0.5])), gte('rd_intensity', 0.1), oneOf('industry', ['I65', 'C39']), lte('penalties', 0)],
    },
    {
      name: '硬科技早期基金', nameEn: 'Deep-Tech Early Fund', stages: ['startup'], industries: [...AI_SOFTWARE, ...IC], ticketWan: [500, 2000], turnaround: [15, 30],
      thesis: '投资原创技术驱动的早期团队，看重研发人员占比与硕博比例。',
      rules: () => [gte('rd_staff_share', 0.3), gte('postgrad_share', 0.2), oneOf('stage', ['startup'])],
    },
  ],
  'xinhai-ic-fund': [
    {
      name: '集成电路产业投资', nameEn: 'IC Industry Investment', stages: ['growth', 'mature'], industries: IC, ticketWan: [3000, 10000], turnaround: [30, 60],
      thesis: '专注集成电路设计、制造装备与材料，支持国产替代，偏好拥有核心发明专利的成长期企业。',
      rules: (rng) => [oneOf('industry', IC), gte('invention_patents', rng.pick([3, 5])), gte('rd_intensity', 0.1)],
    },
  ],
  'biocove-ventures': [
    {
      name: '生物医药创新基金', nameEn: 'Life Science Innovation Fund', stages: ['startup', 'growth'], industries: BIO, ticketWan: [1000, 5000], turnaround: [30, 50],
      thesis: '投资创新药、医疗器械与CRO平台，关注临床管线与研发团队，不以当期盈利为前提。',
      rules: () => [oneOf('industry', BIO), gte('rd_staff_share', 0.3), gte('postgrad_share', 0.2)],
    },
  ],
  'zizhu-starlight-vc': [
    {
      name: '紫竹硬科技成长基金', nameEn: 'Zizhu Deep-Tech Growth Fund', stages: ['growth'], industries: [...AERO_ENERGY, 'I65'], ticketWan: [1000, 4000], turnaround: [20, 40],
      thesis: '聚焦航空航天、新能源与数字内容，偏好收入过千万、增长稳定的成长期企业。',
      rules: (rng) => [gte('revenue', 10_000_000), gte('revenue_growth', rng.pick([0.15, 0.2])), lte('penalties', 0)],
    },
  ],
  'blue-ocean-vc': [
    {
      name: '蓝色经济成长基金', nameEn: 'Blue Economy Growth Fund', stages: ['startup', 'growth'], industries: [...MARINE, ...MATERIALS], ticketWan: [500, 3000], turnaround: [20, 40],
      thesis: '投资海洋科技、智能制造与新材料，关注技术壁垒与产业化能力。',
      rules: () => [oneOf('industry', [...MARINE, ...MATERIALS, 'C34', 'C40']), gte('rd_intensity', 0.05)],
    },
  ],
  'seedling-angel': [
    {
      name: '苗圃天使计划', nameEn: 'Seedling Angel Programme', stages: ['startup'], industries: [], ticketWan: [100, 500], turnaround: [10, 20],
      thesis: '投资成立不久的科技团队，看人、看技术，单笔100万至500万元。',
      rules: () => [oneOf('stage', ['startup']), lte('age_years', 4), gte('rd_staff_share', 0.2)],
    },
  ],
  'haiya-angel': [
    {
      name: '海芽天使基金', nameEn: 'Haiya Angel Fund', stages: ['startup'], industries: [...MARINE, 'C27', 'C34'], ticketWan: [100, 300], turnaround: [10, 20],
      thesis: '扎根青岛，投资海洋科技与生物医药方向的早期项目。',
      rules: () => [oneOf('stage', ['startup']), lte('age_years', 5), oneOf('region', ['3702'])],
    },
  ],
  'shanghai-innovation-guidance-fund': [
    {
      name: '科创引导基金直投', nameEn: 'Guidance Fund Direct Investment', stages: ['growth', 'mature'], industries: ['C39', 'C27', 'I65', 'C37', 'C38'], ticketWan: [2000, 10000], turnaround: [30, 60],
      thesis: '引导社会资本投向集成电路、生物医药、人工智能三大先导产业，优先支持高新技术企业与专精特新企业。',
      rules: (rng) => [gte('hnte', 1), gte('invention_patents', rng.pick([2, 3])), gte('tax_grade', 'B'), lte('penalties', 0)],
    },
    {
      name: '天使引导基金跟投', nameEn: 'Angel Guidance Co-Investment', stages: ['startup'], industries: [], ticketWan: [200, 1000], turnaround: [20, 40],
      thesis: '与备案天使机构按1:1跟投早期科技企业，让利社会资本。',
      rules: () => [gte('rd_intensity', 0.1), lte('age_years', 5), oneOf('region', ['31'])],
    },
  ],
  'qingdao-marine-guidance-fund': [
    {
      name: '海洋产业引导基金', nameEn: 'Marine Industry Guidance Fund', stages: ['growth', 'mature'], industries: [...MARINE, 'C27'], ticketWan: [2000, 8000], turnaround: [30, 60],
      thesis: '支持青岛海洋科学、海洋装备与海洋生物医药产业链企业做大做强。',
      rules: () => [oneOf('industry', [...MARINE, 'C27', 'C34', 'C40']), gte('revenue', 10_000_000), gte('tax_grade', 'B')],
    },
  ],
};

/** Funds not listed above invest in any tech firm at their stage. */
const GENERIC: EquitySpec = {
  name: '科技企业股权投资', nameEn: 'Tech Equity Investment', stages: ['startup', 'growth'], industries: [], ticketWan: [500, 3000], turnaround: [20, 40],
  thesis: '投资研发驱动的科技企业。',
  rules: () => [gte('rd_intensity', 0.05), lte('penalties', 0)],
};

export function equityTemplates(institutionKey: string): LoanTemplate[] {
  return (SPECS[institutionKey] ?? [GENERIC]).map((spec, i) => ({
    id: `equity-${i + 1}`,
    weight: 1,
    make: (rng) => ({
      kind: 'equity',
      loanType: null,
      name: spec.name,
      nameEn: spec.nameEn,
      description: `${spec.thesis}单笔投资${spec.ticketWan[0]}万至${spec.ticketWan[1]}万元。`,
      terms: equityTerms(spec.ticketWan, rng.int(spec.turnaround[0], spec.turnaround[1])),
      preferences: { ...NO_PREFERENCES, stages: spec.stages, industries: spec.industries, thesis: spec.thesis },
      rules: spec.rules(rng),
    }),
  }));
}

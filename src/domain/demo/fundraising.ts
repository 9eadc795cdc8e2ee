// The demo's fundraisings: the demo enterprise and about one enterprise in twenty raise a round
// fitting their stage, a few of them with a pitch deck. Deterministic for a seed and a day.
import type { FundraisingRound } from '../../../shared/fundraising.ts';
import type { Milestone } from '../equity/fundraising/profile.ts';
import { addDays } from '../shared/business-time.ts';
import { createRandom, hashSeed } from './random.ts';
import type { DemoEnterprise } from './types.ts';

export interface DemoFundraising {
  ordinal: number;
  round: FundraisingRound;
  amountSoughtFen: bigint;
  valuationMinFen: bigint;
  valuationMaxFen: bigint;
  useOfFunds: string;
  milestones: Milestone[];
  status: 'open' | 'closed';
  /** Whether a generated pitch deck comes with it. */
  withDeck: boolean;
}

const ROUNDS: Record<DemoEnterprise['stage'], readonly FundraisingRound[]> = {
  startup: ['angel', 'seed', 'pre_a'],
  growth: ['series_a', 'series_b', 'series_c'],
  mature: ['later', 'pre_ipo', 'strategic'],
};
/** The amount sought, in 万元, by round: [low, high]. */
const AMOUNT_WAN: Record<FundraisingRound, [number, number]> = {
  angel: [200, 800], seed: [300, 1000], pre_a: [800, 2500], series_a: [2000, 6000], series_b: [5000, 15000],
  series_c: [10000, 30000], later: [20000, 50000], pre_ipo: [30000, 80000], strategic: [5000, 30000],
};
const USES = ['核心产品研发与团队扩充', '生产线建设与产能提升', '市场拓展与渠道建设', '临床试验与注册申报', '海外市场布局与知识产权保护'];
const MILESTONES = ['完成新一代产品样机', '通过关键客户验证', '取得核心专利授权', '实现规模化量产', '营业收入翻番', '完成下一轮融资'];
const WAN_FEN = 1_000_000n;

const DEMO_ENTERPRISE: Omit<DemoFundraising, 'ordinal' | 'milestones'> = {
  round: 'series_a',
  amountSoughtFen: 3000n * WAN_FEN,
  valuationMinFen: 18000n * WAN_FEN,
  valuationMaxFen: 24000n * WAN_FEN,
  useOfFunds: '新一代产品研发（60%）、华东市场拓展（25%）、补充流动资金（15%）',
  status: 'open',
  withDeck: true,
};

export function generateDemoFundraisings(enterprises: readonly DemoEnterprise[], options: { seed: number; today: string }): DemoFundraising[] {
  const random = createRandom(options.seed ^ hashSeed('fundraising'));
  const out: DemoFundraising[] = [];
  let decks = 0;
  for (const e of enterprises) {
    const chosen = e.ordinal === 0 || random.chance(0.05);
    if (!chosen) continue;
    const milestones = random.int(1, 3);
    const titles = [...MILESTONES].sort(() => random.next() - 0.5).slice(0, milestones);
    const dated = titles.map((title, i) => ({ title, dueOn: addDays(options.today, 90 * (i + 1) + random.int(0, 60)) }));
    if (e.ordinal === 0) {
      out.push({ ordinal: 0, ...DEMO_ENTERPRISE, milestones: dated });
      continue;
    }
    const round = random.pick(ROUNDS[e.stage]);
    const [low, high] = AMOUNT_WAN[round];
    const amountWan = BigInt(random.int(low / 100, high / 100) * 100);
    const multiple = BigInt(random.int(5, 10));
    const spread = BigInt(random.int(10, 40));
    const valuationMin = amountWan * multiple;
    const withDeck = decks < 3 && random.chance(0.5);
    if (withDeck) decks++;
    out.push({
      ordinal: e.ordinal,
      round,
      amountSoughtFen: amountWan * WAN_FEN,
      valuationMinFen: valuationMin * WAN_FEN,
      valuationMaxFen: ((valuationMin * (100n + spread)) / 100n) * WAN_FEN,
      useOfFunds: random.pick(USES),
      milestones: dated,
      status: random.chance(0.85) ? 'open' : 'closed',
      withDeck,
    });
  }
  return out;
}

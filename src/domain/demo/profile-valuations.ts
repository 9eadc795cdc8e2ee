// Post-money valuations of a demo firm's rounds. They come from a random stream of their own, so
// adding them changed no other figure of the demo; the latest round is also priced at a multiple
// of revenue that rises with quality, as STAR-bound firms are.
import type { EquityRound } from '../profile/types.ts';
import type { DemoTraits } from './profile-traits.ts';
import { createRandom, hashSeed } from './random.ts';

const WAN = 1_000_000n; // ¥10k in fen

export function valueRounds(rounds: readonly EquityRound[], t: DemoTraits, latestRevenueYuan: number | null, seed: number): EquityRound[] {
  const rng = createRandom(hashSeed(`${seed}:${t.enterprise.creditCode}:valuation`));
  return rounds.map((round, i) => {
    const dilution = rng.float(0.08, 0.25);
    let yuan = Number(round.amountFen / 100n) / dilution;
    if (i === rounds.length - 1 && latestRevenueYuan !== null) yuan = Math.max(yuan, latestRevenueYuan * (2 + 10 * t.quality) * rng.float(0.8, 1.25));
    return { ...round, postMoneyValuationFen: BigInt(Math.max(1, Math.round(yuan / 10_000))) * WAN };
  });
}

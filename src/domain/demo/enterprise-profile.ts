// The numbers behind one enterprise: stage and age, latent quality, size and capital.
// They are drawn together so that they correlate the way real firms' figures do.
import { DAYS_PER_YEAR } from './dates.ts';
import type { Random } from './random.ts';
import type { EnterpriseStage } from './types.ts';

/** Age bands in years, kept inside the stage definitions (startup < 4, growth 3–10, mature > 8). */
const AGE_BANDS: Readonly<Record<EnterpriseStage, readonly [number, number]>> = {
  startup: [0.1, 3.9],
  growth: [3.1, 9.9],
  mature: [8.1, Infinity],
};

const STAGE_WEIGHTS: readonly (readonly [EnterpriseStage, number])[] = [
  ['startup', 35],
  ['growth', 40],
  ['mature', 25],
];

/** Survivors are better on average: quality shifts up with stage (on the logit scale). */
const QUALITY_SHIFT: Readonly<Record<EnterpriseStage, number>> = { startup: -0.3, growth: 0, mature: 0.4 };

/** Median headcount by stage, before industry and quality adjust it. */
const MEDIAN_STAFF: Readonly<Record<EnterpriseStage, number>> = { startup: 15, growth: 60, mature: 150 };

/** Manufacturing needs more hands than software or research. */
const SECTION_STAFF_FACTOR: Readonly<Record<string, number>> = { C: 1.5, D: 0.8, I: 1, M: 0.7, R: 0.8 };

const MIN_STAFF = 3;
const MAX_STAFF = 3000;
const MIN_CAPITAL_WAN = 100; // ¥1m
const MAX_CAPITAL_WAN = 10_000; // ¥100m
const FEN_PER_WAN = 1_000_000n; // 1万元 = 10,000 yuan = 1,000,000 fen
/** Registered capital is usually a round figure in 万元. */
const ROUND_CAPITAL_WAN = [100, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000, 8000, 10_000] as const;

export function drawStage(rng: Random): EnterpriseStage {
  return rng.weighted(STAGE_WEIGHTS);
}

/**
 * Age in whole days; mature firms skew young because more firms were founded recently.
 * The caller guarantees maxAgeYears exceeds every band's lower end.
 */
export function drawAgeDays(rng: Random, stage: EnterpriseStage, maxAgeYears: number): number {
  const [low, bandHigh] = AGE_BANDS[stage];
  const high = Math.min(bandHigh, maxAgeYears);
  const u = stage === 'mature' ? rng.next() ** 1.5 : rng.next();
  return Math.floor((low + (high - low) * u) * DAYS_PER_YEAR);
}

export function drawQuality(rng: Random, stage: EnterpriseStage): number {
  const logit = rng.normal(QUALITY_SHIFT[stage], 1);
  const quality = 1 / (1 + Math.exp(-logit));
  return Math.round(Math.min(0.99, Math.max(0.01, quality)) * 10_000) / 10_000;
}

/** Log-normal headcount: most firms 10–300, a long tail of large ones. */
export function drawEmployees(rng: Random, stage: EnterpriseStage, industryCode: string, quality: number): number {
  const factor = SECTION_STAFF_FACTOR[industryCode.charAt(0)] ?? 1;
  const median = MEDIAN_STAFF[stage] * factor * Math.exp(1.2 * (quality - 0.5));
  const staff = Math.round(Math.exp(rng.normal(Math.log(median), 0.75)));
  return Math.min(MAX_STAFF, Math.max(MIN_STAFF, staff));
}

function nearestRoundCapital(wan: number): number {
  let best: number = ROUND_CAPITAL_WAN[0];
  for (const candidate of ROUND_CAPITAL_WAN) {
    if (Math.abs(Math.log(candidate / wan)) < Math.abs(Math.log(best / wan))) best = candidate;
  }
  return best;
}

/** Capital grows less than proportionally with size; better firms raise a little more. */
export function drawCapitalFen(rng: Random, employees: number, quality: number): bigint {
  const raw = 30 * employees ** 0.75 * Math.exp(rng.normal(0, 0.5)) * (0.7 + 0.6 * quality);
  const clamped = Math.min(MAX_CAPITAL_WAN, Math.max(MIN_CAPITAL_WAN, raw));
  const wan = rng.chance(0.7) ? nearestRoundCapital(clamped) : Math.round(clamped);
  return BigInt(wan) * FEN_PER_WAN;
}

/** Admission skews early in the window: firms join a park soon after they can. */
export function drawAdmittedDay(rng: Random, earliestDay: number, todayDay: number): number {
  return earliestDay + Math.floor((todayDay - earliestDay) * rng.next() ** 2);
}

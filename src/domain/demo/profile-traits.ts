// The hidden, firm-level traits every part of a demo profile is drawn from. Drawing them
// together from latent quality, stage and industry is what makes ratios, IP, qualifications
// and compliance correlate the way real firms' do.
import { calendarYearsBetween, yearOf } from '../profile/dates.ts';
import { clamp, lerp } from './draws.ts';
import { SECTOR_PROFILES, sectorOf, type Sector, type SectorProfile } from './profile-sectors.ts';
import { toDayNumber } from './dates.ts';
import type { Random } from './random.ts';
import type { DemoEnterprise, EnterpriseStage } from './types.ts';

export interface DemoTraits {
  enterprise: DemoEnterprise;
  today: string;
  todayYear: number;
  /** Day numbers (days since 1970-01-01) of today and of the founding date. */
  todayDay: number;
  foundedDay: number;
  ageYears: number;
  sector: Sector;
  sectorProfile: SectorProfile;
  quality: number;
  stage: EnterpriseStage;
  /** 0..1: how fully the firm keeps its profile; low means null figures and gaps. */
  diligence: number;
  /** Drawn first: certified firms keep their figures within the HNTE criteria. */
  hnte: boolean;
  ventureBacked: boolean;
  /** Declining firms shed staff and revenue. */
  declining: boolean;
  rdIntensity: number;
  netMargin: number;
  revenueGrowth: number;
  stShare: number;
  postgradShare: number;
  highTechShare: number;
  domesticRdShare: number;
  leverage: number;
  currentRatio: number;
  /** Total assets / revenue, and the shares of current assets and cash: kept from year to year. */
  assetTurn: number;
  currentAssetShare: number;
  cashShare: number;
}

/** Quality with some noise, so traits are correlated but not identical. */
const noisy = (rng: Random, quality: number, sd = 0.2): number => clamp(quality + rng.normal(0, sd), 0, 1);

/** About 40% of growth and mature firms hold an HNTE certificate; start-ups rarely do. */
function drawHnte(rng: Random, stage: EnterpriseStage, quality: number, ageYears: number): boolean {
  if (ageYears < 2) return false; // a certificate needs a year of registration, then the December round
  const p = stage === 'startup' ? 0.15 * quality : clamp(0.85 * quality - 0.05, 0.02, 0.85);
  return rng.chance(p);
}

function drawNetMargin(rng: Random, stage: EnterpriseStage, sector: Sector, quality: number): number {
  const burnsCash = sector === 'ic' || sector === 'biomedicine';
  const mean =
    stage === 'startup' ? -0.35 + 0.5 * quality - (burnsCash ? 0.3 : 0) : stage === 'growth' ? -0.06 + 0.22 * quality : 0.16 * quality;
  return clamp(rng.normal(mean, stage === 'startup' ? 0.15 : 0.05), -2, 0.35);
}

function drawGrowth(rng: Random, stage: EnterpriseStage, quality: number, declining: boolean): number {
  if (declining) return rng.float(-0.3, -0.05);
  const base = stage === 'startup' ? 0.6 : stage === 'growth' ? 0.22 : 0.06;
  return clamp(base + 0.4 * (quality - 0.5) + rng.normal(0, 0.1), -0.2, 2.5);
}

export function drawTraits(rng: Random, enterprise: DemoEnterprise, today: string): DemoTraits {
  const sector = sectorOf(enterprise.industryCode);
  const sp = SECTOR_PROFILES[sector];
  const { stage, latentQuality: quality } = enterprise;
  const ageYears = calendarYearsBetween(enterprise.foundedOn, today);
  const hnte = drawHnte(rng, stage, quality, ageYears);
  const declining = quality < 0.3 && rng.chance(0.6);
  const startupBoost = stage === 'startup' ? 1.4 : 1; // small revenue, R&D already running
  const rdIntensity = lerp(sp.rdIntensity, noisy(rng, quality)) * startupBoost;
  return {
    enterprise,
    today,
    todayYear: yearOf(today),
    todayDay: toDayNumber(today),
    foundedDay: toDayNumber(enterprise.foundedOn),
    ageYears,
    sector,
    sectorProfile: sp,
    quality,
    stage,
    diligence: noisy(rng, 0.15 + 0.7 * quality, 0.25),
    hnte,
    ventureBacked: ageYears > 0.5 && rng.chance(sp.ventureShare * (0.4 + quality)),
    declining,
    rdIntensity: hnte ? Math.max(rdIntensity, rng.float(0.055, 0.07)) : rdIntensity,
    netMargin: drawNetMargin(rng, stage, sector, quality),
    revenueGrowth: drawGrowth(rng, stage, quality, declining),
    stShare: hnte ? Math.max(0.14, lerp(sp.stShare, noisy(rng, quality))) : lerp(sp.stShare, noisy(rng, quality, 0.3)),
    postgradShare: lerp(sp.postgradShare, noisy(rng, quality)),
    highTechShare: hnte ? rng.float(0.65, 0.97) : lerp(sp.highTechShare, noisy(rng, quality, 0.3)),
    domesticRdShare: !hnte && rng.chance(0.08) ? rng.float(0.45, 0.85) : rng.float(0.93, 1),
    leverage: quality < 0.15 && rng.chance(0.3) ? rng.float(0.95, 1.3) : clamp(rng.normal(0.5 - 0.35 * (quality - 0.5), 0.12), 0.05, 0.9),
    currentRatio: clamp(rng.normal(0.9 + 2 * quality, 0.35), 0.5, 4),
    assetTurn: lerp(sp.assetsToRevenue, rng.next()) * (stage === 'startup' ? 1.5 : 1),
    currentAssetShare: rng.float(0.45, 0.85),
    cashShare: rng.float(0.15, 0.5),
  };
}

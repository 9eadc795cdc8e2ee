// Industry families of the demo parks and the ranges their figures are drawn from. Ranges are
// [low, high] at the worst and best latent quality; noise is added around them.

export type Sector = 'ic' | 'biomedicine' | 'software' | 'manufacturing' | 'energy' | 'tech_services';

export interface SectorProfile {
  /** R&D expense / revenue: 10–30% in IC and biomedicine, 3–6% in manufacturing. */
  rdIntensity: readonly [number, number];
  /** Median revenue per employee of a growing firm, in yuan. */
  revenuePerHead: number;
  /** Total assets / revenue. */
  assetsToRevenue: readonly [number, number];
  stShare: readonly [number, number];
  postgradShare: readonly [number, number];
  highTechShare: readonly [number, number];
  /** Chance of being venture-backed, before quality. */
  ventureShare: number;
  /** Applications a year per 10 R&D staff, at middling quality. */
  ipRates: Readonly<{ invention: number; utility: number; design: number; software: number; icLayout: number; newDrug: number }>;
}

export const SECTOR_PROFILES: Readonly<Record<Sector, SectorProfile>> = {
  ic: {
    rdIntensity: [0.1, 0.3], revenuePerHead: 700_000, assetsToRevenue: [0.9, 1.8],
    stShare: [0.25, 0.75], postgradShare: [0.15, 0.5], highTechShare: [0.7, 0.98], ventureShare: 0.55,
    ipRates: { invention: 0.5, utility: 0.2, design: 0.01, software: 0.15, icLayout: 0.15, newDrug: 0 },
  },
  biomedicine: {
    rdIntensity: [0.1, 0.3], revenuePerHead: 550_000, assetsToRevenue: [1.1, 2.4],
    stShare: [0.2, 0.7], postgradShare: [0.2, 0.55], highTechShare: [0.65, 0.95], ventureShare: 0.5,
    ipRates: { invention: 0.4, utility: 0.2, design: 0.02, software: 0.05, icLayout: 0, newDrug: 0.005 },
  },
  software: {
    rdIntensity: [0.02, 0.2], revenuePerHead: 350_000, assetsToRevenue: [0.6, 1.2],
    stShare: [0.12, 0.8], postgradShare: [0.08, 0.35], highTechShare: [0.6, 0.95], ventureShare: 0.35,
    ipRates: { invention: 0.15, utility: 0.05, design: 0.02, software: 1.1, icLayout: 0, newDrug: 0 },
  },
  manufacturing: {
    rdIntensity: [0.03, 0.06], revenuePerHead: 700_000, assetsToRevenue: [0.8, 1.5],
    stShare: [0.05, 0.35], postgradShare: [0.03, 0.15], highTechShare: [0.45, 0.9], ventureShare: 0.15,
    ipRates: { invention: 0.2, utility: 0.8, design: 0.15, software: 0.1, icLayout: 0, newDrug: 0 },
  },
  energy: {
    rdIntensity: [0.02, 0.05], revenuePerHead: 1_100_000, assetsToRevenue: [1.6, 3],
    stShare: [0.05, 0.3], postgradShare: [0.04, 0.15], highTechShare: [0.4, 0.8], ventureShare: 0.1,
    ipRates: { invention: 0.15, utility: 0.5, design: 0.02, software: 0.08, icLayout: 0, newDrug: 0 },
  },
  tech_services: {
    rdIntensity: [0.015, 0.15], revenuePerHead: 300_000, assetsToRevenue: [0.5, 1.1],
    stShare: [0.12, 0.8], postgradShare: [0.15, 0.5], highTechShare: [0.55, 0.95], ventureShare: 0.2,
    ipRates: { invention: 0.15, utility: 0.2, design: 0.01, software: 0.4, icLayout: 0, newDrug: 0 },
  },
};

/** Prefix → sector, most specific first (so M7340 medical research is biomedicine, not services). */
const SECTOR_PREFIXES: readonly (readonly [string, Sector])[] = [
  ['I6520', 'ic'], ['C3562', 'ic'], ['C3972', 'ic'], ['C3973', 'ic'], ['C3976', 'ic'], ['C3985', 'ic'],
  ['C27', 'biomedicine'], ['C358', 'biomedicine'], ['M7340', 'biomedicine'], ['M7512', 'biomedicine'],
  ['I', 'software'], ['R', 'software'], ['C3964', 'software'],
  ['D', 'energy'],
  ['M', 'tech_services'],
  ['C', 'manufacturing'],
];

export function sectorOf(industryCode: string): Sector {
  return SECTOR_PREFIXES.find(([prefix]) => industryCode.startsWith(prefix))?.[1] ?? 'tech_services';
}

// Registered addresses: district prefix, a real road, a number and sometimes a unit.
import { DISTRICT_ADDRESSING, PUDONG_FTZ_PREFIX } from './address-data.ts';
import type { Random } from './random.ts';

type UnitKind = 'none' | 'building-room' | 'floor' | 'room' | 'building-floor';

const UNIT_KINDS: readonly (readonly [UnitKind, number])[] = [
  ['none', 2], ['building-room', 3], ['floor', 2], ['room', 2], ['building-floor', 1],
];

export function makeAddress(rng: Random, regionCode: string): string {
  const addressing = DISTRICT_ADDRESSING[regionCode];
  if (addressing === undefined) throw new RangeError(`no demo roads for region ${regionCode}`);
  const prefix = regionCode === '310115' && rng.chance(0.3) ? PUDONG_FTZ_PREFIX : addressing.prefix;
  // Skewed low: roads have more low numbers than high ones; some sites are lanes (弄).
  const number = 1 + Math.floor(1200 * rng.next() ** 1.5);
  const site = rng.chance(0.15) ? `${number}弄${rng.int(1, 80)}号` : `${number}号`;
  return `${prefix}${rng.pick(addressing.roads)}${site}${makeUnit(rng)}`;
}

function makeUnit(rng: Random): string {
  const floor = rng.int(1, 18);
  const room = `${floor}${String(rng.int(1, 20)).padStart(2, '0')}`;
  switch (rng.weighted(UNIT_KINDS)) {
    case 'none': return '';
    case 'building-room': return `${rng.int(1, 12)}幢${room}室`;
    case 'floor': return `${floor}楼`;
    case 'room': return `${room}室`;
    case 'building-floor': return `${rng.int(1, 8)}号楼${floor}层`;
  }
}

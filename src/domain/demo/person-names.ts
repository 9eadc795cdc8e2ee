// Legal representatives' names: surname weighted by frequency, one- or two-character given name.
import { CITY_SURNAME_BIAS, FEMALE_GIVEN, FEMALE_SHARE, MALE_GIVEN, SURNAMES } from './person-name-data.ts';
import type { Random } from './random.ts';

const surnameTables = new Map<string, readonly (readonly [string, number])[]>();

function surnamesFor(cityPrefix: string): readonly (readonly [string, number])[] {
  let table = surnameTables.get(cityPrefix);
  if (table === undefined) {
    const bias = CITY_SURNAME_BIAS[cityPrefix] ?? {};
    table = SURNAMES.map(([surname, weight]) => [surname, weight * (bias[surname] ?? 1)] as const);
    surnameTables.set(cityPrefix, table);
  }
  return table;
}

export function makePersonName(rng: Random, cityPrefix: string): string {
  const surname = rng.weighted(surnamesFor(cityPrefix));
  const pool: readonly string[] = rng.chance(FEMALE_SHARE) ? FEMALE_GIVEN : MALE_GIVEN;
  const first = rng.pick(pool);
  if (rng.chance(0.25)) return surname + first; // one-character given names are common too
  let second = rng.pick(pool);
  while (second === first) second = rng.pick(pool);
  return surname + first + second;
}

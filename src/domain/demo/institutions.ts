// Institutions do not depend on the seed: the demo bank and its credit code stay the same
// across runs, so saved logins and links keep working.
import { toDayNumber } from './dates.ts';
import { makeUniqueCreditCode } from './credit-codes.ts';
import { INSTITUTION_SPECS, type InstitutionSpec } from './institution-data.ts';
import { createRandom, hashSeed } from './random.ts';
import type { DemoInstitution } from './types.ts';

function toInstitution(spec: InstitutionSpec, taken: Set<string>): DemoInstitution {
  const rng = createRandom(hashSeed(spec.key));
  const creditCode = makeUniqueCreditCode(
    rng,
    {
      regionCode: spec.regionCode,
      foundedDay: toDayNumber(`${spec.founded}-06-30`),
      authorityAndType: spec.authorityAndType ?? '91',
    },
    taken,
  );
  const { key, type, name, nameEn, regionCode } = spec;
  return { key, type, name, nameEn, creditCode, regionCode };
}

/** Builds the fixed institution list, recording their credit codes in `taken`. */
export function makeInstitutions(taken: Set<string>): DemoInstitution[] {
  return INSTITUTION_SPECS.map((spec) => toInstitution(spec, taken));
}

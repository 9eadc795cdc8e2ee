// Credit codes for demo organisations: '9' (market regulation) + entity type + region +
// organisation part + check. Organisations registered before the 2015 reform keep their
// old GB 11714 organisation code; later ones get a new 'MA…' serial, as real ones do.
import { CREDIT_CODE_ALPHABET, makeCreditCode, organisationCodeCheckCharacter } from '../codes/index.ts';
import { toDayNumber } from './dates.ts';
import type { Random } from './random.ts';

const REFORM_DAY = toDayNumber('2015-10-01');
const MAX_ATTEMPTS = 1000;

function randomDigits(rng: Random, count: number): string {
  let digits = '';
  for (let i = 0; i < count; i++) digits += String(rng.int(0, 9));
  return digits;
}

function randomCodeCharacters(rng: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += CREDIT_CODE_ALPHABET[rng.int(0, CREDIT_CODE_ALPHABET.length - 1)];
  return text;
}

export function makeOrganisationPart(rng: Random, foundedDay: number): string {
  if (foundedDay >= REFORM_DAY) return `MA${rng.int(1, 7)}${randomCodeCharacters(rng, 6)}`;
  const body = randomDigits(rng, 8);
  return body + organisationCodeCheckCharacter(body);
}

export interface CreditCodeRequest {
  regionCode: string;
  foundedDay: number;
  /** '91' for companies; '12' for public institutions under a staffing office. */
  authorityAndType?: string;
}

/** Draws until the code is not in `taken`, then records it there. */
export function makeUniqueCreditCode(rng: Random, request: CreditCodeRequest, taken: Set<string>): string {
  const kind = request.authorityAndType ?? '91';
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const code = makeCreditCode({
      registrationAuthority: kind.charAt(0),
      entityType: kind.charAt(1),
      regionCode: request.regionCode,
      organisationCode: makeOrganisationPart(rng, request.foundedDay),
    });
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
  throw new Error(`could not find a free credit code after ${MAX_ATTEMPTS} attempts`);
}

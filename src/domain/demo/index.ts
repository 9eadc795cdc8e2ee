// Deterministic demo data: parks, institutions and enterprises that look real.
// Pure: everything comes from the options; the same options give deep-equal data.
import { toDayNumber, yearsBetween } from './dates.ts';
import { EARLIEST_FOUNDING, makeEnterprise, type EnterpriseContext, type EnterprisePin } from './enterprises.ts';
import { makeInstitutions } from './institutions.ts';
import { PARK_SPECS, toDemoPark, type ParkSpec } from './parks.ts';
import { createRandom } from './random.ts';
import type { DemoData, DemoEnterprise, DemoOptions } from './types.ts';

export type {
  DemoData,
  DemoEnterprise,
  DemoInstitution,
  DemoOptions,
  DemoPark,
  EnterpriseStage,
  InstitutionType,
} from './types.ts';
export { createRandom, hashSeed, type Random } from './random.ts';
export {
  demoRegistration,
  generateDemoProfile,
  generateDemoProfiles,
  type DemoProfile,
  type DemoProfileOptions,
} from './profiles.ts';
export {
  DEMO_BANK,
  generateDemoMarketplace,
  type DemoMarketOptions,
  type DemoMarketplace,
  type DemoNeed,
  type DemoProduct,
  type DemoProductPark,
  type DemoTakeUp,
} from './marketplace.ts';

/** So every stage's age band (mature > 8 years) fits after the earliest founding date. */
const MIN_YEARS_OF_HISTORY = 10;

/** The demo enterprise user's company: always first, always in Zhangjiang. */
const DEMO_ENTERPRISE_PIN: EnterprisePin = {
  industryCode: 'I6513',
  regionCode: '310115',
  stage: 'growth',
  name: '上海科金示范智能科技有限公司',
  minQuality: 0.7,
};

function parkByCode(code: string): ParkSpec {
  const park = PARK_SPECS.find((spec) => spec.code === code);
  if (park === undefined) throw new Error(`unknown demo park ${code}`);
  return park;
}

function checkOptions({ seed, enterprises, today }: DemoOptions): number {
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  if (!Number.isInteger(enterprises) || enterprises < 0) {
    throw new RangeError('enterprises must be a whole number, 0 or more');
  }
  const todayDay = toDayNumber(today);
  if (yearsBetween(toDayNumber(EARLIEST_FOUNDING), todayDay) < MIN_YEARS_OF_HISTORY) {
    throw new RangeError(`today must be at least ${MIN_YEARS_OF_HISTORY} years after ${EARLIEST_FOUNDING}`);
  }
  return todayDay;
}

export function generateDemoData(options: DemoOptions): DemoData {
  const todayDay = checkOptions(options);
  const takenCodes = new Set<string>();
  const institutions = makeInstitutions(takenCodes);
  const ctx: EnterpriseContext = { rng: createRandom(options.seed), todayDay, takenNames: new Set(), takenCodes };
  const parkShares = PARK_SPECS.map((spec) => [spec, spec.share] as const);

  const enterprises: DemoEnterprise[] = [];
  for (let i = 0; i < options.enterprises; i++) {
    enterprises.push(
      i === 0
        ? makeEnterprise(ctx, parkByCode('zhangjiang'), i, DEMO_ENTERPRISE_PIN)
        : makeEnterprise(ctx, ctx.rng.weighted(parkShares), i),
    );
  }
  return { parks: PARK_SPECS.map(toDemoPark), institutions, enterprises };
}

// One enterprise at a time, drawn from a park's mix. Uniqueness of names and credit
// codes is kept through the shared `taken` sets, so the order of drawing decides ties.
import { makeAddress } from './addresses.ts';
import { makeCompanyName } from './company-names.ts';
import { makeUniqueCreditCode } from './credit-codes.ts';
import { toDayNumber, toIsoDate, yearsBetween } from './dates.ts';
import {
  drawAdmittedDay,
  drawAgeDays,
  drawCapitalFen,
  drawEmployees,
  drawQuality,
  drawStage,
} from './enterprise-profile.ts';
import type { ParkSpec } from './parks.ts';
import { makePersonName } from './person-names.ts';
import type { Random } from './random.ts';
import type { DemoEnterprise, EnterpriseStage } from './types.ts';

/** Nobody in the demo was founded before this. */
export const EARLIEST_FOUNDING = '1998-01-01';
const EARLIEST_FOUNDING_DAY = toDayNumber(EARLIEST_FOUNDING);

export interface EnterpriseContext {
  rng: Random;
  todayDay: number;
  takenNames: Set<string>;
  takenCodes: Set<string>;
}

/** Fixed choices for a hand-picked enterprise, such as the demo user's company. */
export interface EnterprisePin {
  industryCode?: string;
  regionCode?: string;
  stage?: EnterpriseStage;
  name?: string;
  minQuality?: number;
}

const parkFoundedDays = new Map<string, number>();

function parkFoundedDay(park: ParkSpec): number {
  let day = parkFoundedDays.get(park.code);
  if (day === undefined) {
    day = toDayNumber(park.foundedOn);
    parkFoundedDays.set(park.code, day);
  }
  return day;
}

function claimName(name: string, ctx: EnterpriseContext): string {
  if (ctx.takenNames.has(name)) throw new Error(`company name "${name}" is already taken`);
  ctx.takenNames.add(name);
  return name;
}

export function makeEnterprise(ctx: EnterpriseContext, park: ParkSpec, ordinal: number, pin: EnterprisePin = {}): DemoEnterprise {
  const { rng, todayDay } = ctx;
  const maxAgeYears = yearsBetween(EARLIEST_FOUNDING_DAY, todayDay);
  const industryCode = pin.industryCode ?? rng.weighted(park.industryMix);
  const regionCode = pin.regionCode ?? rng.weighted(park.districtMix);
  const stage = pin.stage ?? drawStage(rng);
  const foundedDay = todayDay - drawAgeDays(rng, stage, maxAgeYears);
  const latentQuality = Math.max(pin.minQuality ?? 0, drawQuality(rng, stage));
  const employees = drawEmployees(rng, stage, industryCode, latentQuality);
  const earliestAdmission = Math.max(foundedDay, parkFoundedDay(park));
  const nameInput = { cityPrefix: park.cityPrefix, industryCode, stage, employees };
  const name = pin.name === undefined ? makeCompanyName(rng, nameInput, ctx.takenNames) : claimName(pin.name, ctx);
  return {
    ordinal,
    creditCode: makeUniqueCreditCode(rng, { regionCode, foundedDay }, ctx.takenCodes),
    name,
    parkCode: park.code,
    industryCode,
    regionCode,
    foundedOn: toIsoDate(foundedDay),
    admittedOn: toIsoDate(drawAdmittedDay(rng, earliestAdmission, todayDay)),
    registeredCapitalFen: drawCapitalFen(rng, employees, latentQuality),
    employees,
    legalRepresentative: makePersonName(rng, park.cityPrefix),
    address: makeAddress(rng, regionCode),
    stage,
    latentQuality,
  };
}

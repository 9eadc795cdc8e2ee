// Demo enterprise profiles: statements, headcounts, IP, qualifications, tax grades, compliance
// events, equity rounds and loans, drawn from the enterprise's latent quality, stage and industry.
// Deterministic: the same (seed, enterprise, today) gives the same profile.
import { toDayNumber } from '../profile/dates.ts';
import type { EnterpriseProfile, Registration } from '../profile/types.ts';
import { makeComplianceEvents, makeEquityRounds, makeLoans, makeTaxGrades } from './profile-records.ts';
import { makeStatements } from './profile-financials.ts';
import { makeIp } from './profile-ip.ts';
import { makePeople } from './profile-people.ts';
import { valueRounds } from './profile-valuations.ts';
import { makeQualifications } from './profile-qualifications.ts';
import { drawTraits, type DemoTraits } from './profile-traits.ts';
import { createRandom, hashSeed } from './random.ts';
import type { DemoEnterprise } from './types.ts';

export type DemoProfile = Omit<EnterpriseProfile, 'registration'>;

export interface DemoProfileOptions {
  seed: number;
  today: string; // YYYY-MM-DD
}

/** The registration facts of a demo enterprise, as the profile holds them. */
export function demoRegistration(enterprise: DemoEnterprise): Registration {
  const { creditCode, name, legalRepresentative, foundedOn, registeredCapitalFen, regionCode, industryCode } = enterprise;
  const { address, parkCode, admittedOn, employees } = enterprise;
  return {
    creditCode, name, legalRepresentative, foundedOn, registeredCapitalFen, regionCode, industryCode,
    address, parkCode, admittedOn, employees, status: 'active',
  };
}

/** Careful firms confirm their empty sections (dated today). */
function declarations(t: DemoTraits, profile: DemoProfile, reviewedOn: string): DemoProfile['declaredNone'] {
  if (t.diligence < 0.5) return undefined;
  const declared: NonNullable<DemoProfile['declaredNone']> = {};
  if (profile.ip.length === 0) declared.ip = reviewedOn;
  if (profile.qualifications.length === 0) declared.qualifications = reviewedOn;
  if (profile.equityRounds.length === 0) declared.equityRounds = reviewedOn;
  if (profile.loans.length === 0) declared.loans = reviewedOn;
  return Object.keys(declared).length > 0 ? declared : undefined;
}

export function generateDemoProfile(enterprise: DemoEnterprise, options: DemoProfileOptions): DemoProfile {
  toDayNumber(options.today); // throws on a malformed date
  const rng = createRandom(hashSeed(`${options.seed}:${enterprise.creditCode}`));
  const t = drawTraits(rng, enterprise, options.today);
  const financials = makeStatements(rng, t);
  const latestRevenue = financials.at(-1)?.revenueFen ?? null;
  const profile: DemoProfile = {
    financials,
    people: makePeople(rng, t),
    ip: makeIp(rng, t, enterprise.ordinal),
    qualifications: [],
    taxGrades: makeTaxGrades(rng, t),
    complianceEvents: makeComplianceEvents(rng, t),
    equityRounds: valueRounds(makeEquityRounds(rng, t), t, latestRevenue === null ? null : Number(latestRevenue) / 100, options.seed),
    loans: makeLoans(rng, t, latestRevenue === null ? null : Number(latestRevenue) / 100),
  };
  profile.qualifications = makeQualifications(rng, t, { registration: demoRegistration(enterprise), ...profile });
  const declared = declarations(t, profile, options.today);
  return declared ? { ...profile, declaredNone: declared } : profile;
}

/** Profiles for a whole demo data set, in its order. */
export function generateDemoProfiles(enterprises: readonly DemoEnterprise[], options: DemoProfileOptions): DemoProfile[] {
  return enterprises.map((enterprise) => generateDemoProfile(enterprise, options));
}

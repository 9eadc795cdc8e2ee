// Qualifications a demo firm would plausibly hold. HNTE follows the drawn trait (certified firms'
// figures were kept in line); the tech-SME registration follows the firm's own evaluation under
// the national rule set, so the demo never shows a registration the data could not support.
// Certificate numbers imitate the real layouts but are not checked anywhere.
import { evaluateCriteria, TECH_SME_2022 } from '../profile/criteria/index.ts';
import { addYears } from '../profile/dates.ts';
import { toDayNumber, toIsoDate } from './dates.ts';
import type { EnterpriseProfile, Qualification, QualificationKind } from '../profile/types.ts';
import type { DemoTraits } from './profile-traits.ts';
import type { Random } from './random.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dayBefore = (date: string) => toIsoDate(toDayNumber(date) - 1);

/** Valid from `from` for `years` years (to the day before the anniversary). */
function certificate(kind: QualificationKind, certificateNo: string, from: string, years: number): Qualification {
  return { kind, certificateNo, validFrom: from, validTo: dayBefore(addYears(from, years)) };
}

/** HNTE certificates are issued in the last weeks of the year and last three years. */
function hnteCertificates(rng: Random, t: DemoTraits): Qualification[] {
  const province = t.enterprise.regionCode.slice(0, 2);
  const oneYearOld = addYears(t.enterprise.foundedOn, 1);
  const candidates: string[] = [];
  for (let year = t.todayYear - 3; year <= t.todayYear; year++) {
    const issued = `${year}-12-${pad(rng.int(1, 20), 2)}`;
    if (issued <= t.today && issued >= oneYearOld && dayBefore(addYears(issued, 3)) >= t.today) candidates.push(issued);
  }
  if (candidates.length === 0) return [];
  const issued = rng.pick(candidates);
  const number = (date: string) => `GR${date.slice(0, 4)}${province}${pad(rng.int(1, 999_999), 6)}`;
  const current = certificate('hnte', number(issued), issued, 3);
  const earlier = addYears(issued, -3);
  // Mature holders usually renewed an earlier certificate.
  if (t.stage !== 'mature' || earlier < oneYearOld || !rng.chance(0.7)) return [current];
  return [certificate('hnte', number(earlier), earlier, 3), current];
}

function recentStart(rng: Random, t: DemoTraits, yearsBack: number): string | null {
  const from = Math.max(toDayNumber(addYears(t.enterprise.foundedOn, 2)), t.todayDay - yearsBack * 365);
  const to = t.todayDay;
  return from > to ? null : toIsoDate(rng.int(from, to));
}

/** 专精特新, 小巨人 and provincial R&D platforms: a few of the better established firms. */
function otherCertificates(rng: Random, t: DemoTraits): Qualification[] {
  if (t.stage === 'startup' || t.quality < 0.6) return [];
  const province = t.enterprise.regionCode.slice(0, 2);
  const found: Qualification[] = [];
  const add = (kind: QualificationKind, prefix: string, chance: number) => {
    const from = rng.chance(chance) ? recentStart(rng, t, 3) : null;
    if (from) found.push(certificate(kind, `${prefix}-${province}-${from.slice(0, 4)}-${pad(rng.int(1, 9_999), 4)}`, from, 3));
  };
  add('specialized_sme', 'ZJTX', 0.4 * t.quality);
  if (found.length > 0 && t.quality > 0.75) add('little_giant', 'XJR', 0.3);
  if (t.stage === 'mature' && t.quality > 0.7) add('provincial_rd_platform', 'YFPT', 0.35);
  return found;
}

/** Registered each spring for the calendar year, when the evaluation passes and the firm applies. */
function techSmeRegistrations(rng: Random, t: DemoTraits, draft: EnterpriseProfile): Qualification[] {
  if (!evaluateCriteria(TECH_SME_2022, draft, t.today).passed || !rng.chance(0.85)) return [];
  const registrations: Qualification[] = [];
  for (const year of [t.todayYear - 1, t.todayYear]) {
    const from = `${year}-${pad(rng.int(3, 6), 2)}-${pad(rng.int(1, 28), 2)}`;
    if (from > t.today || from < t.enterprise.foundedOn || (year < t.todayYear && !rng.chance(0.8))) continue;
    const number = `${year}${t.enterprise.regionCode}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 999_999), 6)}`;
    registrations.push({ kind: 'tech_sme', certificateNo: number, validFrom: from, validTo: `${year}-12-31` });
  }
  return registrations;
}

export function makeQualifications(rng: Random, t: DemoTraits, draft: EnterpriseProfile): Qualification[] {
  const held = [...(t.hnte ? hnteCertificates(rng, t) : []), ...otherCertificates(rng, t)];
  const withHeld = { ...draft, qualifications: held };
  return [...held, ...techSmeRegistrations(rng, t, withHeld)];
}

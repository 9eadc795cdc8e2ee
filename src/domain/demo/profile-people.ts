// Month-end headcounts for the twelve months before today's month. The last month equals the
// enterprise's registered headcount; earlier months follow its growth (or decline).
import { addMonths, monthOf } from '../profile/dates.ts';
import type { PeopleMonth } from '../profile/types.ts';
import { clamp } from './draws.ts';
import type { DemoTraits } from './profile-traits.ts';
import type { Random } from './random.ts';

const MONTHS = 12;

function headcountGrowth(t: DemoTraits): number {
  return t.declining ? clamp(t.revenueGrowth, -0.3, -0.05) : clamp(t.revenueGrowth * 0.5, -0.1, 0.6);
}

export function makePeople(rng: Random, t: DemoTraits): PeopleMonth[] {
  const founded = monthOf(t.enterprise.foundedOn);
  const last = addMonths(monthOf(t.today), -1);
  const growth = headcountGrowth(t);
  const rdOfSt = rng.float(0.55, 0.9);
  const insuredShare = t.declining ? rng.float(0.7, 0.93) : rng.float(0.9, 1);
  // A careless firm never connected its social-insurance data, stopped reporting some months
  // ago, or never reports postgraduates.
  if (rng.chance(0.35 * (1 - t.diligence) ** 2)) return [];
  const stoppedMonths = rng.chance(0.25 * (1 - t.diligence)) ? rng.int(4, 9) : 0;
  const noPostgrads = rng.chance(0.3 * (1 - t.diligence));
  const people: PeopleMonth[] = [];
  for (let back = MONTHS - 1; back >= stoppedMonths; back--) {
    const month = addMonths(last, -back);
    if (month < founded) continue;
    const trend = back === 0 ? 1 : (1 + growth) ** (-back / 12) * (1 + rng.normal(0, 0.01));
    const employees = Math.max(1, Math.round(t.enterprise.employees * trend));
    const stStaff = Math.min(employees, Math.round(employees * t.stShare));
    people.push({
      month,
      employees,
      stStaff,
      rdStaff: Math.round(stStaff * rdOfSt),
      postgradStaff: noPostgrads ? null : Math.min(employees, Math.round(employees * t.postgradShare)),
      socialInsuranceHeadcount: Math.min(employees, Math.round(employees * insuredShare)),
    });
  }
  return people;
}

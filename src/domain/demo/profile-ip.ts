// A demo firm's IP, filed year by year since founding at rates that grow with its R&D staff and
// quality. Patents move through pending → granted → lapsed by age, as real ones do.
import { yearOf } from '../profile/dates.ts';
import { isIpInForce } from '../profile/ip.ts';
import type { IpItem, IpKind, IpStatus } from '../profile/types.ts';
import {
  demoIcLayoutNumber,
  demoNewDrugNumber,
  demoPatentNumber,
  demoSoftwareCopyrightNumber,
  demoTrademarkNumber,
  IP_BLOCK,
} from './ip-numbers.ts';
import { DESIGN_PRODUCTS, DRUG_SUBJECTS, LAYOUT_SUBJECTS, PATENT_SUBJECTS, SOFTWARE_PRODUCTS, TRADEMARK_SYLLABLES } from './ip-title-data.ts';
import { clamp, poisson } from './draws.ts';
import type { DemoTraits } from './profile-traits.ts';
import { daysFromCivil, toIsoDate } from './dates.ts';
import type { Random } from './random.ts';

interface Window {
  first: number; // day numbers
  last: number;
}

/** The days of `year` the firm existed, up to today. */
function activeDays(t: DemoTraits, year: number): Window | null {
  const first = Math.max(daysFromCivil(year, 1, 1), t.foundedDay);
  const last = Math.min(daysFromCivil(year, 12, 31), t.todayDay);
  return last >= first ? { first, last } : null;
}

/** Filings scale with R&D staff (headcount grew with age) and with quality. */
function filingScale(t: DemoTraits, year: number, window: Window): number {
  const share = clamp((year - yearOf(t.enterprise.foundedOn) + 1) / (t.ageYears + 1), 0.15, 1);
  const headcount = t.enterprise.employees * (t.declining ? 1.2 : share ** 0.7);
  const rdStaff = headcount * t.stShare * 0.7;
  const fraction = (window.last - window.first + 1) / 365;
  return (rdStaff / 10) ** 0.6 * (0.3 + 1.4 * t.quality) * fraction;
}

type Lifecycle = { grantYears: readonly [number, number]; grantChance: number; termYears: number };

const LIFECYCLES: Readonly<Partial<Record<IpKind, Lifecycle>>> = {
  invention_patent: { grantYears: [1.5, 4], grantChance: 0.6, termYears: 20 },
  utility_model: { grantYears: [0.4, 1.2], grantChance: 0.92, termYears: 10 },
  design_patent: { grantYears: [0.3, 0.8], grantChance: 0.95, termYears: 10 },
  ic_layout: { grantYears: [0.25, 0.5], grantChance: 1, termYears: 10 },
  new_drug: { grantYears: [0.5, 1], grantChance: 1, termYears: 50 },
};

/** Status on today's date: pending until granted; refused or expired items lapse. */
function lifecycle(rng: Random, t: DemoTraits, kind: IpKind, applied: number): { status: IpStatus; grantedOn: string | null } {
  const rules = LIFECYCLES[kind]!;
  const today = t.todayDay;
  const granted = applied + Math.round(rng.float(rules.grantYears[0], rules.grantYears[1]) * 365);
  const ageYears = (today - applied) / 365;
  if (!rng.chance(rules.grantChance + 0.3 * (t.quality - 0.5))) {
    return { status: granted <= today && ageYears > 3 ? 'lapsed' : 'pending', grantedOn: null };
  }
  if (granted > today) return { status: 'pending', grantedOn: null };
  const lapsed = ageYears >= rules.termYears || (ageYears > rules.termYears / 2 && rng.chance(0.25));
  return { status: lapsed ? 'lapsed' : 'granted', grantedOn: toIsoDate(granted) };
}

function titleOf(rng: Random, t: DemoTraits, kind: IpKind): string {
  switch (kind) {
    case 'design_patent':
      return `${rng.pick(DESIGN_PRODUCTS)}（${rng.pick(['A', 'B', 'C', 'S'])}型）`;
    case 'ic_layout':
      return rng.pick(LAYOUT_SUBJECTS);
    case 'new_drug':
      return rng.pick(DRUG_SUBJECTS);
    default:
      return `一种${rng.pick(PATENT_SUBJECTS[t.sector])}`;
  }
}

function numberOf(kind: IpKind, year: number, ordinal: number, sequence: number): string {
  if (kind === 'invention_patent' || kind === 'utility_model' || kind === 'design_patent') return demoPatentNumber(kind, year, ordinal, sequence);
  if (kind === 'ic_layout') return demoIcLayoutNumber(year, ordinal, sequence);
  return demoNewDrugNumber(year, ordinal, sequence);
}

function filedInYear(rng: Random, t: DemoTraits, ordinal: number, year: number, window: Window): IpItem[] {
  const scale = filingScale(t, year, window);
  const rates = t.sectorProfile.ipRates;
  const items: IpItem[] = [];
  const lifecycleKinds = [
    ['invention_patent', rates.invention],
    ['utility_model', rates.utility],
    ['design_patent', rates.design],
    ['ic_layout', rates.icLayout],
    ['new_drug', t.stage === 'mature' ? rates.newDrug : 0],
  ] as const;
  for (const [kind, rate] of lifecycleKinds) {
    const count = Math.min(IP_BLOCK, poisson(rng, rate * scale));
    for (let sequence = 0; sequence < count; sequence++) {
      const applied = rng.int(window.first, window.last);
      const number = numberOf(kind, year, ordinal, sequence);
      items.push({ kind, number, title: titleOf(rng, t, kind), appliedOn: toIsoDate(applied), ...lifecycle(rng, t, kind, applied) });
    }
  }
  const copyrights = Math.min(IP_BLOCK, poisson(rng, rates.software * scale));
  for (let sequence = 0; sequence < copyrights; sequence++) {
    const registered = rng.int(window.first, window.last);
    items.push({
      kind: 'software_copyright',
      number: demoSoftwareCopyrightNumber(year, ordinal, sequence),
      title: `${rng.pick(SOFTWARE_PRODUCTS)}软件V${rng.int(1, 5)}.${rng.int(0, 9)}`,
      status: 'granted',
      appliedOn: toIsoDate(Math.max(t.foundedDay, registered - rng.int(30, 90))),
      grantedOn: toIsoDate(registered),
    });
  }
  return items;
}

function makeTrademarks(rng: Random, t: DemoTraits, ordinal: number): IpItem[] {
  const count = t.ageYears < 0.5 ? 0 : Math.min(IP_BLOCK, rng.int(0, 2) + Math.round(3 * t.quality));
  const founded = t.foundedDay;
  const today = t.todayDay;
  const items: IpItem[] = [];
  for (let sequence = 0; sequence < count; sequence++) {
    const applied = rng.int(founded, today);
    const granted = applied + rng.int(270, 450);
    const brand = rng.pick(TRADEMARK_SYLLABLES) + rng.pick(TRADEMARK_SYLLABLES);
    const number = demoTrademarkNumber(ordinal, sequence);
    const grantedOn = granted <= today ? toIsoDate(granted) : null;
    items.push({ kind: 'trademark', number, title: brand, status: grantedOn ? 'granted' : 'pending', appliedOn: toIsoDate(applied), grantedOn });
  }
  return items;
}

/** HNTE holders own core IP by definition: add a granted copyright filed last year if needed. */
function ensureCoreIp(rng: Random, t: DemoTraits, ordinal: number, items: IpItem[]): void {
  if (!t.hnte || items.some((item) => item.kind !== 'trademark' && isIpInForce(item, t.today))) return;
  const year = t.todayYear - 1;
  const sequence = items.filter((item) => item.kind === 'software_copyright' && item.number.startsWith(String(year))).length;
  if (sequence >= IP_BLOCK) return;
  const registered = daysFromCivil(year, rng.int(3, 11), rng.int(1, 28));
  items.push({
    kind: 'software_copyright',
    number: demoSoftwareCopyrightNumber(year, ordinal, sequence),
    title: `${rng.pick(SOFTWARE_PRODUCTS)}软件V1.0`,
    status: 'granted',
    appliedOn: toIsoDate(registered - 60),
    grantedOn: toIsoDate(registered),
  });
}

export function makeIp(rng: Random, t: DemoTraits, ordinal: number): IpItem[] {
  const items: IpItem[] = [];
  for (let year = yearOf(t.enterprise.foundedOn); year <= t.todayYear; year++) {
    const window = activeDays(t, year);
    if (window) items.push(...filedInYear(rng, t, ordinal, year, window));
  }
  items.push(...makeTrademarks(rng, t, ordinal));
  ensureCoreIp(rng, t, ordinal, items);
  return items;
}

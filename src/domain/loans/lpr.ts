// The Loan Prime Rate as data: one fixing a month (1-year and 5-year), published by the National
// Interbank Funding Center on the 20th, or on the next working day when the 20th is not one. A
// loan is priced on the fixing in force on its disbursement date; once a month's fixing is due,
// lending without it loaded would price on a stale rate, so it is refused (naming the month).
import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { LprTenor } from '../marketplace/products.ts';

export interface LprFixing {
  /** YYYY-MM: the month the fixing belongs to (one a month). */
  month: string;
  /** YYYY-MM-DD: the publication date, from which the fixing is in force. */
  date: string;
  /** Decimal fractions with four places ("0.0300" is 3.00%). */
  oneYear: string;
  fiveYear: string;
}

export interface DueFixing {
  month: string;
  dueOn: string;
}

export type FixingChoice = { ok: true; fixing: LprFixing } | { ok: false; missing: DueFixing; message: string };

export const monthOf = (date: string) => date.slice(0, 7);

/** The month before or after (YYYY-MM), by whole-number arithmetic. */
export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** The day a month's fixing is published: the 20th, or the next working day. */
export const lprDueOn = (month: string, calendar: WorkingCalendar): string => calendar.addWorkingDays(`${month}-20`, 0);

export const missingMessage = (m: DueFixing) => `LPR for ${m.month} is not loaded (due ${m.dueOn})`;

const byMonth = (fixings: Iterable<LprFixing>) => (fixings instanceof Map ? (fixings as Map<string, LprFixing>) : new Map([...fixings].map((f) => [f.month, f])));

/**
 * The fixing in force on `date`: this month's once it is published; before then (and on its due
 * day while it is not loaded yet) last month's. After the due day this month's is required.
 */
export function fixingInForce(date: string, fixings: Iterable<LprFixing>, calendar: WorkingCalendar): FixingChoice {
  return inForce(date, byMonth(fixings), calendar);
}

/** fixingInForce for many dates: the fixings indexed by month once, each date's choice worked out once (a run's loans share a few hundred disbursement dates). */
export function fixingsInForce(fixings: Iterable<LprFixing>, calendar: WorkingCalendar): (date: string) => FixingChoice {
  const all = byMonth(fixings);
  const seen = new Map<string, FixingChoice>();
  return (date) => {
    let choice = seen.get(date);
    if (!choice) seen.set(date, (choice = inForce(date, all, calendar)));
    return choice;
  };
}

function inForce(date: string, all: ReadonlyMap<string, LprFixing>, calendar: WorkingCalendar): FixingChoice {
  const month = monthOf(date);
  const current = all.get(month);
  if (current && current.date <= date) return { ok: true, fixing: current };
  const dueOn = lprDueOn(month, calendar);
  const needed: DueFixing = date > dueOn ? { month, dueOn } : { month: shiftMonth(month, -1), dueOn: lprDueOn(shiftMonth(month, -1), calendar) };
  const fixing = needed.month === month ? undefined : all.get(needed.month);
  return fixing ? { ok: true, fixing } : { ok: false, missing: needed, message: missingMessage(needed) };
}

export interface LprStatus {
  latest: LprFixing | null;
  /** The next fixing to load after the latest one, and when it is (or was) due. */
  next: DueFixing | null;
  /** Months already due on `today` and not loaded, oldest first. */
  missing: DueFixing[];
  /** True when a fixing is due and not loaded: disbursements on today's date would be refused. */
  outOfDate: boolean;
}

/** Whether the fixings reach today: the operator is warned when they do not. */
export function lprStatus(today: string, fixings: Iterable<LprFixing>, calendar: WorkingCalendar): LprStatus {
  const sorted = [...byMonth(fixings).values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const latest = sorted.at(-1) ?? null;
  if (!latest) return { latest, next: null, missing: [], outOfDate: true };
  const missing: DueFixing[] = [];
  const have = new Set(sorted.map((f) => f.month));
  for (let month = shiftMonth(latest.month, 1); month <= monthOf(today); month = shiftMonth(month, 1)) {
    const dueOn = lprDueOn(month, calendar);
    if (dueOn < today && !have.has(month)) missing.push({ month, dueOn });
  }
  const nextMonth = shiftMonth(latest.month, 1);
  return { latest, next: { month: nextMonth, dueOn: lprDueOn(nextMonth, calendar) }, missing, outOfDate: missing.length > 0 };
}

/** A numeric column's text ("0.030000") in the four places an LPR is quoted in ("0.0300"). */
export function quotedRate(rate: string): string {
  const [whole = '0', fraction = ''] = rate.split('.');
  return `${whole}.${fraction.padEnd(4, '0').slice(0, Math.max(4, fraction.replace(/0+$/, '').length))}`;
}

export const rateOfTenor = (fixing: LprFixing, tenor: LprTenor): string => (tenor === '5y' ? fixing.fiveYear : fixing.oneYear);

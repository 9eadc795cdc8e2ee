// The LPR fixings the platform ships with, installed into `lpr_fixings` when missing (the operator
// loads each new month with `kejin lpr load` or the LPR page). Only the published changes since the
// reformed LPR began (August 2019) are written here; every month between two changes published the
// same rates, on the 20th or the next working day. Nothing after May 2025 is listed: later months
// are loaded as data, never guessed.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { lprDueOn, shiftMonth, type LprFixing } from './lpr.ts';

interface LprChange {
  date: string;
  oneYear: string;
  fiveYear: string;
}

export const LPR_CHANGES: readonly LprChange[] = [
  { date: '2019-08-20', oneYear: '0.0425', fiveYear: '0.0485' },
  { date: '2019-09-20', oneYear: '0.0420', fiveYear: '0.0485' },
  { date: '2019-11-20', oneYear: '0.0415', fiveYear: '0.0480' },
  { date: '2020-02-20', oneYear: '0.0405', fiveYear: '0.0475' },
  { date: '2020-04-20', oneYear: '0.0385', fiveYear: '0.0465' },
  { date: '2021-12-20', oneYear: '0.0380', fiveYear: '0.0465' },
  { date: '2022-01-20', oneYear: '0.0370', fiveYear: '0.0460' },
  { date: '2022-05-20', oneYear: '0.0370', fiveYear: '0.0445' },
  { date: '2022-08-22', oneYear: '0.0365', fiveYear: '0.0430' },
  { date: '2023-06-20', oneYear: '0.0355', fiveYear: '0.0420' },
  { date: '2023-08-21', oneYear: '0.0345', fiveYear: '0.0420' },
  { date: '2024-02-20', oneYear: '0.0345', fiveYear: '0.0395' },
  { date: '2024-07-22', oneYear: '0.0335', fiveYear: '0.0385' },
  { date: '2024-10-21', oneYear: '0.0310', fiveYear: '0.0360' },
  { date: '2025-05-20', oneYear: '0.0300', fiveYear: '0.0350' },
];

/** The last month the built-in history covers. */
export const BUILT_IN_LAST_MONTH = '2025-05';

/** Every month from August 2019 to May 2025, each on its publication day by the calendar. */
export function builtInLprFixings(calendar: WorkingCalendar): LprFixing[] {
  const out: LprFixing[] = [];
  let change = 0;
  for (let month = LPR_CHANGES[0]!.date.slice(0, 7); month <= BUILT_IN_LAST_MONTH; month = shiftMonth(month, 1)) {
    while (change + 1 < LPR_CHANGES.length && LPR_CHANGES[change + 1]!.date.slice(0, 7) <= month) change++;
    const rates = LPR_CHANGES[change]!;
    const listed = rates.date.slice(0, 7) === month;
    out.push({ month, date: listed ? rates.date : lprDueOn(month, calendar), oneYear: rates.oneYear, fiveYear: rates.fiveYear });
  }
  return out;
}

/**
 * Demo-labelled fixings after the built-in history up to `today` (each month once it is due):
 * the last published rates carried forward, so the demo can lend today. Stored with source 'demo'.
 */
export function demoLprFixings(today: string, calendar: WorkingCalendar): LprFixing[] {
  const last = LPR_CHANGES.at(-1)!;
  const out: LprFixing[] = [];
  for (let month = shiftMonth(BUILT_IN_LAST_MONTH, 1); month <= today.slice(0, 7); month = shiftMonth(month, 1)) {
    const date = lprDueOn(month, calendar);
    if (date <= today) out.push({ month, date, oneYear: last.oneYear, fiveYear: last.fiveYear });
  }
  return out;
}

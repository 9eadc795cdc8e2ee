// The State Council calendar as shipped by the chinese-days package (2004 onwards, updated when
// a year is published). The only file that touches the package: the rest of the calendar takes
// plain CalendarYear data, so an operator's file for a year the package lacks slots in beside it.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarDay, CalendarYear } from './calendar.ts';

/** date → "English name,中文名,length in days", e.g. "Spring Festival,春节,4". */
type DayMap = Record<string, string>;

const chineseName = (value: string): string => value.split(',')[1] ?? value;

function addDays(byYear: Map<number, CalendarYear>, days: DayMap, kind: 'holidays' | 'workdays'): void {
  for (const [date, value] of Object.entries(days)) {
    const year = Number(date.slice(0, 4));
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = { year, holidays: [], workdays: [], source: 'package' }));
    const name = kind === 'holidays' ? chineseName(value) : `${chineseName(value)}调休`;
    entry[kind].push({ date, name } satisfies CalendarDay);
  }
}

/** Every year the package has, in order, days sorted by date. */
export function packageCalendarYears(): CalendarYear[] {
  const byYear = new Map<number, CalendarYear>();
  // inLieuDays is not read: those weekdays off are already among the holidays.
  addDays(byYear, data.holidays, 'holidays');
  addDays(byYear, data.workdays, 'workdays');
  const byDate = (a: CalendarDay, b: CalendarDay) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return [...byYear.values()]
    .sort((a, b) => a.year - b.year)
    .map((entry) => ({ ...entry, holidays: entry.holidays.sort(byDate), workdays: entry.workdays.sort(byDate) }));
}

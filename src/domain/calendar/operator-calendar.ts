// The calendar an operator loads for a year once the State Council publishes it (usually in
// November), before the chinese-days package has it. It replaces the package's data for that
// year. JSON:
//   { "year": 2027, "holidays": [{ "date": "2027-01-01", "name": "元旦" }, …],
//     "workdays": [{ "date": "2027-02-07", "name": "春节调休" }, …] }
// or CSV lines date,kind,name (see operator-csv.ts). Holidays list whole periods, weekend days
// included; workdays are the weekend days worked in exchange, so each is a Saturday or Sunday.
import type { CalendarFileFormat as OperatorCalendarFormat } from '../../../shared/operations.ts';
import { invalidFields } from '../shared/errors.ts';
import type { CalendarYear } from './calendar.ts';
import { checkDays, isCalendarYear, Problems, YEARS, type DayKind, type ListedDay } from './operator-checks.ts';
import { readCsvDays } from './operator-csv.ts';

export type { CalendarFileFormat as OperatorCalendarFormat } from '../../../shared/operations.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function onlyKeys(problems: Problems, value: Json, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.add(path ? `${path}.${key}` : key, 'calendar.unknown_property');
}

function listedDays(problems: Problems, list: unknown, field: 'holidays' | 'workdays', kind: DayKind): ListedDay[] {
  if (!Array.isArray(list)) {
    problems.add(field, field === 'holidays' ? 'calendar.holidays_not_list' : 'calendar.workdays_not_list');
    return [];
  }
  return list.flatMap((item: unknown, i): ListedDay[] => {
    const at = `${field}[${i}]`;
    if (!isObject(item)) {
      problems.add(at, 'calendar.day_not_object');
      return [];
    }
    onlyKeys(problems, item, at, ['date', 'name']);
    return [{ kind, date: item.date, name: item.name, at }];
  });
}

/** The year and listed days, or null when the text is not a JSON object at all. */
function readJsonDays(text: string, problems: Problems): { year: number | null; days: ListedDay[] } | null {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    problems.add('', 'calendar.json_unreadable');
    return null;
  }
  if (!isObject(input)) {
    problems.add('', 'calendar.json_not_object');
    return null;
  }
  onlyKeys(problems, input, '', ['year', 'holidays', 'workdays']);
  const year = isCalendarYear(input.year) ? input.year : null;
  if (year === null) problems.add('year', 'calendar.year_out_of_range', { min: YEARS.min, max: YEARS.max });
  const days = [...listedDays(problems, input.holidays, 'holidays', 'holiday'), ...listedDays(problems, input.workdays, 'workdays', 'workday')];
  return { year, days };
}

/** One year of operator calendar data, or an invalid_input error listing every problem by field. */
export function parseOperatorCalendar(text: string, format: OperatorCalendarFormat): CalendarYear {
  const problems = new Problems();
  const read = format === 'json' ? readJsonDays(text, problems) : readCsvDays(text, problems);
  if (!read) throw invalidFields(problems.list);
  const calendar = checkDays(problems, read.year, read.days, format === 'json' ? 'holidays' : '');
  if (problems.list.length > 0) {
    throw invalidFields(problems.list, { details: { year: read.year } });
  }
  return calendar;
}

// The CSV form of an operator calendar: one day a line as date,kind,name, kind holiday or
// workday, an optional header line and '#' comment lines (for the notice's number, say). The
// file's year is the year of its first real date; a line from another year is reported.
import { CsvError, parse, type Info } from 'csv-parse/sync';
import { dayNumberOf } from './days.ts';
import { isCalendarYear, YEARS, type DayKind, type ListedDay, type Problems } from './operator-checks.ts';

const KINDS: readonly string[] = ['holiday', 'workday'] satisfies DayKind[];
const isHeader = (cells: string[]) => cells.map((cell) => cell.toLowerCase()).join(',') === 'date,kind,name';

interface Row {
  record: string[];
  info: Info;
}

function readRows(text: string, problems: Problems): Row[] | null {
  try {
    const options = { bom: true, info: true, trim: true, skip_empty_lines: true, relax_column_count: true, comment: '#', comment_no_infix: true };
    // With info: true csv-parse returns { record, info } pairs, which its types do not say.
    return parse(text, options) as unknown as Row[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems.add('', 'calendar.csv_unreadable');
    return null;
  }
}

/** The year and listed days, or null when the text is not CSV at all. */
export function readCsvDays(text: string, problems: Problems): { year: number | null; days: ListedDay[] } | null {
  const rows = readRows(text, problems);
  if (!rows) return null;
  if (rows[0] && isHeader(rows[0].record)) rows.shift();
  const days: ListedDay[] = [];
  for (const { record, info } of rows) {
    const at = `line ${info.lines}`;
    if (record.length !== 3) {
      problems.add(at, 'calendar.csv_columns', { count: record.length });
      continue;
    }
    const [date, kind, name] = record as [string, string, string];
    if (!KINDS.includes(kind.toLowerCase())) {
      problems.add(`${at}.kind`, 'calendar.kind_invalid', { value: JSON.stringify(kind) });
      continue;
    }
    days.push({ kind: kind.toLowerCase() as DayKind, date, name, at });
  }
  return { year: fileYear(days, problems), days };
}

function fileYear(days: ListedDay[], problems: Problems): number | null {
  const first = days.find((day) => dayNumberOf(day.date) !== null);
  if (!first) return null;
  const year = Number((first.date as string).slice(0, 4));
  if (isCalendarYear(year)) return year;
  problems.add(`${first.at}.date`, 'calendar.file_year_out_of_range', { min: YEARS.min, max: YEARS.max });
  return null;
}

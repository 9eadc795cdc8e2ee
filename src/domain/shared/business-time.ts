// Business time: the platform's days and hours are those of one time zone (KEJIN_TIMEZONE,
// Asia/Shanghai by default), never the UTC date of an instant nor the server's own TZ. Dates are
// ISO calendar days (YYYY-MM-DD); instants are Dates. Pure: the instant and the zone are passed in.

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formats.set(zone, format);
  }
  return format;
}

/** A zone name Intl knows (`Asia/Shanghai`, `UTC`, `America/New_York`); offsets such as `+08:00` are not zones. */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    formatOf(zone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalTime {
  /** The business date, YYYY-MM-DD. */
  date: string;
  hour: number;
  minute: number;
  second: number;
}

/** What a wall clock in `zone` shows at the instant `at`. */
export function localTimeOf(at: Date, zone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatOf(zone).formatToParts(at)) parts[p.type] = p.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** The business date of an instant: the calendar day in `zone`. */
export const businessDateOf = (at: Date, zone: string): string => localTimeOf(at, zone).date;

/** The wall-clock reading of `zone` at the instant `ms`, as milliseconds of a UTC timeline (whole seconds). */
function wallMsOf(ms: number, zone: string): number {
  const t = localTimeOf(new Date(ms), zone);
  return Date.parse(`${t.date}T00:00:00Z`) + ((t.hour * 60 + t.minute) * 60 + t.second) * 1000;
}

const offsetMsAt = (ms: number, zone: string): number => wallMsOf(ms, zone) - (ms - (((ms % 1000) + 1000) % 1000));

/**
 * The instant at which `zone`'s wall clock shows `hour:minute` on `date`. A time shown twice (clocks
 * going back) gives the first; a time skipped (clocks going forward) gives the instant just as far
 * past the jump, as a clock that did not change would have shown it.
 */
export function instantAt(date: string, hour: number, minute: number, zone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  if (Number.isNaN(wall)) throw new RangeError(`not a date: ${date}`);
  // Real zones change their offset at most once in two days: the offsets a day either side are the candidates.
  const offsets = [offsetMsAt(wall - DAY_MS, zone), offsetMsAt(wall + DAY_MS, zone)];
  const shown = offsets.map((o) => wall - o).filter((ms) => wallMsOf(ms, zone) === wall);
  return new Date(shown.length ? Math.min(...shown) : wall - Math.min(...offsets));
}

/** The instant a business day starts in `zone` (its local midnight). */
export const startOfBusinessDay = (date: string, zone: string): Date => instantAt(date, 0, 0, zone);

/** The calendar day `n` days after `date` (before, for negative n). */
export function addDays(date: string, n: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a date: ${date}`);
  const d = new Date(ms + n * DAY_MS); // UTC arithmetic on a zone-free calendar day
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The first instant after `now` at which `zone`'s wall clock shows `hhmm` ("HH:MM"). */
export function nextTimeOfDay(now: Date, hhmm: string, zone: string): Date {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const today = businessDateOf(now, zone);
  const candidate = instantAt(today, h, m, zone);
  return candidate.getTime() > now.getTime() ? candidate : instantAt(addDays(today, 1), h, m, zone);
}

// The platform's business day (KEJIN_TIMEZONE, from GET /me), not the browser's: between 00:00 and
// 08:00 in Beijing a browser on UTC still says yesterday, and a date it proposed ("today") would be
// refused as before an approval made this morning.
import dayjs, { type Dayjs } from 'dayjs';

let zone: string | undefined;

export function setBusinessTimeZone(timezone: string | undefined): void {
  zone = timezone;
}

/** The business time zone once /me is known (KEJIN_TIMEZONE); the browser's until then. */
export function businessTimeZone(): string | undefined {
  return zone;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Today in the business time zone (the browser's day until the user's /me is known). */
export function businessToday(now: Date = new Date()): Dayjs {
  if (!zone) return dayjs(now).startOf('day');
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(zone, format);
  }
  return dayjs(format.format(now));
}

// When things happen in the demo workflow. The demo parks are in China: dates are business days in
// Asia/Shanghai (as the services' todayOf gives them with the default KEJIN_TIMEZONE); people act in
// Beijing office hours, 09:00–17:30 (01:00–09:30 UTC), and the daily sweep runs before them, at 08:05.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { businessDateOf, DEFAULT_TIMEZONE } from '../shared/business-time.ts';
import { toDayNumber, toIsoDate } from './dates.ts';

export interface Clock {
  now: Date;
  today: string;
  calendar: WorkingCalendar;
}

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const OFFICE_MINUTES = 510; // 09:00 → 17:30

export const dayOf = (at: Date): string => businessDateOf(at, DEFAULT_TIMEZONE);

export const clockOf = (now: Date, calendar: WorkingCalendar): Clock => ({ now, today: dayOf(now), calendar });

export const addDays = (day: string, n: number): string => toIsoDate(toDayNumber(day) + n);
export const daysBetween = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from);
export const minutesAfter = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * MINUTE_MS);

/** A moment in office hours on a day: `minute` after 09:00 Beijing time. */
export function officeAt(day: string, minute: number): Date {
  const m = Math.min(OFFICE_MINUTES, Math.max(0, Math.round(minute)));
  return new Date(Date.parse(`${day}T01:00:00.000Z`) + m * MINUTE_MS);
}

/** When the daily sweep ran on a day (today's has run by now). */
export function sweepAt(clock: Clock, day: string): Date {
  const at = Date.parse(`${day}T00:05:00.000Z`);
  return new Date(day === clock.today ? Math.min(at, clock.now.getTime()) : at);
}

/** The working day `n` working days before `day`: addWorkingDays of it by n gives `day` back (a working day). */
export function workingDaysBefore(calendar: WorkingCalendar, day: string, n: number): string {
  let d = day;
  for (let count = 0; count < n; ) {
    d = addDays(d, -1);
    if (calendar.isWorkingDay(d)) count++;
  }
  return d;
}

/** The day itself when it is a working day, else the working day before it. */
export function workingDayOnOrBefore(calendar: WorkingCalendar, day: string): string {
  let d = day;
  while (!calendar.isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

// The working-day calendar: which years are loaded (from the package or by the operator), and
// loading a year from JSON or CSV.
import { api } from './client';

export type CalendarSource = 'package' | 'operator';
export const CALENDAR_FORMATS = ['json', 'csv'] as const;
export type CalendarFormat = (typeof CALENDAR_FORMATS)[number];

export interface CalendarYear {
  year: number;
  source: CalendarSource;
  /** Days off in holiday periods (their weekend days included), and weekend days made working days. */
  holidays: number;
  workdays: number;
}

export interface CalendarYears {
  years: CalendarYear[];
  /** Years ahead that no calendar covers yet. */
  uncoveredAhead: number[];
}

export const listCalendarYears = (signal?: AbortSignal) => api.get<CalendarYears>('/calendar/years', undefined, signal);
export const loadCalendarYear = (year: number, body: { format: CalendarFormat; content: string }) =>
  api.put<CalendarYear>(`/calendar/years/${year}`, body);

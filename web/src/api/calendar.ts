// The working-day calendar: which years are loaded (from the package or by the operator), and
// loading a year from JSON or CSV.
import { client, ok } from './client';
import type { Answer, Body } from './types';

export type CalendarYears = Answer<'/api/v1/calendar/years', 'get'>;
export type CalendarYear = Answer<'/api/v1/calendar/years/{year}', 'put'>;
export type CalendarSource = CalendarYear['source'];
export type CalendarLoad = Body<'/api/v1/calendar/years/{year}', 'put'>;
export type CalendarFormat = CalendarLoad['format'];
export { CALENDAR_FILE_FORMATS as CALENDAR_FORMATS } from '../../../shared/operations.ts';

export const listCalendarYears = (signal?: AbortSignal) => ok(client.GET('/api/v1/calendar/years', { signal }));
export const loadCalendarYear = (year: number, body: CalendarLoad) =>
  ok(client.PUT('/api/v1/calendar/years/{year}', { params: { path: { year } }, body }));

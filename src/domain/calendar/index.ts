export { workingCalendar, type CalendarDay, type CalendarSource, type CalendarYear, type WorkingCalendar } from './calendar.ts';
export { parseOperatorCalendar, type OperatorCalendarFormat } from './operator-calendar.ts';
export { packageCalendarYears } from './package-data.ts';
